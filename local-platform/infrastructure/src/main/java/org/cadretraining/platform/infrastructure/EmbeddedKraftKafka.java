package org.cadretraining.platform.infrastructure;

import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real single-node KRaft broker in this JVM. Its logs go under {@code java.io.tmpdir}, which builds set to target/. */
final class EmbeddedKraftKafka implements KafkaBroker {
    private final EmbeddedKafkaKraftBroker broker;

    EmbeddedKraftKafka(int port) {
        broker = new EmbeddedKafkaKraftBroker(1, 6);
        Map<String, String> properties = new java.util.HashMap<>(Map.of(
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "group.initial.rebalance.delay.ms", "0",
                "auto.create.topics.enable", "true",
                "num.partitions", "6",
                "log.retention.hours", "-1"));
        if (port > 0) {
            // A "listeners" property is not honoured by the test kit of Kafka 4.1 (it binds a free port and still
            // reports the configured one); kafkaPorts is.
            broker.kafkaPorts(port);
        }
        // Single node: internal topics (offsets, transactions for exactly-once) cannot be replicated.
        broker.brokerProperties(properties);
        broker.afterPropertiesSet();
    }

    @Override
    public String bootstrapServers() {
        // What the broker actually listens on, not what was asked for.
        return broker.getCluster().bootstrapServers();
    }

    @Override
    public String describe() {
        return "in-process KRaft broker at " + bootstrapServers();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
