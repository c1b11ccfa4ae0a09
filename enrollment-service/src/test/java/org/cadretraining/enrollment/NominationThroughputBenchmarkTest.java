package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
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
import java.util.function.Predicate;
import java.util.stream.IntStream;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
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
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    /**
     * Nominations taken through the same path before the clock starts, in classes of their own: the figure is then
     * that of a service whose code the JIT has compiled, as one running for hours is. 0 (the default): from cold.
     */
    static final int WARMUP = Integer.getInteger("benchmark.warmup", 0);
    static final int WARMUP_CLASSES = 20;

    @Test
    void nominationsPerSecondThroughApprovalToCadreEnrolled() throws Exception {
        List<String> units = IntStream.range(0, CLASSES).mapToObj(i -> uuid()).toList();
        List<String> cadres = IntStream.range(0, CADRES).mapToObj(i -> uuid()).toList();
        List<String> warmupCadres = IntStream.range(0, WARMUP).mapToObj(i -> uuid()).toList();
        List<String> registered = new ArrayList<>(cadres);
        registered.addAll(warmupCadres);

        long replicaStart = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < registered.size(); i++) {
                String id = registered.get(i);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CADRES.name(), id,
                        registeredJson(id, units.get(i % units.size()), CadreStatus.ACTIVE, UNIVERSITY_ELEMENTARY).getBytes(StandardCharsets.UTF_8));
                Map.of("ce_id", uuid(), "ce_type", EventTypes.CADRE_REGISTERED.ceType(), "ce_source", Topics.CADRES.source(),
                        "ce_specversion", "1.0", "ce_time", Instant.now().toString(), "ce_subject", id, "content-type", "application/json")
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM cadre_replica WHERE unit_id IN (:units)")
                .param("units", units.stream().map(UUID::fromString).toList()).query(Long.class).single() == registered.size());
        double replicaSeconds = (System.nanoTime() - replicaStart) / 1e9;

        String programId = politicalTheoryProgram();
        int seats = CADRES / CLASSES;
        List<String> classes = openClasses(programId, CLASSES, seats);
        if (WARMUP > 0) {
            nominateAll(warmupCadres, openClasses(programId, WARMUP_CLASSES, (WARMUP + WARMUP_CLASSES - 1) / WARMUP_CLASSES),
                    Collections.synchronizedList(new ArrayList<>()), new AtomicLong());
        }

        Set<String> expected = Collections.synchronizedSet(new HashSet<>(cadres));
        DatabaseStatistics database = new DatabaseStatistics(jdbc);
        database.reset();
        Recording profile = profileIfAsked();
        CpuSample cpuBefore = CpuSample.now();
        String loadBefore = loadAverage();
        AtomicLong clientCpuNanos = new AtomicLong();
        AtomicLong lastEnrolledAt = new AtomicLong();
        Future<?> watcher = Executors.newSingleThreadExecutor().submit(() -> watchEnrolled(expected, lastEnrolledAt));
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long clientIoBefore = threadCpuNanos(name -> name.startsWith("HttpClient-"));
        long start = System.nanoTime();
        nominateAll(cadres, classes, latencies, clientCpuNanos);
        long httpDone = System.nanoTime();
        CpuSample cpuAfter = CpuSample.now();
        String loadAfter = loadAverage();
        // The client side's other threads: the HTTP clients' selectors and workers.
        long clientIoNanos = Math.max(0, threadCpuNanos(name -> name.startsWith("HttpClient-")) - clientIoBefore);
        if (profile != null) {
            profile.stop();
        }
        watcher.get();
        double httpSeconds = (httpDone - start) / 1e9;
        double topicSeconds = (lastEnrolledAt.get() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String report = String.format("""
                        cadres=%d classes=%d seats/class=%d clients=%d cpus=%d warm-up nominations=%d
                        replica filled from %d CadreRegistered events in %.1f s (%.0f events/s)
                        HTTP: %d nominations (nominate + unit approval + province approval) in %.1f s = %.0f nominations/s (%.0f requests/s)
                        topic: last CadreEnrolled visible %.1f s after the first nomination = %.0f nominations/s end to end
                        latency per nomination (3 requests): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms
                        load average: %s before, %s after
                        %s
                        %s
                        """, CADRES, CLASSES, seats, CLIENTS, Runtime.getRuntime().availableProcessors(), WARMUP, registered.size(),
                replicaSeconds, registered.size() / replicaSeconds, CADRES, httpSeconds, CADRES / httpSeconds, 3 * CADRES / httpSeconds, topicSeconds,
                CADRES / topicSeconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), loadBefore, loadAfter,
                cpuAfter.minus(cpuBefore).describe(httpSeconds, clientCpuNanos.get(), clientIoNanos),
                database.perNomination(CADRES));
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-nominations.txt"), report);
        Files.writeString(Path.of("target", "benchmark-nominations-sql.txt"), database.statements(CADRES));
        assertThat(expected).isEmpty();
    }

    private List<String> openClasses(String programId, int count, int seats) {
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> request = classRequest(programId, seats);
            request.put("cohort", "Khóa " + (i + 1));
            String classId = api.post("/api/v1/classes", request).expect(201).json().path("classId").asText();
            api.post("/api/v1/classes/" + classId + "/open", "").expect(200);
            classes.add(classId);
        }
        return classes;
    }

    /**
     * CLIENTS threads share the cadres; each nominates its cadre to a class, then approves twice (unit, province) and
     * expects the seat. Notes each nomination's latency and the threads' own CPU.
     */
    private void nominateAll(List<String> cadres, List<String> classes, List<Long> latencies, AtomicLong cpuNanos) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            work.add(pool.submit(() -> {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                // One HTTP client per thread, its connections kept alive as a browser's or the console's are; a new
                // one only with a new token (the run may outlast one: adminToken() signs in again near its end).
                String token = null;
                ApiClient api = null;
                for (int i = client; i < cadres.size(); i += CLIENTS) {
                    long t0 = System.nanoTime();
                    if (!adminToken().equals(token)) {
                        token = adminToken();
                        api = anonymous.withToken(token);
                    }
                    String nomination = api.post("/api/v1/nominations", Map.of("cadreId", cadres.get(i),
                            "classId", classes.get(i % classes.size()))).expect(201).json().path("nominationId").asText();
                    api.post("/api/v1/nominations/" + nomination + "/approve", "").expect(200);
                    String status = api.post("/api/v1/nominations/" + nomination + "/approve", "").expect(200).json()
                            .path("status").asText();
                    assertThat(status).isEqualTo("ENROLLED");
                    latencies.add(System.nanoTime() - t0);
                }
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
            }));
        }
        try {
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
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

    // --- where the time went ----------------------------------------------------------------------------------------

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A flight recording of the measured part, when {@code -Dbenchmark.jfr=<file>} asks for one; written when stopped. */
    private static Recording profileIfAsked() throws Exception {
        String file = System.getProperty("benchmark.jfr");
        if (file == null || file.isBlank()) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setDestination(Path.of(file));
        recording.start();
        return recording;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "n/a";
        }
    }

    private static long threadCpuNanos(Predicate<String> named) {
        long sum = 0;
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && named.test(thread.getThreadName())) {
                sum += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return sum;
    }

    /**
     * CPU used, from /proc (Linux) and the JVM: the whole machine, this JVM (broker, service and clients), and the
     * PostgreSQL processes (with what their exited backends left to the postmaster). Zero where /proc is missing.
     */
    record CpuSample(long machineBusyTicks, long machineTicks, long jvmNanos, long postgresTicks) {
        private static final double TICK = 0.01; // USER_HZ

        static CpuSample now() {
            long busy = 0;
            long all = 0;
            long postgres = 0;
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                for (int i = 1; i <= 8; i++) {
                    all += Long.parseLong(cpu[i]);
                }
                busy = all - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]);
                try (var processes = Files.list(Path.of("/proc"))) {
                    for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                        postgres += postgresTicks(process);
                    }
                }
            } catch (Exception e) {
                // Not Linux: the figures say 0.
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new CpuSample(busy, all, os.getProcessCpuTime(), postgres);
        }

        private static long postgresTicks(Path process) {
            try {
                String stat = Files.readString(process.resolve("stat"));
                // The embedded server runs as postgres.real behind a wrapper that drops root.
                if (!stat.contains("(postgres")) {
                    return 0;
                }
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime, stime, cutime, cstime: fields 14-17 of proc(5), 11-14 after the name.
                return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (Exception e) {
                return 0; // gone meanwhile
            }
        }

        CpuSample minus(CpuSample before) {
            return new CpuSample(machineBusyTicks - before.machineBusyTicks, machineTicks - before.machineTicks,
                    jvmNanos - before.jvmNanos, postgresTicks - before.postgresTicks);
        }

        String describe(double seconds, long clientNanos, long clientIoNanos) {
            double busy = machineBusyTicks * TICK;
            double jvm = jvmNanos / 1e9;
            double postgres = postgresTicks * TICK;
            double clients = (clientNanos + clientIoNanos) / 1e9;
            return String.format("CPU while nominating (%.1f s x %d cores): machine busy %.1f s (%.0f %%); this JVM %.1f s, "
                            + "of which the benchmark's clients %.1f s (%.1f in the 8 threads, %.1f in their HTTP clients' threads); "
                            + "PostgreSQL %.1f s; the rest %.1f s",
                    seconds, Runtime.getRuntime().availableProcessors(), busy, 100.0 * machineBusyTicks / Math.max(1, machineTicks),
                    jvm, clients, clientNanos / 1e9, clientIoNanos / 1e9, postgres, busy - jvm - postgres);
        }
    }

    /**
     * The database's side of the run: transactions and rows from pg_stat_database, always; every statement with its
     * count and time from pg_stat_statements when the server preloads it (an external server, see docs/benchmarks.md).
     */
    static final class DatabaseStatistics {
        private final JdbcClient jdbc;
        private final boolean statements;
        private Map<String, Object> before;

        DatabaseStatistics(JdbcClient jdbc) {
            this.jdbc = jdbc;
            this.statements = jdbc.sql("SELECT current_setting('shared_preload_libraries')").query(String.class).single()
                    .contains("pg_stat_statements");
            if (statements) {
                jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
            }
        }

        void reset() {
            if (statements) {
                jdbc.sql("SELECT pg_stat_statements_reset()").query((rs, i) -> 1).list();
            }
            before = counters();
        }

        private Map<String, Object> counters() {
            jdbc.sql("SELECT pg_stat_force_next_flush()").query((rs, i) -> 1).list();
            return jdbc.sql("""
                            SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted,
                                   blks_hit, blks_read FROM pg_stat_database WHERE datname = current_database()""")
                    .query().singleRow();
        }

        String perNomination(int nominations) {
            Map<String, Object> after = counters();
            StringBuilder line = new StringBuilder("database per nomination:");
            after.forEach((name, value) -> line.append(String.format(" %s %.1f", name,
                    (((Number) value).longValue() - ((Number) before.get(name)).longValue()) / (double) nominations)));
            if (statements) {
                line.append(String.format("; statements %.1f (each in target/benchmark-nominations-sql.txt)", jdbc.sql("""
                                SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
                                WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())""")
                        .query(Long.class).single() / (double) nominations));
            }
            return line.toString();
        }

        String statements(int nominations) {
            if (!statements) {
                return "pg_stat_statements is not preloaded by this server: no statement counts\n";
            }
            StringBuilder text = new StringBuilder("calls/nomination  mean ms  total s  rows/call  statement\n");
            jdbc.sql("""
                            SELECT calls, mean_exec_time, total_exec_time, rows, query FROM pg_stat_statements
                            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                            ORDER BY total_exec_time DESC""")
                    .query((rs, i) -> String.format("%16.2f %8.3f %8.2f %10.1f  %s%n", rs.getLong("calls") / (double) nominations,
                            rs.getDouble("mean_exec_time"), rs.getDouble("total_exec_time") / 1000, rs.getLong("rows")
                                    / (double) Math.max(1, rs.getLong("calls")), rs.getString("query").replaceAll("\\s+", " ")))
                    .list().forEach(text::append);
            return text.toString();
        }
    }
}
