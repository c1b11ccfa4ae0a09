package org.cadretraining.reporting.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.PlatformClient;
import org.cadretraining.platform.identity.SignIn;
import org.cadretraining.platform.infrastructure.AccessFixture;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.cadretraining.reporting.Events;
import org.cadretraining.reporting.ReportingApplication;
import org.cadretraining.reporting.query.ProgressQueries;
import org.cadretraining.reporting.views.UnitProgressReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 5's benchmark of reporting-service on the real (embedded or external) broker, on this machine:
 * <ol>
 *   <li>throughput from topic to view over a pre-produced province, next to a plain KafkaConsumer reading the same
 *       topics in the same run (what Kafka's ConsumerPerformance measures);</li>
 *   <li>freshness: produce → visible latency of single events at a steady rate, for a keyed store (the cadre record)
 *       and for an aggregated view (a unit's figures);</li>
 *   <li>query latency under 50 concurrent clients, signed in as a report viewer of the province, and for unit progress
 *       the same query without authorization (token validation and access checks skipped) in the same run;</li>
 *   <li>rebuild time of every view from the changelogs, from an empty state directory.</li>
 * </ol>
 * Sizes: {@code -Dbench.cadres} (100000), {@code -Dbench.enrollmentEvents} (500000), {@code -Dbench.freshnessEvents}
 * (2000, half per view), {@code -Dbench.freshnessRate} (events/s, 50), {@code -Dbench.querySeconds} (20 per query),
 * {@code -Dbench.clients} (50). The figures are printed and written to target/benchmarks-reporting.md, to be copied into docs/benchmarks.md. It asserts that
 * what it measured is correct (counts match what was produced), never that it was fast.
 * <p>
 * The service contexts are started by hand rather than by {@code @SpringBootTest}, with the same properties
 * ReportingServiceTest uses, so that the topics can be filled before the views start and a second context can be
 * started on an empty state directory after the first is closed.
 */
@Tag("benchmark")
class ReportingBenchmark {
    private static final int CADRES = Integer.getInteger("bench.cadres", 100_000);
    private static final int ENROLLMENT_EVENTS = Integer.getInteger("bench.enrollmentEvents", 500_000);
    private static final int FRESHNESS_EVENTS = Integer.getInteger("bench.freshnessEvents", 2000);
    private static final int FRESHNESS_RATE = Integer.getInteger("bench.freshnessRate", 50);
    private static final int QUERY_SECONDS = Integer.getInteger("bench.querySeconds", 20);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
    /** National size: -Dbench.provinces=34 -Dbench.communesPerProvince=97 (3,332 units). */
    private static final int PROVINCES = Integer.getInteger("bench.provinces", 1);
    private static final int COMMUNES_PER_PROVINCE = Integer.getInteger("bench.communesPerProvince", 0);
    /** Instances of reporting-service in the deployment (same application, each with its own state), all in this JVM. */
    private static final int INSTANCES = Integer.getInteger("bench.instances", 1);
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(Integer.getInteger("bench.timeoutMinutes", 30));
    private static final String DATABASE = "reporting_bench";

    private final String brokers = Infrastructure.kafka().bootstrapServers();
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> profile = new ArrayList<>();
    /** The HTTP statuses the last {@link #awaitJson} met while it waited, by status. */
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private ConfigurableApplicationContext service;
    /** The other instances of the deployment, with -Dbench.instances above 1. */
    private final List<ConfigurableApplicationContext> peers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private KafkaProducer<String, byte[]> producer;
    private static final IdentityProvider PROVIDER = IdentityProvider.shared();
    /** The path under which the benchmark's instance also serves unit progress with no security at all. */
    static final String UNGUARDED = "/bench-unguarded";
    /** Set-up and polling as the platform's administrator; the stores' endpoint with a reporting instance's token. */
    private final Token admin = new Token(() -> PROVIDER.tokenFor(SpringTestInfrastructure.ADMINISTRATOR), Duration.ofMinutes(5));
    private final Token peer = new Token(() -> SignIn.clientCredentials(PROVIDER.issuer(), "reporting-service",
            IdentityProvider.sharedSecret("reporting-service"), PlatformClient.REPORTING_STORES), Duration.ofMinutes(2));

    /** Tokens live minutes and a run lasts longer: each is signed in for again well before it runs out. */
    private static final class Token {
        private final Supplier<String> signIn;
        private final Duration renewAfter;
        private String token;
        private long signedInAt;

        Token(Supplier<String> signIn, Duration renewAfter) {
            this.signIn = signIn;
            this.renewAfter = renewAfter;
        }

        synchronized String get() {
            if (token == null || System.nanoTime() - signedInAt > renewAfter.toNanos()) {
                token = signIn.get();
                signedInAt = System.nanoTime();
            }
            return token;
        }
    }

    /** The service as the administrator sees it. */
    private ApiClient api(int port) {
        return ApiClient.localhost(port).withToken(admin.get());
    }

    @AfterEach
    void close() {
        // Whatever was measured, in the output file too, even when a later phase failed.
        figures.forEach((measure, result) -> System.out.println("[bench] " + measure + ": " + result));
        closePeers();
        if (service != null) {
            service.close();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
    }

    @Test
    void benchmark() throws Exception {
        String startedAt = Instant.now().toString();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        createTopics();
        producer = producer();
        int partitions = producer.partitionsFor(Topics.CADRES.name()).size();
        assertThat(producer.partitionsFor(Topics.ENROLLMENTS.name())).hasSize(partitions);
        BenchProvince province = new BenchProvince(CADRES, ENROLLMENT_EVENTS, partitions, PROVINCES, COMMUNES_PER_PROVINCE);
        long provinceCadres = province.provinceCadres();

        // ---- produce the province before any view is up ----
        Map<String, Long> endBefore = endOffsets(List.of(Topics.CADRES.name(), Topics.ENROLLMENTS.name()));
        long produceStart = System.nanoTime();
        AtomicLong produced = new AtomicLong();
        BenchProvince.Sink sink = (topic, key, ceType, payload) -> {
            producer.send(cloudEvent(topic, key, ceType, payload), (metadata, e) -> {
                if (e != null) {
                    throw new IllegalStateException("send failed", e);
                }
            });
            produced.incrementAndGet();
        };
        province.sendUnits(sink);
        province.sendCadres(sink);
        province.sendEnrollments(sink);
        producer.flush();
        double produceSeconds = seconds(System.nanoTime() - produceStart);
        Map<String, Long> endAfter = endOffsets(List.of(Topics.CADRES.name(), Topics.ENROLLMENTS.name()));
        long bulkRecords = (endAfter.get(Topics.CADRES.name()) - endBefore.get(Topics.CADRES.name()))
                + (endAfter.get(Topics.ENROLLMENTS.name()) - endBefore.get(Topics.ENROLLMENTS.name()));
        assertThat(bulkRecords).as("records on the cadre and enrollment topics").isEqualTo((long) CADRES + ENROLLMENT_EVENTS);
        figures.put("events produced (registry.cadres + enrollment.enrollments)", String.format("%,d = %,d CadreRegistered + "
                        + "%,d CadreEnrolled + %,d CourseGraduated + %,d EnrollmentWithdrawn, over %d units", bulkRecords, CADRES,
                province.enrolledEvents, province.graduatedEvents, province.withdrawnEvents, province.units.size()));
        figures.put("produce time (KafkaProducer, batched, acks=all)", String.format("%.1f s (%,.0f events/s)",
                produceSeconds, bulkRecords / produceSeconds));

        // ---- the raw broker's consumer throughput on the same topics, same run ----
        ConsumerRun raw1 = consumeAll(List.of(Topics.CADRES.name(), Topics.ENROLLMENTS.name()));
        ConsumerRun raw2 = consumeAll(List.of(Topics.CADRES.name(), Topics.ENROLLMENTS.name()));
        ConsumerRun raw = raw1.recordsPerSecond() >= raw2.recordsPerSecond() ? raw1 : raw2;
        assertThat(raw.records()).as("records a plain consumer reads").isEqualTo(endAfter.values().stream().mapToLong(Long::longValue).sum());
        figures.put("raw broker consumer (plain KafkaConsumer, both topics from the beginning; best of 2)",
                String.format("%,.0f records/s, %.1f MB/s (%,d records, %.1f MB in %.2f s; other run %,.0f records/s)",
                        raw.recordsPerSecond(), raw.megabytesPerSecond(), raw.records(), raw.bytes() / 1e6, raw.seconds(),
                        (raw == raw1 ? raw2 : raw1).recordsPerSecond()));

        // ---- 1. throughput from topic to view ----
        int port = TestSocketUtils.findAvailableTcpPort();
        long start = System.nanoTime();
        long processCpuStart = processCpuNanos();
        StackSampler sampler = new StackSampler("reporting-progress", 20);
        // With several instances, they start together and split the partitions, as a scaled-out deployment does.
        List<Thread> starting = new ArrayList<>();
        for (int i = 1; i < INSTANCES; i++) {
            Thread thread = new Thread(() -> peers.add(startService(TestSocketUtils.findAvailableTcpPort(), newStateDir())), "bench-peer-" + i);
            thread.start();
            starting.add(thread);
        }
        Path stateDir = newStateDir();
        service = startService(port, stateDir);
        for (Thread thread : starting) {
            thread.join();
        }
        assertThat(peers).hasSize(INSTANCES - 1);
        double startupSeconds = seconds(System.nanoTime() - start);
        ObjectNode provinceFigures = awaitJson(port, "/api/v1/units/" + province.province + "/progress",
                json -> json.path("headcount").asLong() == provinceCadres && json.path("studyingNow").path("total").asLong() == province.studyingNow()
                        && sentinelsVisible(port, province), PHASE_TIMEOUT, "the bulk load to show in the province's figures");
        double absorbSeconds = seconds(System.nanoTime() - start);
        sampler.close();
        double processCpu = (processCpuNanos() - processCpuStart) / 1e9;
        figures.put("CPU used while absorbing (the machine was shared: see load average)", String.format(
                "progress stream thread %.1f CPU-s in %.1f s wall (%.0f %% of one core) = %,.0f events per stream-thread CPU-second; "
                        + "whole test JVM (broker, service, PostgreSQL client, pollers) %.1f CPU-s = %,.0f events per JVM CPU-second",
                sampler.cpuSeconds(), absorbSeconds, 100 * sampler.cpuSeconds() / absorbSeconds, bulkRecords / sampler.cpuSeconds(),
                processCpu, bulkRecords / processCpu));
        profile.addAll(sampler.summary(40));
        profile.add("");
        profile.add("top of stack (self):");
        profile.addAll(sampler.topSelf(15));
        double throughput = bulkRecords / absorbSeconds;
        figures.put("topic → view: time to absorb the bulk load (from context start, views empty)",
                String.format("%.1f s, of which %.1f s Spring context start-up", absorbSeconds, startupSeconds));
        figures.put("topic → view throughput", String.format("%,.0f events/s (%,.0f events/s counted from the end of start-up)",
                throughput, bulkRecords / (absorbSeconds - startupSeconds)));
        figures.put("ratio to the raw broker consumer", String.format("%.3f (%.1f %% of the raw consumer's rate; raw is %.0f× faster)",
                throughput / raw.recordsPerSecond(), 100 * throughput / raw.recordsPerSecond(), raw.recordsPerSecond() / throughput));
        checkProvince(provinceFigures, province);
        System.gc();
        java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        figures.put("state on disk, first instance (RocksDB and checkpoints under its state directory) and heap after a GC",
                String.format("%.1f MB on disk; heap used %.0f MB of %.0f MB (the whole test JVM: broker, database client, service)",
                        directorySize(stateDir) / 1e6, heap.getUsed() / 1e6, heap.getMax() / 1e6));

        // ---- a target over the whole province, filled from the cadres already known ----
        long targetStart = System.nanoTime();
        JsonNode defined = api(port).post("/api/v1/targets", Map.of("name", "Benchmark: LLCT trung cấp trở lên",
                "cohort", Map.of("unitId", province.province), "criterion", Map.of("ladder", "POLITICAL_THEORY",
                        "minimumLevel", "INTERMEDIATE", "orStudying", true), "thresholdPercent", 70,
                "deadline", BenchProvince.DEADLINE.toString())).expect(201).json();
        double postMillis = (System.nanoTime() - targetStart) / 1e6;
        String targetId = defined.path("targetId").asText();
        ObjectNode targetFigures = awaitJson(port, "/api/v1/targets/" + targetId,
                json -> json.path("cohortSize").asLong() == provinceCadres && json.path("meeting").asLong() == province.targetMeeting()
                        && json.path("expectedByDeadline").asLong() == province.targetExpectedByDeadline(),
                PHASE_TIMEOUT, "the new target to be filled from every known cadre");
        figures.put("new target filled from 100 % of known cadres (POST → figures complete)",
                String.format("%.1f s (POST itself %.0f ms); cohortSize %,d, meeting %,d, expectedByDeadline %,d",
                        seconds(System.nanoTime() - targetStart), postMillis, targetFigures.path("cohortSize").asLong(),
                        targetFigures.path("meeting").asLong(), targetFigures.path("expectedByDeadline").asLong()));

        // ---- 2. freshness ----
        // -Dbench.freshnessEvents=0 leaves it out: at national size the two freshness units make every task re-judge
        // all its cadres first, which measures a unit change rather than freshness.
        if (FRESHNESS_EVENTS > 0) {
            freshness(port, province);
        }

        // ---- 3. query latency under concurrent clients, as a report viewer of the province ----
        String commune = province.commune();
        long communeHeadcount = province.headcount(commune);
        String viewer = "bench.report.viewer." + province.run;
        try (AccessFixture grants = new AccessFixture()) {
            grants.grant(viewer, AccessRole.REPORT_VIEWER, province.province);
        }
        Token viewerToken = new Token(() -> PROVIDER.tokenFor(viewer), Duration.ofMinutes(5));
        awaitJson(() -> ApiClient.localhost(port).withToken(viewerToken.get()), "/api/v1/units/" + commune + "/progress?scope=UNIT",
                json -> true, Duration.ofMinutes(2), "the report viewer's grant to take effect");
        String communeExpected = "\"headcount\":" + communeHeadcount + ",";
        // Unit progress with and without authorization, back to back on the same instance, stores and clients: the
        // difference is what validating the token and checking the grants costs on the hot path.
        Latencies guarded = queries(port, "GET /api/v1/units/{commune}/progress?scope=UNIT (bearer token, access checked)",
                "/api/v1/units/" + commune + "/progress?scope=UNIT", communeExpected, viewerToken.get());
        Latencies unguarded = queries(port, "GET " + UNGUARDED + "/units/{commune}/progress?scope=UNIT (no token, no access check; "
                + "same query service)", UNGUARDED + "/units/" + commune + "/progress?scope=UNIT", communeExpected, null);
        figures.put("cost of authorization on unit progress (guarded − unguarded, same run)", String.format(
                "p50 %+.2f ms (%.2f vs %.2f), p99 %+.2f ms (%.2f vs %.2f); throughput %,.0f vs %,.0f requests/s",
                guarded.millis(0.50) - unguarded.millis(0.50), guarded.millis(0.50), unguarded.millis(0.50),
                guarded.millis(0.99) - unguarded.millis(0.99), guarded.millis(0.99), unguarded.millis(0.99),
                guarded.size() / (double) QUERY_SECONDS, unguarded.size() / (double) QUERY_SECONDS));
        queries(port, "GET /api/v1/units/{province}/progress (SUBTREE, " + province.unitsOfProvince + " units)",
                "/api/v1/units/" + province.province + "/progress", "\"headcount\":" + provinceCadres + ",", viewerToken.get());
        queries(port, "GET /api/v1/targets/{id}", "/api/v1/targets/" + targetId, "\"cohortSize\":" + provinceCadres + ",", viewerToken.get());

        // ---- 4. rebuild from the changelogs, from an empty state directory (one new instance, alone) ----
        ObjectNode provinceBefore = stripTime(api(port).get("/api/v1/units/" + province.province + "/progress").expect(200).json());
        ObjectNode targetBefore = (ObjectNode) api(port).get("/api/v1/targets/" + targetId).expect(200).json();
        closePeers();
        long closeStart = System.nanoTime();
        service.close();
        service = null;
        double closeSeconds = seconds(System.nanoTime() - closeStart);
        // Its size is recorded above; at national size two state directories would not both fit on the disk.
        org.springframework.util.FileSystemUtils.deleteRecursively(stateDir);
        int port2 = TestSocketUtils.findAvailableTcpPort();
        long rebuildStart = System.nanoTime();
        service = startService(port2, newStateDir());
        double startup2 = seconds(System.nanoTime() - rebuildStart);
        long[] firstAnswer = {0};
        awaitJson(port2, "/api/v1/units/" + province.province + "/progress", json -> {
            if (firstAnswer[0] == 0) {
                firstAnswer[0] = System.nanoTime();
            }
            ApiClient api2 = api(port2);
            return stripTime(json).equals(provinceBefore) && api2.get("/api/v1/targets/" + targetId).status() == 200
                    && api2.get("/api/v1/targets/" + targetId).json().equals(targetBefore);
        }, PHASE_TIMEOUT, "the rebuilt views to give the same answers");
        double rebuildSeconds = seconds(System.nanoTime() - rebuildStart);
        figures.put("answers of GET /api/v1/units/{province}/progress while the views were rebuilt (polled every ~100 ms), by HTTP status",
                statuses.toString());
        figures.put("rebuild of every view from the changelogs, new empty state dir (context start → same province and target figures)",
                String.format("%.1f s (context start-up %.1f s; first 200 from the province view after %.1f s; closing the first instance took %.1f s)",
                        rebuildSeconds, startup2, seconds(firstAnswer[0] - rebuildStart), closeSeconds));
        assertThat(stripTime(api(port2).get("/api/v1/units/" + province.province + "/progress").expect(200).json())).isEqualTo(provinceBefore);
        assertThat(api(port2).get("/api/v1/targets/" + targetId).expect(200).json()).isEqualTo(targetBefore);

        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        report(startedAt, loadBefore, loadAfter);
    }

    // ---------------------------------------------------------------- freshness

    private void freshness(int port, BenchProvince province) throws Exception {
        String base = "http://localhost:" + port;
        int perView = FRESHNESS_EVENTS / 2;
        long intervalNanos = 1_000_000_000L / FRESHNESS_RATE;
        // Its own root units outside the province, so that the province's and the target's figures stay as they are.
        String keyedUnit = "bench-" + province.run + "-fresh-record";
        String aggregateUnit = "bench-" + province.run + "-fresh-unit";
        sendNow(EventTypes.UNIT_CREATED.topic().name(), keyedUnit, EventTypes.UNIT_CREATED.ceType(),
                EventCodec.toJson(Events.unit(keyedUnit, "FR-" + province.run, UnitLevel.PROVINCE, null)));
        sendNow(EventTypes.UNIT_CREATED.topic().name(), aggregateUnit, EventTypes.UNIT_CREATED.ceType(),
                EventCodec.toJson(Events.unit(aggregateUnit, "FU-" + province.run, UnitLevel.PROVINCE, null)));
        long setupStart = System.nanoTime();
        List<String> freshCadres = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String cadre = "bench-" + province.run + "-fresh-" + i;
            freshCadres.add(cadre);
            sendNow(EventTypes.CADRE_REGISTERED.topic().name(), cadre, EventTypes.CADRE_REGISTERED.ceType(),
                    EventCodec.toJson(Events.cadre(cadre, keyedUnit, Gender.MALE, 1980, false, PoliticalTheoryLevel.NONE)));
        }
        awaitJson(port, "/api/v1/units/" + keyedUnit + "/progress?scope=UNIT", json -> json.path("headcount").asLong() == 60,
                Duration.ofMinutes(2), "the freshness cadres");
        awaitJson(port, "/api/v1/units/" + aggregateUnit + "/progress?scope=UNIT", json -> json.path("headcount").asLong() == 0,
                Duration.ofMinutes(2), "the freshness unit");
        figures.put("60 CadreRegistered sent one by one right after 2 UnitCreated → all 60 counted in their unit (a unit change "
                + "makes every task re-judge all its cadres)", String.format("%.1f s", seconds(System.nanoTime() - setupStart)));

        // a) keyed view: a CadreEnrolled, until the cadre's store entry (what GET /api/v1/cadres/{id}/record reads) has it.
        record Pending(int index, String cadre, String enrollment, long sentAt) {
        }
        ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
        Latencies keyed = new Latencies();
        CountDownLatch seen = new CountDownLatch(perView);
        List<Thread> pollers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread poller = start("freshness-poller-" + t, () -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                while (seen.getCount() > 0) {
                    Pending p = pending.poll();
                    if (p == null) {
                        sleep(1);
                        continue;
                    }
                    // The store's share of each instance: the cadre lives on one of them.
                    boolean found = false;
                    for (String instance : instanceBases(base)) {
                        String body = get(http, instance, "/internal/v1/stores/cadre-progress?key=" + p.cadre(), peer.get());
                        found |= body != null && body.contains("\"" + p.enrollment() + "\"");
                    }
                    if (found) {
                        long latency = System.nanoTime() - p.sentAt();
                        synchronized (keyed) {
                            keyed.add(latency);
                        }
                        seen.countDown();
                    } else {
                        pending.add(p);
                        sleep(1);
                    }
                }
            });
            pollers.add(poller);
        }
        long begin = System.nanoTime();
        for (int i = 0; i < perView; i++) {
            pace(begin + i * intervalNanos);
            String cadre = freshCadres.get(i % freshCadres.size());
            String enrollment = "bench-" + province.run + "-fresh-enr-" + i;
            CadreEnrolled enrolled = new CadreEnrolled(enrollment, cadre, "bench-fresh-class", "bench-program-0",
                    ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 1),
                    new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"), Instant.now(), keyedUnit, null, null,
                    FundingSource.STATE_BUDGET);
            byte[] json = EventCodec.toJson(enrolled);
            long sentAt = System.nanoTime();
            sendNow(EventTypes.CADRE_ENROLLED.topic().name(), cadre, EventTypes.CADRE_ENROLLED.ceType(), json);
            pending.add(new Pending(i, cadre, enrollment, sentAt));
        }
        assertThat(seen.await(PHASE_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                .as("every freshness enrollment became visible").isTrue();
        for (Thread poller : pollers) {
            poller.join();
        }
        assertThat(keyed.size()).isEqualTo(perView);
        figures.put(String.format("freshness, keyed store (CadreEnrolled → visible in the cadre's cadre-progress entry), %d events at %d/s",
                perView, FRESHNESS_RATE), keyed.summary());

        // b) aggregated view: a CadreRegistered in a unit of its own; event i is visible once the unit counts i + 1 cadres.
        long[] sentAt = new long[perView];
        Latencies aggregate = new Latencies();
        Thread watcher = start("freshness-unit-watcher", () -> {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            int visible = 0;
            long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
            while (visible < perView && System.nanoTime() < deadline) {
                String body = get(http, base, "/api/v1/units/" + aggregateUnit + "/progress?scope=UNIT", admin.get());
                long now = System.nanoTime();
                if (body != null) {
                    int headcount = ApiClient.json().readTree(body).path("headcount").asInt();
                    for (; visible < headcount && visible < perView; visible++) {
                        while (sentAt[visible] == 0) {
                            Thread.onSpinWait();
                        }
                        aggregate.add(now - sentAt[visible]);
                    }
                }
                sleep(1);
            }
        });
        begin = System.nanoTime();
        for (int i = 0; i < perView; i++) {
            pace(begin + i * intervalNanos);
            String cadre = "bench-" + province.run + "-fresh-reg-" + i;
            byte[] json = EventCodec.toJson(Events.cadre(cadre, aggregateUnit, Gender.FEMALE, 1990, false, PoliticalTheoryLevel.NONE));
            long at = System.nanoTime();
            sendNow(EventTypes.CADRE_REGISTERED.topic().name(), cadre, EventTypes.CADRE_REGISTERED.ceType(), json);
            sentAt[i] = at;
        }
        watcher.join(PHASE_TIMEOUT.toMillis());
        assertThat(aggregate.size()).as("every freshness registration counted in its unit").isEqualTo(perView);
        assertThat(api(port).get("/api/v1/units/" + aggregateUnit + "/progress?scope=UNIT").expect(200).json().path("headcount").asLong())
                .isEqualTo(perView);
        figures.put(String.format("freshness, aggregated view (CadreRegistered → the unit's headcount counts it), %d events at %d/s",
                perView, FRESHNESS_RATE), aggregate.summary());
    }

    private static void pace(long at) {
        long wait;
        while ((wait = at - System.nanoTime()) > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }

    // ---------------------------------------------------------------- queries

    /** {@code token} null: the request carries none (the unguarded path). */
    private Latencies queries(int port, String label, String path, String expected, String token) throws InterruptedException {
        URI uri = URI.create("http://localhost:" + port + path);
        Latencies all = new Latencies();
        AtomicLong errors = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        List<String> firstWrong = new ArrayList<>();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        long end = warmupEnd + Duration.ofSeconds(QUERY_SECONDS).toNanos();
        List<Thread> clients = new ArrayList<>();
        List<Latencies> perClient = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Latencies mine = new Latencies();
            perClient.add(mine);
            clients.add(start("query-client-" + c, () -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
                if (token != null) {
                    builder.header("Authorization", "Bearer " + token);
                }
                HttpRequest request = builder.GET().build();
                long now;
                while ((now = System.nanoTime()) < end) {
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        long latency = System.nanoTime() - now;
                        if (now >= warmupEnd) {
                            mine.add(latency);
                            if (response.statusCode() != 200 || !response.body().contains(expected)) {
                                wrong.incrementAndGet();
                                synchronized (firstWrong) {
                                    if (firstWrong.size() < 3) {
                                        firstWrong.add(response.statusCode() + " " + response.body());
                                    }
                                }
                            }
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        perClient.forEach(all::addAll);
        figures.put(String.format("query %s, %d clients, %d s", label, CLIENTS, QUERY_SECONDS),
                String.format("%s; %,.0f requests/s", all.summary(), all.size() / (double) QUERY_SECONDS));
        assertThat(errors.get()).as(label + ": connection errors").isZero();
        assertThat(wrong.get()).as(label + ": answers not 200 or not the expected figures: " + firstWrong).isZero();
        assertThat(all.size()).isPositive();
        return all;
    }

    // ---------------------------------------------------------------- the service

    private void closePeers() {
        peers.forEach(ConfigurableApplicationContext::close);
        peers.clear();
    }

    private ConfigurableApplicationContext startService(int port, Path stateDir) {
        Map<String, Object> properties = new LinkedHashMap<>();
        SpringTestInfrastructure.register((name, value) -> properties.put(name, value.get()), DATABASE);
        if (INSTANCES > 1) {
            // Instances read each other's share of the stores with their own service token.
            SpringTestInfrastructure.registerServiceClient((name, value) -> properties.put(name, value.get()), "reporting-service");
        }
        properties.put("server.port", port);
        properties.put("REPORTING_STATE_DIR", stateDir.toString());
        // Command-line arguments: they take precedence over reporting.yml, as @DynamicPropertySource does in the tests.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return ReportingApplication.builder().initializers(ReportingBenchmark::unguardedProgress).run(args);
    }

    /**
     * The comparison for the cost of authorization: unit progress served by the same query service the guarded route
     * calls, under {@value #UNGUARDED}, a path the security filter chain ignores (no bearer token read, no JWT
     * validated) and a functional route the access interceptor does not see (no rule, no grants, no unit check). Only
     * the benchmark's instance has it.
     */
    private static void unguardedProgress(org.springframework.context.ConfigurableApplicationContext context) {
        GenericApplicationContext beans = (GenericApplicationContext) context;
        beans.registerBean("benchUnguardedProgress", RouterFunction.class, () -> RouterFunctions.route()
                .GET(UNGUARDED + "/units/{unitId}/progress", request -> ServerResponse.ok().body(beans.getBean(ProgressQueries.class)
                        .progress(request.pathVariable("unitId"), UnitProgressReport.Scope.valueOf(request.param("scope").orElse("SUBTREE")))))
                .build());
        beans.registerBean("benchUnguardedPath", WebSecurityCustomizer.class, () -> web -> web.ignoring().requestMatchers(UNGUARDED + "/**"));
    }

    private static long directorySize(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static Path newStateDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "bench-streams-" + UUID.randomUUID());
    }

    private boolean sentinelsVisible(int port, BenchProvince province) {
        StringBuilder path = new StringBuilder("/internal/v1/stores/cadre-progress?");
        province.sentinelEnrollmentByCadre.keySet().forEach(cadre -> path.append("key=").append(cadre).append('&'));
        // Each instance holds its own share of the store.
        StringBuilder bodies = new StringBuilder();
        for (int instancePort : instancePorts(port)) {
            ApiClient.Response response = ApiClient.localhost(instancePort).withToken(peer.get()).get(path.toString());
            if (response.status() != 200) {
                return false;
            }
            bodies.append(response.body());
        }
        return province.sentinelEnrollmentByCadre.values().stream().allMatch(e -> bodies.toString().contains("\"" + e + "\""));
    }

    /** The ports of every running instance: this one and its peers. */
    private List<Integer> instancePorts(int port) {
        List<Integer> ports = new ArrayList<>(List.of(port));
        peers.forEach(peer -> ports.add(((org.springframework.boot.web.server.context.WebServerApplicationContext) peer).getWebServer().getPort()));
        return ports;
    }

    private List<String> instanceBases(String base) {
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1).replaceAll("/.*", ""));
        return instancePorts(port).stream().map(p -> base.substring(0, base.lastIndexOf(':') + 1) + p).toList();
    }

    private static void checkProvince(JsonNode json, BenchProvince province) {
        assertThat(json.path("headcount").asLong()).isEqualTo(province.provinceCadres());
        assertThat(json.path("unitsIncluded").asInt()).isEqualTo(province.unitsOfProvince);
        assertThat(json.path("studyingNow").path("total").asLong()).isEqualTo(province.studyingNow());
        province.studyingByCategory().forEach((category, n) ->
                assertThat(json.path("studyingNow").path("byCategory").path(category.name()).asLong()).as(category.name()).isEqualTo(n));
        province.politicalTheory().forEach((level, n) ->
                assertThat(json.path("politicalTheory").path(level.name()).asLong()).as(level.name()).isEqualTo(n));
        assertThat(json.path("women").asLong()).isEqualTo(province.women());
        assertThat(json.path("byUnitLevel").path("COMMUNE").asLong() + json.path("byUnitLevel").path("DISTRICT").asLong()
                + json.path("byUnitLevel").path("PROVINCE").asLong()).isEqualTo(province.provinceCadres());
    }

    /** Polls until the JSON at {@code path} satisfies {@code done}; 503 (views still restoring) and 404 are waited out. */
    private ObjectNode awaitJson(int port, String path, Predicate<JsonNode> done, Duration timeout, String what) {
        return awaitJson(() -> api(port), path, done, timeout, what);
    }

    private ObjectNode awaitJson(Supplier<ApiClient> caller, String path, Predicate<JsonNode> done, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextLog = System.nanoTime();
        String last = "";
        statuses.clear();
        while (System.nanoTime() < deadline) {
            try {
                ApiClient.Response response = caller.get().get(path);
                last = response.status() + " " + abbreviate(response.body());
                statuses.merge(response.status(), 1, Integer::sum);
                if (response.status() == 200) {
                    JsonNode json = response.json();
                    if (done.test(json)) {
                        return (ObjectNode) json;
                    }
                }
            } catch (IllegalStateException e) {
                last = e.getMessage();
            }
            if (System.nanoTime() > nextLog) {
                System.out.println("[bench] waiting for " + what + ": " + last);
                nextLog = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
            sleep(100);
        }
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what + "; last answer: " + last);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static ObjectNode stripTime(JsonNode json) {
        ObjectNode copy = (ObjectNode) json.deepCopy();
        copy.remove("asOf");
        return copy;
    }

    private static String get(HttpClient http, String base, String path, String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // ---------------------------------------------------------------- Kafka

    private void createTopics() throws ExecutionException, InterruptedException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        try (Admin admin = Admin.create(props)) {
            for (var topic : Topics.all()) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic.name(), topic.partitions(), (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        return new KafkaProducer<>(props);
    }

    private static ProducerRecord<String, byte[]> cloudEvent(String topic, String key, String ceType, byte[] payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", ceType);
        header(record, "ce_source", Topics.named(topic).map(org.cadretraining.events.Topic::source).orElse("/benchmark"));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", key);
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** One event, sent and acknowledged before returning: what a service's outbox relay does for each event. */
    private void sendNow(String topic, String key, String ceType, byte[] payload) {
        try {
            producer.send(cloudEvent(topic, key, ceType, payload)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    private Map<String, Long> endOffsets(List<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            Map<String, Long> ends = new HashMap<>();
            consumer.endOffsets(partitions).forEach((tp, end) -> ends.merge(tp.topic(), end, Long::sum));
            topics.forEach(t -> ends.putIfAbsent(t, 0L));
            return ends;
        }
    }

    record ConsumerRun(long records, long bytes, double seconds) {
        double recordsPerSecond() {
            return records / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** What ConsumerPerformance measures: one plain consumer reading every record of the topics from the start. */
    private ConsumerRun consumeAll(List<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long target = ends.values().stream().mapToLong(Long::longValue).sum();
            long start = System.nanoTime();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long records = 0;
            long bytes = 0;
            long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
            while (records < target && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    records++;
                    bytes += record.serializedKeySize() + Math.max(0, record.serializedValueSize());
                }
            }
            return new ConsumerRun(records, bytes, seconds(System.nanoTime() - start));
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(props);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return partitions;
    }

    // ---------------------------------------------------------------- report

    private void report(String startedAt, String loadBefore, String loadAfter) throws IOException {
        String command = "cd /work/main && ./mvnw -B -ntp -q verify -pl reporting-service -Dexcluded.test.groups= -Dgroups=benchmark "
                + "-Dtest=ReportingBenchmark -Dsurefire.failIfNoSpecifiedTests=false"
                + (CADRES != 100_000 ? " -Dbench.cadres=" + CADRES : "")
                + (PROVINCES != 1 ? " -Dbench.provinces=" + PROVINCES : "")
                + (COMMUNES_PER_PROVINCE != 0 ? " -Dbench.communesPerProvince=" + COMMUNES_PER_PROVINCE : "")
                + (INSTANCES != 1 ? " -Dbench.instances=" + INSTANCES : "")
                + (ENROLLMENT_EVENTS != 500_000 ? " -Dbench.enrollmentEvents=" + ENROLLMENT_EVENTS : "")
                + (FRESHNESS_EVENTS != 2000 ? " -Dbench.freshnessEvents=" + FRESHNESS_EVENTS : "")
                + (QUERY_SECONDS != 20 ? " -Dbench.querySeconds=" + QUERY_SECONDS : "")
                + (PHASE_TIMEOUT.toMinutes() != 30 ? " -Dbench.timeoutMinutes=" + PHASE_TIMEOUT.toMinutes() : "")
                + (System.getProperty("bench.jvmArgs", "").isBlank() ? "" : " '-Dbench.jvmArgs=" + System.getProperty("bench.jvmArgs") + "'");
        StringBuilder block = new StringBuilder();
        block.append("==================== reporting-service benchmark ====================\n");
        figures.forEach((k, v) -> block.append(String.format("%-100s %s%n", k + ":", v)));
        block.append("======================================================================\n");
        profile.forEach(line -> block.append(line).append('\n'));
        System.out.println(block);

        StringBuilder md = new StringBuilder();
        md.append("# Benchmark: reporting-service\n\n");
        md.append("Written by `ReportingBenchmark` (reporting-service, tag `benchmark`, excluded from the normal build) at the end of its last run.\n\n");
        md.append("- run started: ").append(startedAt).append(", finished: ").append(Instant.now()).append('\n');
        md.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors (Runtime.availableProcessors; `nproc` agrees on this machine), ")
                .append(cpuModel()).append(", ").append(memTotal()).append(" RAM\n");
        md.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB (surefire's -Xmx1536m unless -Dbench.jvmArgs sets another); ")
                .append("one JVM holds the broker, PostgreSQL, the service and the load generator\n");
        md.append("- broker: ").append(brokers).append(" (Infrastructure.kafka(): in-process KRaft broker unless KAFKA_BOOTSTRAP is set), 6 partitions per topic\n");
        md.append("- load average (1/5/15 min) before: `").append(loadBefore).append("`, after: `").append(loadAfter)
                .append("` (other builds were running on the machine)\n");
        md.append("- sizes: ").append(String.format("%,d cadres, %,d enrollment events, %,d freshness events at %d/s, %d query clients × %d s per query",
                CADRES, ENROLLMENT_EVENTS, FRESHNESS_EVENTS, FRESHNESS_RATE, CLIENTS, QUERY_SECONDS))
                .append(String.format("; %d instance(s) of reporting-service", INSTANCES)).append('\n');
        md.append("- reproduce: `").append(command).append("` (figures also printed to target/surefire-reports/*ReportingBenchmark-output.txt)\n\n");
        md.append("| measure | result |\n|---|---|\n");
        figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append('\n');
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append(NOTES);
        md.append("\n## Where the progress stream thread spent the bulk load\n\n");
        md.append("Sampled every 20 ms with Thread.getStackTrace() (safepoint-biased) from context start until the bulk load showed.\n\n```\n");
        profile.forEach(line -> md.append(line).append('\n'));
        md.append("```\n");
        Path file = docsDir().resolve("benchmarks-reporting.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());
        System.out.println("[bench] wrote " + file.toAbsolutePath());
    }

    private static final String NOTES = """

            ## How it measures

            1. **Throughput.** The unit tree (31 units), a CadreRegistered for every cadre on `registry.cadres` and the
               enrollment events (CadreEnrolled; about 40 % followed by CourseGraduated, 20 % by EnrollmentWithdrawn;
               keyed by cadreId, binary-mode CloudEvents headers) are produced with a batching KafkaProducer before the
               service starts. The clock runs from the start of the Spring context (empty state directory) until the
               province's SUBTREE figures show every cadre and the expected `studyingNow`, and the last record of each
               of the 6 partitions (a sentinel enrollment) is in its cadre's `cadre-progress` entry. The raw-broker
               figure is a plain KafkaConsumer (byte arrays, default fetch settings) assigned every partition of both
               topics, reading from the beginning to the end offsets, in the same JVM and run, before the service starts.
            2. **Freshness.** Single events sent one at a time (each acknowledged, like an outbox relay) at a steady
               rate, after the bulk load. (a) CadreEnrolled for one of 60 cadres in a unit of their own; 3 threads poll
               `/internal/v1/stores/cadre-progress?key=` with a reporting instance's client-credentials token (the store
               `GET /api/v1/cadres/{id}/record` reads; the record endpoint itself writes an access-log row to PostgreSQL
               on every call, so it is not used for polling).
               (b) CadreRegistered of new cadres in a unit of their own; one thread polls that unit's UNIT figures and
               event i counts as visible when the headcount reaches i + 1. Latency = acknowledged send start → seen.
            3. **Queries.** 50 threads, each with its own java.net.http.HttpClient (HTTP/1.1, keep-alive), request the
               same URL back to back for the stated time after a 3 s warm-up; every answer is checked (200 and the
               expected figure in the body). Every request carries the bearer token of a report viewer granted the
               province (a real JWT of the embedded provider): the service validates its signature and claims, works out
               the viewer's grants and checks them against the unit's ancestry, as in production.
            4. **Cost of authorization.** Right after the guarded unit-progress run, the same clients request the same
               commune's progress under `/bench-unguarded/...`: a route only the benchmark adds to its instance, which
               calls the same query service and writes the same JSON, on a path the security filter chain ignores and
               the access interceptor does not see. Same instance, stores, clients and run; the difference of the two
               p50s and p99s is bearer-token extraction, JWT validation (RS256 signature, issuer, expiry), the route's
               rule and the unit check. It does not isolate the HTTP handling both share, and the two runs follow each
               other, so a change of load on the machine between them shows up in the difference too.
            5. **Rebuild.** The first context is closed; a second one with the same application ids, a new empty state
               directory and another port is started; the clock runs from its start until the province's figures and
               the target's figures equal (field by field, `asOf` aside) what the first instance answered.

            The benchmark asserts correctness only: record counts on the topics, the province's figures (headcount,
            studyingNow by category, political-theory levels, women), the target's cohortSize / meeting /
            expectedByDeadline as computed from the generated data, every query answer, and identical answers after
            the rebuild.
            """;

    /** The module's build directory: a run leaves the figures there, and a person copies them into docs/benchmarks.md. */
    private static Path docsDir() {
        Path here = Path.of("").toAbsolutePath();
        Path module = Files.exists(here.resolve("reporting-service")) ? here.resolve("reporting-service") : here;
        return module.resolve("target");
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GiB").findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
