package org.cadretraining.platform.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.Topic;
import org.cadretraining.events.Topics;

/**
 * Every event on the platform's topics, checked as a careful agency would check it: against the published JSON Schema
 * of its {@code ce_type} (the files under {@code schemas/} in the events jar), by networknt's validator (draft 2020-12,
 * formats asserted), not by the platform's own code; and its {@code ce_dataschema} attribute must name that schema.
 */
public final class PublishedSchemas {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    /** What was read: how many events of each type, and each one that did not validate, with why. */
    public record Check(Map<String, Integer> eventsByType, List<String> failures) {
        public int events() {
            return eventsByType.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Reads every topic of the catalogue from its beginning to its end now, and validates each record's payload. */
    /** {@code client}: the settings of a principal that may read every topic (the operator's). */
    public Check everyEventOn(Map<String, Object> client) {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Integer> byType = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic topic : Topics.all()) {
                consumer.partitionsFor(topic.name()).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("The topics were not read to their ends within 2 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String type = header(record, CloudEventHeaders.TYPE);
                    if (record.value() == null && compacted(record.topic())) {
                        // A tombstone: on a compacted snapshot topic, "this key is gone", with no payload to check.
                        byType.merge(type + " (tombstone)", 1, Integer::sum);
                        continue;
                    }
                    byType.merge(String.valueOf(type), 1, Integer::sum);
                    String problem = problemOf(type, record.value());
                    if (problem == null) {
                        problem = dataSchemaProblem(type, header(record, CloudEventHeaders.DATA_SCHEMA));
                    }
                    if (problem != null && failures.size() < 50) {
                        failures.add(record.topic() + "/" + record.partition() + "@" + record.offset() + " " + type + ": " + problem);
                    }
                }
            }
        }
        return new Check(byType, failures);
    }

    private static boolean compacted(String topic) {
        return Topics.all().stream().anyMatch(t -> t.name().equals(topic) && t.compacted());
    }

    /** Why the payload fails its type's published schema, or null when it passes. */
    String problemOf(String ceType, byte[] payload) {
        if (ceType == null) {
            return "no " + CloudEventHeaders.TYPE + " header";
        }
        if (payload == null) {
            return "no payload";
        }
        Schema schema = schemas.computeIfAbsent(ceType, PublishedSchemas::load);
        if (schema == null) {
            return "no published schema schemas/" + ceType + ".json";
        }
        List<com.networknt.schema.Error> errors = schema.validate(new String(payload, StandardCharsets.UTF_8), InputFormat.JSON);
        return errors.isEmpty() ? null : errors + " in " + new String(payload, StandardCharsets.UTF_8);
    }

    /** Why the {@code ce_dataschema} attribute does not name the type's published schema (its {@code $id}), or null. */
    String dataSchemaProblem(String ceType, String dataSchema) {
        String id = ids.computeIfAbsent(ceType, PublishedSchemas::idOf);
        if (id == null) {
            return "no published schema schemas/" + ceType + ".json";
        }
        return id.equals(dataSchema) ? null : CloudEventHeaders.DATA_SCHEMA + " is " + dataSchema + ", not the schema's $id " + id;
    }

    private static String idOf(String ceType) {
        try (InputStream in = PublishedSchemas.class.getClassLoader().getResourceAsStream("schemas/" + ceType + ".json")) {
            if (in == null) {
                return null;
            }
            tools.jackson.databind.JsonNode id = new tools.jackson.databind.ObjectMapper().readTree(in).path("$id");
            return id.isMissingNode() ? null : id.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load(String ceType) {
        try (InputStream in = PublishedSchemas.class.getClassLoader().getResourceAsStream("schemas/" + ceType + ".json")) {
            return in == null ? null : REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
