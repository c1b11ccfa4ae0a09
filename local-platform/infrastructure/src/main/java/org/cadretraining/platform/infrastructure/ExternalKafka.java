package org.cadretraining.platform.infrastructure;

/** A broker someone else runs, named by {@code KAFKA_BOOTSTRAP}. */
record ExternalKafka(String bootstrapServers) implements KafkaBroker {
    @Override
    public String describe() {
        return "external broker at " + bootstrapServers;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
