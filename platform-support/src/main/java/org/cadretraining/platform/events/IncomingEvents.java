package org.cadretraining.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/** Reads CloudEvents binary-mode messages, whichever way the header mapper handed the headers over. */
public final class IncomingEvents {
    private static final Logger log = LoggerFactory.getLogger(IncomingEvents.class);

    private IncomingEvents() {
    }

    /**
     * The event in the message, or empty for a type this reader does not know (a newer type on the same topic:
     * readers skip what they do not understand). A value an enumeration of this version does not have is read as
     * {@link org.cadretraining.events.vocabulary.UnknownValues} says, never refused. A known type with an unreadable
     * payload is a poison record and throws.
     */
    public static Optional<ReceivedEvent> read(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String id = header(headers, CloudEventHeaders.ID);
        String ceType = header(headers, CloudEventHeaders.TYPE);
        if (id == null || ceType == null) {
            throw new MalformedEventException("Missing ce_id or ce_type header");
        }
        Optional<EventType<?>> type = EventTypes.byCeType(ceType);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        EventCodec.Reading<?> reading;
        try {
            reading = EventCodec.read(message.getPayload(), type.get().payloadType());
        } catch (RuntimeException e) {
            throw new MalformedEventException("Unreadable " + ceType + " payload: " + e.getMessage(), e);
        }
        if (!reading.unrecognised().isEmpty()) {
            // Values, not people: an enumerated value names a category, never a person.
            log.info("{} {} carries values this version does not know, read as absent or NONE: {}", ceType, id,
                    reading.unrecognised());
        }
        return Optional.of(new ReceivedEvent(id, type.get(), header(headers, CloudEventHeaders.SUBJECT),
                reading.payload(), actor(header(headers, CloudEventHeaders.ACTOR)), reading.unrecognised()));
    }

    /** Longer than any subject a provider issues: a header is not a place to store an essay. */
    private static final int MAX_ACTOR_CHARS = 200;

    /** The actor as a header names it, without control characters and at a sane length; null for none. */
    static String actor(String header) {
        if (header == null) {
            return null;
        }
        String actor = header.replaceAll("\\p{Cntrl}", "").strip();
        if (actor.isEmpty()) {
            return null;
        }
        return actor.length() > MAX_ACTOR_CHARS ? actor.substring(0, MAX_ACTOR_CHARS) : actor;
    }

    static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    /** A record that can never be processed; retrying will not help, so it goes to the dead-letter topic. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
