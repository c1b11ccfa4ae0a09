package org.cadretraining.platform.infrastructure;

import org.testcontainers.kafka.KafkaContainer;

/** The apache/kafka image in KRaft mode, where a Docker engine runs. */
final class ContainerKafka implements KafkaBroker {
    static final String IMAGE = "apache/kafka:4.1.2";
    private final KafkaContainer container;

    ContainerKafka() {
        container = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "6")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1");
        container.start();
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String describe() {
        return "container " + IMAGE + " at " + bootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
