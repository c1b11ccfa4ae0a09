package org.cadretraining.registry.qualifications.messaging;

import java.util.function.Consumer;

import org.cadretraining.events.EventTypes;
import org.cadretraining.platform.events.IncomingEvents;
import org.cadretraining.platform.inbox.Inbox;
import org.cadretraining.platform.security.Actor;
import org.cadretraining.registry.qualifications.GraduationRecording;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code graduations-in-0}: reads enrollment.enrollments, acts on CourseGraduated, skips the rest. The record
 * a graduation adds is made by whoever recorded the graduation (the event's {@code ce_actor}), or by the enrollment
 * service when the event names no one.
 */
@Configuration
public class GraduationListener {
    public static final String CONSUMER = "cadre-registry-service.graduations";
    /** The actor the audit trail names for a graduation whose event names no actor. */
    public static final String ACTOR = "enrollment-service";

    @Bean
    public Consumer<Message<byte[]>> graduations(Inbox inbox, GraduationRecording recording) {
        return message -> IncomingEvents.read(message)
                .filter(event -> event.is(EventTypes.COURSE_GRADUATED))
                .ifPresent(event -> Actor.runAs(event.actorOr(ACTOR), () -> inbox.handleOnce(CONSUMER, event,
                        e -> recording.record(e.payloadAs(EventTypes.COURSE_GRADUATED)))));
    }
}
