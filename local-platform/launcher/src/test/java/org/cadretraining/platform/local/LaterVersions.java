package org.cadretraining.platform.local;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.EventType;
import org.cadretraining.events.Topics;

/**
 * Writes events as a newer version of a service would, straight to the broker, and counts dead letters. It writes each
 * topic as the service that owns it, authenticated as that service: the broker lets no one else write there.
 */
final class LaterVersions implements AutoCloseable {
    private final Function<String, Map<String, Object>> clientOf;
    private final Map<String, KafkaProducer<String, byte[]>> producers = new HashMap<>();

    /** {@code clientOf}: a principal's client settings ({@link LocalPlatform#kafkaClient}). */
    LaterVersions(Function<String, Map<String, Object>> clientOf) {
        this.clientOf = clientOf;
    }

    private KafkaProducer<String, byte[]> producerFor(String topic) {
        String owner = Topics.all().stream().filter(t -> t.name().equals(topic)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a topic of the catalogue: " + topic)).owner();
        return producers.computeIfAbsent(owner, principal -> {
            Map<String, Object> config = new HashMap<>(clientOf.apply(principal));
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        });
    }

    void send(String topic, String key, String ceType, String source, String json) {
        KafkaProducer<String, byte[]> producer = producerFor(topic);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.TYPE, ceType);
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.DATA_SCHEMA, EventType.dataSchemaOf(ceType));
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The reasons ({@code x-exception-message}) of the records keyed {@code key} on a dead-letter topic, oldest first. */
    static List<String> deadLettered(Map<String, Object> config, String topic, String key) {
        List<String> reasons = new java.util.ArrayList<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(config,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            var infos = consumer.partitionsFor(topic, java.time.Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return reasons;
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (var record : consumer.poll(java.time.Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        var reason = record.headers().lastHeader("x-exception-message");
                        reasons.add(reason == null ? "(no reason)" : new String(reason.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return reasons;
    }

    /** Records on every dead-letter topic of the broker, whichever consumer group wrote them. */
    static long deadLetters(Map<String, Object> operator) {
        try (Admin admin = Admin.create(operator)) {
            List<String> topics = admin.listTopics().names().get().stream().filter(name -> name.endsWith(".dlq")).toList();
            if (topics.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((name, description) -> description.partitions()
                    .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producers.values().forEach(KafkaProducer::close);
    }
}
