package org.cadretraining.reporting.ingest;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** {@link RecordCodec} as a serde: for reporting's state stores, their changelogs and its repartition topics. */
public class BinarySerde<T> implements Serde<T> {
    private final Class<T> type;

    public BinarySerde(Class<T> type) {
        this.type = type;
    }

    public static <T> BinarySerde<T> of(Class<T> type) {
        return new BinarySerde<>(type);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : RecordCodec.encode(value, type);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : RecordCodec.decode(bytes, type);
    }
}
