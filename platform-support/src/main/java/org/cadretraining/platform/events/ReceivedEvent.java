package org.cadretraining.platform.events;

import java.util.List;

import org.cadretraining.events.EventType;

/**
 * An event taken off a topic: its CloudEvents id and type, the decoded payload, who made the change it records
 * ({@code ce_actor}, when the producer named one), and the enumerated values in it that this version does not know
 * (read as {@link org.cadretraining.events.vocabulary.UnknownValues} says).
 */
public record ReceivedEvent(String id, EventType<?> type, String subject, Object payload, String actor,
                            List<EventCodec.Unrecognised> unrecognised) {
    public ReceivedEvent {
        unrecognised = unrecognised == null ? List.of() : List.copyOf(unrecognised);
    }

    public ReceivedEvent(String id, EventType<?> type, String subject, Object payload, String actor) {
        this(id, type, subject, payload, actor, List.of());
    }

    public ReceivedEvent(String id, EventType<?> type, String subject, Object payload) {
        this(id, type, subject, payload, null);
    }

    public boolean is(EventType<?> other) {
        return type.equals(other);
    }

    public <T> T payloadAs(EventType<T> expected) {
        if (!is(expected)) {
            throw new IllegalStateException("Expected " + expected.ceType() + " but got " + type.ceType());
        }
        return expected.payloadType().cast(payload);
    }

    /** The actor the event names, or {@code fallback} (the system actor applying it) when it names none. */
    public String actorOr(String fallback) {
        return actor == null ? fallback : actor;
    }
}
