package org.cadretraining.registry.qualifications.messaging;

import java.util.function.Consumer;

import org.cadretraining.events.EventTypes;
import org.cadretraining.platform.events.IncomingEvents;
import org.cadretraining.platform.inbox.Inbox;
import org.cadretraining.platform.observability.EventTracing;
import org.cadretraining.platform.security.Actor;
import org.cadretraining.registry.qualifications.GraduationRecording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger log = LoggerFactory.getLogger(GraduationListener.class);
    public static final String CONSUMER = "cadre-registry-service.graduations";
    /** The actor the audit trail names for a graduation whose event names no actor. */
    public static final String ACTOR = "enrollment-service";

    @Bean
    public Consumer<Message<byte[]>> graduations(Inbox inbox, GraduationRecording recording, EventTracing tracing) {
        // In the trace of the request that recorded the graduation (the record's traceparent).
        return tracing.continued(CONSUMER, message -> IncomingEvents.read(message)
                .filter(event -> event.is(EventTypes.COURSE_GRADUATED))
                .ifPresent(event -> Actor.runAs(event.actorOr(ACTOR), () -> inbox.handleOnce(CONSUMER, event, e -> {
                    var graduated = e.payloadAs(EventTypes.COURSE_GRADUATED);
                    recording.record(graduated);
                    // Identifiers only: no name or date of the person.
                    log.info("Graduation recorded: enrollment {} of cadre {} (event {})", graduated.enrollmentId(),
                            graduated.cadreId(), e.id());
                }))));
    }
}
