package org.cadretraining.registry.qualifications.messaging;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.cadretraining.events.CloudEventHeaders;
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
    /** Longer than any subject a provider issues: a header is not a place to store an essay. */
    private static final int MAX_ACTOR_CHARS = 200;

    @Bean
    public Consumer<Message<byte[]>> graduations(Inbox inbox, GraduationRecording recording) {
        return message -> IncomingEvents.read(message)
                .filter(event -> event.is(EventTypes.COURSE_GRADUATED))
                .ifPresent(event -> Actor.runAs(actorOf(message), () -> inbox.handleOnce(CONSUMER, event,
                        e -> recording.record(e.payloadAs(EventTypes.COURSE_GRADUATED)))));
    }

    static String actorOf(Message<byte[]> message) {
        Object header = message.getHeaders().get(CloudEventHeaders.ACTOR);
        String actor = header instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : header == null ? null : header.toString();
        if (actor == null) {
            return ACTOR;
        }
        actor = actor.replaceAll("\\p{Cntrl}", "").strip();
        if (actor.isEmpty()) {
            return ACTOR;
        }
        return actor.length() > MAX_ACTOR_CHARS ? actor.substring(0, MAX_ACTOR_CHARS) : actor;
    }
}
