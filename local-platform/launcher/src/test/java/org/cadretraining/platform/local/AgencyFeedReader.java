package org.cadretraining.platform.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads the agency and linkage topics whole, as an agency replaying them would: the latest value per key. */
final class AgencyFeedReader {
    static final List<String> TOPICS = List.of("agency.units", "agency.cadres", "agency.training", "linkage.cadres");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Object> client;
    private final Map<String, Map<String, byte[]>> latest = new HashMap<>();
    private final Map<String, List<String>> all = new HashMap<>();

    /** {@code client}: the settings of a principal that may read the four topics (the linking agency's). */
    AgencyFeedReader(Map<String, Object> client) {
        this.client = client;
    }

    /** Reads every record of the four topics from the start to their current ends. */
    void catchUp() {
        latest.clear();
        all.clear();
        Properties config = new Properties();
        config.putAll(client);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    latest.computeIfAbsent(record.topic(), t -> new HashMap<>()).put(record.key(), record.value());
                    all.computeIfAbsent(record.topic(), t -> new ArrayList<>())
                            .add(record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** The latest snapshot of the key, or null when there is none or it is a tombstone. */
    JsonNode latest(String topic, String key) {
        byte[] value = latest.getOrDefault(topic, Map.of()).get(key);
        return value == null ? null : JSON.readTree(value);
    }

    boolean isTombstone(String topic, String key) {
        Map<String, byte[]> values = latest.getOrDefault(topic, Map.of());
        return values.containsKey(key) && values.get(key) == null;
    }

    /** Every payload the topic holds, as text. */
    String everything(String topic) {
        return String.join("\n", all.getOrDefault(topic, List.of()));
    }
}
