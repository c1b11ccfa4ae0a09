package org.cadretraining.platform.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Figures that any write of a service changes: the row count of every table of its database (the outbox among them),
 * and the end offsets of the topics it writes to directly. Compared before and after the fuzzer's requests.
 */
@FunctionalInterface
public interface WriteProbe {
    Map<String, Long> snapshot();

    /** The rows of every table in the database's current schema, but Flyway's own history. */
    static WriteProbe rowCounts(DataSource dataSource) {
        return () -> {
            Map<String, Long> counts = new TreeMap<>();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                          AND table_name <> 'flyway_schema_history'""")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                        rs.next();
                        counts.put("table " + table, rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not count the rows of the service's tables", e);
            }
            return counts;
        };
    }

    /** The sum of the end offsets of each topic's partitions: a record sent to it moves them. */
    static WriteProbe topicEnds(String bootstrapServers, String... topics) {
        return () -> {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            Map<String, Long> ends = new TreeMap<>();
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
                for (String topic : topics) {
                    List<TopicPartition> partitions = new ArrayList<>();
                    for (PartitionInfo info : consumer.partitionsFor(topic, java.time.Duration.ofSeconds(30))) {
                        partitions.add(new TopicPartition(topic, info.partition()));
                    }
                    long total = consumer.endOffsets(partitions, java.time.Duration.ofSeconds(30)).values().stream()
                            .mapToLong(Long::longValue).sum();
                    ends.put("topic " + topic, total);
                }
            }
            return ends;
        };
    }

    static WriteProbe all(WriteProbe... probes) {
        return () -> {
            Map<String, Long> all = new TreeMap<>();
            for (WriteProbe probe : probes) {
                all.putAll(probe.snapshot());
            }
            return all;
        };
    }
}
