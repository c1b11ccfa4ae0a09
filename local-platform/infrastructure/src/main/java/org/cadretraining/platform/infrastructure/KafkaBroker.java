package org.cadretraining.platform.infrastructure;

/** A running Kafka broker. */
public interface KafkaBroker extends AutoCloseable {
    String bootstrapServers();

    /** Where the broker runs: external, container or in-process. */
    String describe();

    @Override
    void close();
}
