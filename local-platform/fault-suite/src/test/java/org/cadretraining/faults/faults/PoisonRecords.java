package org.cadretraining.faults.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.faults.platform.Officials.Official;
import org.cadretraining.faults.platform.ServiceClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poison record on every topic a service consumes: a known event type whose payload is not JSON (and, on reporting's
 * target topic, a value its serde cannot read). Each must land in the dead-letter topic of every binding that reads
 * it, {@code <topic>.<group>.dlq}, with the reason in {@code x-exception-message}, and the consumer must go on: the
 * load's events after it are applied (the convergence shows it), and so is a unit, a grant and a target given after it.
 */
public final class PoisonRecords implements Fault {
    private static final String REFERENCE_TOPIC = "reporting.targets";

    private record Poison(String topic, EventType<?> type, List<String> deadLetters) {
    }

    private static final List<Poison> POISONS = List.of(
            new Poison(Topics.CADRES.name(), EventTypes.CADRE_REGISTERED,
                    List.of(Topics.CADRES.deadLetter("enrollment-service"), Topics.CADRES.deadLetter("reporting-service"))),
            new Poison(Topics.ENROLLMENTS.name(), EventTypes.COURSE_GRADUATED,
                    List.of(Topics.ENROLLMENTS.deadLetter("cadre-registry-service"), Topics.ENROLLMENTS.deadLetter("reporting-service"))),
            new Poison(Topics.CLASSES.name(), EventTypes.CLASS_SCHEDULED, List.of(Topics.CLASSES.deadLetter("reporting-service"))),
            new Poison(Topics.PLANS.name(), EventTypes.TRAINING_PLAN_APPROVED, List.of(Topics.PLANS.deadLetter("reporting-service"))),
            new Poison(Topics.UNITS.name(), EventTypes.UNIT_CREATED, List.of(Topics.UNITS.deadLetter("reporting-service"))),
            // Read whole by every service's access directory, with no consumer group and so no dead-letter topic: each
            // skips what it cannot read, and a grant given after it must still take effect.
            new Poison(Topics.ACCESS_GRANTS.name(), EventTypes.ACCESS_GRANTED, List.of()),
            new Poison(REFERENCE_TOPIC, null, List.of(REFERENCE_TOPIC + ".reporting-service.dlq")));

    @Override
    public String name() {
        return "a poison record on every consumed topic";
    }

    @Override
    public String description() {
        return "An unreadable record is written to each of " + POISONS.stream().map(Poison::topic).toList() + "; each must "
                + "reach the dead-letter topic of every binding that reads it, and every consumer must go on.";
    }

    @Override
    public void inject(FaultContext context) throws Exception {
        context.awaitLoad(20, Duration.ofSeconds(60));
        String brokers = context.platform().brokers();
        Map<Poison, String> keys = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class, ProducerConfig.ACKS_CONFIG, "all"))) {
            for (Poison poison : POISONS) {
                String key = UUID.randomUUID().toString();
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(poison.topic(), key,
                        "{\"truncated\": ".getBytes(StandardCharsets.UTF_8));
                if (poison.type() != null) {
                    header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
                    header(record, CloudEventHeaders.TYPE, poison.type().ceType());
                    header(record, CloudEventHeaders.SOURCE, "/fault-suite");
                    header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
                    header(record, CloudEventHeaders.SUBJECT, key);
                    header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
                }
                producer.send(record).get();
                keys.put(poison, key);
            }
        }
        long sent = System.nanoTime();
        Map<String, String> expected = new LinkedHashMap<>();
        keys.forEach((poison, key) -> poison.deadLetters().forEach(deadLetter -> expected.put(deadLetter, key)));
        Map<String, String> reasons = awaitDeadLetters(brokers, expected, Duration.ofSeconds(90));
        assertThat(reasons).as("the reason each dead-letter record gives (x-exception-message)").doesNotContainValue(null);
        context.note("dead-lettered in", String.join(", ", reasons.keySet()));
        context.note("all dead-lettered within", Duration.ofNanos(System.nanoTime() - sent).toMillis() + " ms");
        goesOn(context);
    }

    /** The consumers without a dead-letter topic of their own, and the reference data, take what comes after the poison. */
    private static void goesOn(FaultContext context) {
        ServiceClient registry = context.platform().registryApi();
        ServiceClient enrollment = context.platform().enrollmentApi();
        ServiceClient reporting = context.platform().reportingApi();
        String district = context.province().districts().get(0);
        // A grant after the poison on registry.access-grants takes effect in enrollment, and so does its revocation.
        String grant = registry.post(Official.ADMIN, "grant", "/api/v1/access/grants", Map.of("subject", Official.REPORTS.username(),
                "role", "UNIT_OFFICER", "unitId", district)).expect(201).text("grantId");
        Awaitility.await("a grant after the poison").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> enrollment.get(Official.REPORTS, "read programs", "/api/v1/programs").ok());
        registry.delete(Official.ADMIN, "revoke", "/api/v1/access/grants/" + grant).expect(204);
        Awaitility.await("a revocation after the poison").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> enrollment.get(Official.REPORTS, "read programs", "/api/v1/programs").status() == 403);
        // A unit after the poison on registry.units reaches reporting's unit tree.
        String unit = registry.post(Official.ADMIN, "create unit", "/api/v1/units", Map.of("code", "DB-H0-X9",
                "name", "Xã Na Sang", "level", "COMMUNE", "parentUnitId", district)).expect(201).text("unitId");
        Awaitility.await("a unit after the poison").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> reporting.get(Official.REPORTS, "read units", "/api/v1/units").body().contains(unit));
        // A target after the poison on reporting.targets is defined, shown, and withdrawn.
        String target = reporting.post(Official.TRAINING, "define target", "/api/v1/targets", Map.of("name", "Kiểm tra sau bản ghi hỏng",
                "cohort", Map.of("unitId", district), "criterion", Map.of("ladder", "STATE_MANAGEMENT", "minimumLevel", "SPECIALIST"),
                "thresholdPercent", 50, "deadline", "2030-12-31")).expect(201).text("targetId");
        Awaitility.await("a target after the poison").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> reporting.get(Official.REPORTS, "read target", "/api/v1/targets/" + target).ok());
        reporting.delete(Official.TRAINING, "withdraw target", "/api/v1/targets/" + target).expect(204);
        Awaitility.await("a withdrawn target gone").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> reporting.get(Official.REPORTS, "read target", "/api/v1/targets/" + target).status() == 404);
    }

    /**
     * Reads the dead-letter topics (as they come into being) until each holds the record with its key; returns each
     * topic's reason header.
     */
    private static Map<String, String> awaitDeadLetters(String brokers, Map<String, String> keyByTopic, Duration atMost) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        Map<String, String> reasons = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            java.util.Set<TopicPartition> assigned = new java.util.HashSet<>();
            Awaitility.await("the poison records in their dead-letter topics").atMost(atMost).pollInterval(Duration.ofMillis(100))
                    .pollInSameThread().until(() -> {
                        List<TopicPartition> added = new ArrayList<>();
                        for (String topic : keyByTopic.keySet()) {
                            if (assigned.stream().noneMatch(p -> p.topic().equals(topic))) {
                                consumer.partitionsFor(topic, Duration.ofSeconds(2))
                                        .forEach(p -> added.add(new TopicPartition(topic, p.partition())));
                            }
                        }
                        if (!added.isEmpty()) {
                            assigned.addAll(added);
                            consumer.assign(assigned);
                            consumer.seekToBeginning(added);
                        }
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                            if (record.key() != null && record.key().equals(keyByTopic.get(record.topic()))) {
                                Header reason = record.headers().lastHeader("x-exception-message");
                                reasons.put(record.topic(), reason == null ? null : abbreviate(new String(reason.value(), StandardCharsets.UTF_8)));
                            }
                        }
                        return reasons.keySet().containsAll(keyByTopic.keySet());
                    });
        }
        return reasons;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
