package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.registry.bulk.Column;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Imports a generated 50,000-row .xlsx through the HTTP API and measures time, rows per second, peak heap, and how
 * long until every CadreRegistered is on registry.cadres and read by a consumer. Run with
 * {@code ../mvnw -B -ntp -q verify -Dexcluded.test.groups= -Dgroups=benchmark}; the figures are printed and written
 * to target/benchmark/import.md.
 */
@Tag("benchmark")
class ImportBenchmarkTest extends RegistryIntegrationTest {
    private static final int ROWS = 50_000;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Lò", "Quàng", "Cà", "Lường", "Vì", "Tòng", "Giàng", "Sùng", "Đặng", "Vũ"};
    private static final String[] MIDDLE_M = {"Văn", "Đức", "Minh", "Xuân", "Quang", "A"};
    private static final String[] MIDDLE_F = {"Thị", "Thu", "Ngọc", "Thanh", "Hồng"};
    private static final String[] GIVEN = {"Hương", "Minh", "Sơn", "Tâm", "Hải", "Dũng", "Lan", "Mai", "Chung", "Phong", "Thắng", "Dung", "Hoa", "Tú", "Kiên", "Nga"};
    private static final String[] ETHNIC = {"Thái", "Thái", "Thái", "Kinh", "Kinh", "Mông", "Mông", "Khơ-mú", "Dao", "Lào", "Hà Nhì", "Cống"};
    private static final String[] RANKS = {"Nhân viên", "Cán sự", "Chuyên viên", "Chuyên viên", "Chuyên viên chính", ""};
    private static final String[] PROF = {"Trung cấp", "Cao đẳng", "Đại học", "Đại học", "Đại học", "Thạc sĩ", "Chưa qua đào tạo"};
    private static final String[] POL = {"Sơ cấp", "Trung cấp", "Trung cấp", "Cao cấp", "Chưa có"};
    private static final String[] STATE = {"Chưa có", "Chưa có", "Chuyên viên", "Chuyên viên chính"};
    private static final String[] PROVINCES = {"011", "012", "014", "015", "017", "019", "020", "022", "024", "025", "026", "027",
            "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048"};

    @Test
    void importsFiftyThousandRowsFromAnXlsx() throws Exception {
        String province = pickUnusedProvinceCode();
        List<String> units = createUnits();
        Set<String> unitIds = new HashSet<>(units.stream().map(c -> jdbc.sql("SELECT id::text FROM unit WHERE code = :c")
                .param("c", c).query(String.class).single()).toList());
        byte[] xlsx = generate(province, units);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        long gcCountBefore = gcCount();
        long gcTimeBefore = gcTime();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");

        EventCounter counter = new EventCounter(unitIds);
        counter.start();
        sampler.start();
        long start = System.nanoTime();
        JsonNode report = upload("/api/v1/cadres/import", "benchmark-50000.xlsx", xlsx).expect(200).json();
        long imported = System.nanoTime();
        sampling.set(false);
        sampler.join();
        long importPeak = peak.get();
        assertThat(report.path("created").asInt()).as(report.path("rejected").toString()).isEqualTo(ROWS);

        long reached = counter.awaitAll(ROWS, Duration.ofMinutes(5));
        counter.stop();
        double importSeconds = (imported - start) / 1e9;
        double eventSeconds = (reached - start) / 1e9;
        double afterCommit = (reached - imported) / 1e9;
        String result = String.format("""
                        | figure | value |
                        |---|---|
                        | rows imported (all created) | %,d |
                        | file size | %.1f MB |
                        | import time (HTTP upload to committed reply) | %.1f s |
                        | throughput | %,.0f rows/s |
                        | heap before / peak during import (whole JVM: broker, service, test) | %,d MB / %,d MB |
                        | peak heap above the baseline | %,d MB |
                        | GC during import | %d collections, %d ms |
                        | events written by the import | %,d (CadreRegistered and CadreQualificationRecorded) |
                        | until all %,d CadreRegistered were read from registry.cadres by a test consumer | %.1f s from upload, %.1f s after the reply |
                        """, ROWS, xlsx.length / 1e6, importSeconds, ROWS / importSeconds, baseline >> 20, importPeak >> 20,
                (importPeak - baseline) >> 20, gcCount() - gcCountBefore, gcTime() - gcTimeBefore,
                report.path("created").asInt() + report.path("levelsRecorded").asInt(), ROWS, eventSeconds, afterCommit);
        System.out.println("\n" + result);
        java.nio.file.Path out = java.nio.file.Path.of("target", "benchmark", "import.md");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, result);
    }

    /** A province code under which no national ID is registered yet, so that every row is new. */
    private String pickUnusedProvinceCode() {
        for (String code : PROVINCES) {
            if (jdbc.sql("SELECT count(*) FROM cadre WHERE national_id LIKE :p").param("p", code + "%").query(Long.class).single() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("Every benchmark province code is used; start with a fresh database");
    }

    private List<String> createUnits() {
        String tag = suffix();
        String provinceCode = "BM-" + tag;
        String provinceId = api.post("/api/v1/units", Map.of("code", provinceCode, "name", "Tỉnh Điện Biên (benchmark)", "level", "PROVINCE"))
                .expect(201).json().path("unitId").asText();
        List<String> codes = new ArrayList<>(List.of(provinceCode));
        for (int d = 0; d < 10; d++) {
            String district = "BM-" + tag + "-D" + d;
            String districtId = api.post("/api/v1/units", Map.of("code", district, "name", "Huyện " + d, "level", "DISTRICT",
                    "parentUnitId", provinceId)).expect(201).json().path("unitId").asText();
            codes.add(district);
            for (int c = 0; c < 2; c++) {
                String commune = district + "-X" + c;
                api.post("/api/v1/units", Map.of("code", commune, "name", "Xã " + d + "." + c, "level", "COMMUNE",
                        "parentUnitId", districtId)).expect(201);
                codes.add(commune);
            }
        }
        return codes;
    }

    private static byte[] generate(String province, List<String> units) throws IOException {
        Random random = new Random(42);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "benchmark", "1.0");
        Worksheet sheet = workbook.newWorksheet("Danh sách cán bộ");
        List<String> headers = Column.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int i = 0; i < ROWS; i++) {
            boolean female = random.nextInt(100) < 42;
            LocalDate birth = LocalDate.of(1966 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28));
            // Century 1900s: 4th digit 0 for men, 1 for women; then the year; then a serial unique in this file.
            String nationalId = province + (female ? "1" : "0") + String.format("%02d", birth.getYear() % 100)
                    + String.format("%06d", i);
            String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                    + (female ? MIDDLE_F[random.nextInt(MIDDLE_F.length)] : MIDDLE_M[random.nextInt(MIDDLE_M.length)]) + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            boolean party = random.nextInt(100) < 60;
            LocalDate joined = party ? birth.plusYears(20 + random.nextInt(6)) : null;
            List<String> row = List.of(nationalId, name, birth.format(format), female ? "Nữ" : "Nam",
                    ETHNIC[random.nextInt(ETHNIC.length)], units.get(random.nextInt(units.size())), "Chuyên viên",
                    RANKS[random.nextInt(RANKS.length)], random.nextInt(100) < 3 ? "Ban Thường vụ Tỉnh ủy" : "Đơn vị",
                    party ? "Có" : "Không", joined == null ? "" : joined.format(format), PROF[random.nextInt(PROF.length)],
                    POL[random.nextInt(POL.length)], STATE[random.nextInt(STATE.length)]);
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isEmpty()) {
                    sheet.value(i + 1, c, row.get(c));
                }
            }
            if (i % 5_000 == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Reads registry.cadres from its current end and counts the CadreRegistered events of the benchmark's units. */
    private static final class EventCounter {
        private final Set<String> unitIds;
        private final Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong completedAt = new AtomicLong();
        private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        private Thread thread;

        EventCounter(Set<String> unitIds) {
            this.unitIds = unitIds;
        }

        void start() throws InterruptedException {
            thread = new Thread(this::run, "benchmark-consumer");
            thread.start();
            ready.await();
        }

        private void run() {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers());
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
                var partitions = consumer.partitionsFor(Topics.CADRES.name()).stream()
                        .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                ready.countDown();
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        Header type = record.headers().lastHeader("ce_type");
                        if (type != null && EventTypes.CADRE_REGISTERED.ceType().equals(new String(type.value(), StandardCharsets.UTF_8))) {
                            JsonNode payload = org.cadretraining.platform.events.EventCodec.mapper().readTree(record.value());
                            if (unitIds.contains(payload.path("unitId").asText()) && seen.add(record.key())
                                    && seen.size() == ROWS) {
                                completedAt.set(System.nanoTime());
                            }
                        }
                    }
                }
            }
        }

        long awaitAll(int expected, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (completedAt.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(seen).as("CadreRegistered events read").hasSize(expected);
            return completedAt.get();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
