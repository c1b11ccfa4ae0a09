package org.cadretraining.reporting.ingest;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.cadretraining.platform.events.EventCodec;

/** JSON for the reference topic every instance reads (units and targets) and the target definitions, with the same tolerant reader as the events. */
public class JsonSerde<T> implements Serde<T> {
    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : EventCodec.toJson(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : EventCodec.fromJson(bytes, type);
    }

    /** Named serdes, so the binder's configuration can refer to them by class. */
    public static class ReferenceEntrySerde extends JsonSerde<org.cadretraining.reporting.views.ReferenceEntry> {
        public ReferenceEntrySerde() {
            super(org.cadretraining.reporting.views.ReferenceEntry.class);
        }
    }

    public static class TargetSerde extends JsonSerde<org.cadretraining.reporting.views.Target> {
        public TargetSerde() {
            super(org.cadretraining.reporting.views.Target.class);
        }
    }
}
