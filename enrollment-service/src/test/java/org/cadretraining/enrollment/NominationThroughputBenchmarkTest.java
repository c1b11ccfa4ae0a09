package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Nominations per second through unit and province approval to CadreEnrolled on enrollment.enrollments, with 10,000
 * cadres (sent to the replica as registry events on the real broker) and 200 classes of 50 seats, as the platform
 * administrator (so the figures include the token check and the access rules on every request). Left out of the
 * normal build; run with {@code ../mvnw -B -ntp -q verify -Dexcluded.test.groups= -Dgroups=benchmark}.
 */
@Tag("benchmark")
class NominationThroughputBenchmarkTest extends EnrollmentTestSupport {
    static final int CADRES = Integer.getInteger("benchmark.cadres", 10_000);
    static final int CLASSES = 200;
    static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);

    @Test
    void nominationsPerSecondThroughApprovalToCadreEnrolled() throws Exception {
        List<String> units = IntStream.range(0, CLASSES).mapToObj(i -> uuid()).toList();
        List<String> cadres = IntStream.range(0, CADRES).mapToObj(i -> uuid()).toList();

        long replicaStart = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < CADRES; i++) {
                String id = cadres.get(i);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CADRES.name(), id,
                        registeredJson(id, units.get(i % units.size()), CadreStatus.ACTIVE, UNIVERSITY_ELEMENTARY).getBytes(StandardCharsets.UTF_8));
                Map.of("ce_id", uuid(), "ce_type", EventTypes.CADRE_REGISTERED.ceType(), "ce_source", "/benchmark",
                        "ce_specversion", "1.0", "ce_time", Instant.now().toString(), "ce_subject", id, "content-type", "application/json")
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM cadre_replica WHERE unit_id IN (:units)")
                .param("units", units.stream().map(UUID::fromString).toList()).query(Long.class).single() == CADRES);
        double replicaSeconds = (System.nanoTime() - replicaStart) / 1e9;

        String programId = politicalTheoryProgram();
        int seats = CADRES / CLASSES;
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < CLASSES; i++) {
            Map<String, Object> request = classRequest(programId, seats);
            request.put("cohort", "Khóa " + (i + 1));
            String classId = api.post("/api/v1/classes", request).expect(201).json().path("classId").asText();
            api.post("/api/v1/classes/" + classId + "/open", "").expect(200);
            classes.add(classId);
        }

        Set<String> expected = Collections.synchronizedSet(new HashSet<>(cadres));
        AtomicLong lastEnrolledAt = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        Future<?> watcher = Executors.newSingleThreadExecutor().submit(() -> watchEnrolled(expected, lastEnrolledAt));
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            work.add(pool.submit(() -> {
                for (int i = client; i < CADRES; i += CLIENTS) {
                    long t0 = System.nanoTime();
                    // The run may outlast one token: admin() signs in again when it nears its end.
                    var api = admin();
                    String nomination = api.post("/api/v1/nominations", Map.of("cadreId", cadres.get(i),
                            "classId", classes.get(i % CLASSES))).expect(201).json().path("nominationId").asText();
                    api.post("/api/v1/nominations/" + nomination + "/approve", "").expect(200);
                    String status = api.post("/api/v1/nominations/" + nomination + "/approve", "").expect(200).json()
                            .path("status").asText();
                    assertThat(status).isEqualTo("ENROLLED");
                    latencies.add(System.nanoTime() - t0);
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        long httpDone = System.nanoTime();
        watcher.get();
        pool.shutdown();
        double httpSeconds = (httpDone - start) / 1e9;
        double topicSeconds = (lastEnrolledAt.get() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String report = String.format("""
                        cadres=%d classes=%d seats/class=%d clients=%d cpus=%d
                        replica filled from %d CadreRegistered events in %.1f s (%.0f events/s)
                        HTTP: %d nominations (nominate + unit approval + province approval) in %.1f s = %.0f nominations/s (%.0f requests/s)
                        topic: last CadreEnrolled visible %.1f s after the first nomination = %.0f nominations/s end to end
                        latency per nomination (3 requests): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms
                        """, CADRES, CLASSES, seats, CLIENTS, Runtime.getRuntime().availableProcessors(), CADRES, replicaSeconds,
                CADRES / replicaSeconds, CADRES, httpSeconds, CADRES / httpSeconds, 3 * CADRES / httpSeconds, topicSeconds,
                CADRES / topicSeconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99));
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-nominations.txt"), report);
        assertThat(expected).isEmpty();
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(props);
    }

    /** Reads enrollment.enrollments until every expected cadre's CadreEnrolled has arrived; notes when the last did. */
    private static void watchEnrolled(Set<String> expected, AtomicLong lastAt) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        String enrolled = EventTypes.CADRE_ENROLLED.ceType();
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(Topics.ENROLLMENTS.name()));
            while (!expected.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    var type = record.headers().lastHeader("ce_type");
                    if (type != null && enrolled.equals(new String(type.value(), StandardCharsets.UTF_8)) && expected.remove(record.key())) {
                        lastAt.set(System.nanoTime());
                    }
                }
            }
        }
    }
}
