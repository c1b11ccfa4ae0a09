package org.cadretraining.platform.events;

import org.cadretraining.events.EventType;

/** An event taken off a topic: its CloudEvents id and type, and the decoded payload. */
public record ReceivedEvent(String id, EventType<?> type, String subject, Object payload) {
    public boolean is(EventType<?> other) {
        return type.equals(other);
    }

    public <T> T payloadAs(EventType<T> expected) {
        if (!is(expected)) {
            throw new IllegalStateException("Expected " + expected.ceType() + " but got " + type.ceType());
        }
        return expected.payloadType().cast(payload);
    }
}
