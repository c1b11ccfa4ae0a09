package org.cadretraining.reporting.ingest;

import org.cadretraining.events.EventType;

/**
 * A record read off an input topic: a known event with its CloudEvents id, or a poison record with the reason it
 * cannot be read. Lives only between two processors of one sub-topology; never serialized.
 */
public record Fact(String eventId, EventType<?> type, Object payload, String poisonReason, byte[] raw) {
    static Fact event(String eventId, EventType<?> type, Object payload) {
        return new Fact(eventId, type, payload, null, null);
    }

    static Fact poison(String reason, byte[] raw) {
        return new Fact(null, null, null, reason, raw);
    }

    static Fact skipped() {
        return new Fact(null, null, null, null, null);
    }

    public boolean isEvent() {
        return type != null;
    }

    public boolean isPoison() {
        return poisonReason != null;
    }
}
