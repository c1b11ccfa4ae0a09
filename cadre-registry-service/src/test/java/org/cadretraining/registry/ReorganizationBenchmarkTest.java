package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.registry.bulk.Column;
import org.cadretraining.registry.reorganization.MappingColumn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reorganizes 50,000 cadres across 100 communes through the HTTP API: 10 districts abolished and their 100 communes
 * merged two by two into 50 new ones, effective 1 July 2025. Measures the upload (the dry run, kept as a draft), the
 * apply (one transaction), and how long until every CadreTransferred is on registry.cadres and read by a consumer. Run
 * with {@code ../mvnw -B -ntp -o verify -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=ReorganizationBenchmarkTest};
 * the figures are printed and written to target/benchmark/reorganization.md.
 */
@Tag("benchmark")
class ReorganizationBenchmarkTest extends RegistryIntegrationTest {
    private static final int DISTRICTS = 10;
    private static final int COMMUNES_PER_DISTRICT = 10;
    private static final int CADRES = 50_000;
    private static final String EFFECTIVE = "01/07/2025";
    private static final String[] PROVINCES = {"049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067",
            "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091"};

    @Test
    void reorganizesFiftyThousandCadresAcrossAHundredUnits() throws Exception {
        String tag = suffix();
        String province = unit("BR-" + tag, "Tỉnh Điện Biên (benchmark)", "PROVINCE", null);
        List<String> districts = new ArrayList<>();
        List<String> communes = new ArrayList<>();
        for (int d = 0; d < DISTRICTS; d++) {
            String district = "BR-" + tag + "-D" + d;
            String districtId = unit(district, "Huyện " + d, "DISTRICT", province);
            districts.add(district);
            for (int c = 0; c < COMMUNES_PER_DISTRICT; c++) {
                String commune = district + "-X" + c;
                unit(commune, "Xã " + d + "." + c, "COMMUNE", districtId);
                communes.add(commune);
            }
        }
        long loadStart = System.nanoTime();
        JsonNode imported = upload("/api/v1/cadres/import", "benchmark-reorganization.csv", cadres(communes)).expect(200).json();
        assertThat(imported.path("created").asInt()).as(imported.path("rejected").toString()).isEqualTo(CADRES);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        byte[] mapping = mapping(districts, communes);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
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
        sampler.start();

        long start = System.nanoTime();
        JsonNode draft = upload("/api/v1/reorganizations?name=benchmark-" + tag, "sap-xep-" + tag + ".csv", mapping).expect(201).json();
        long dryRun = System.nanoTime();
        assertThat(draft.path("dryRun").path("applicable").asBoolean()).as(draft.path("dryRun").path("problems").toString()).isTrue();
        assertThat(draft.path("dryRun").path("totals").path("cadresTransferred").asInt()).isEqualTo(CADRES);
        String id = draft.path("reorganizationId").asText();

        TransferCounter counter = new TransferCounter(id);
        counter.start();
        long applyStart = System.nanoTime();
        JsonNode applied = post("/api/v1/reorganizations/" + id + "/apply", Map.of(), null).expect(200).json();
        long appliedAt = System.nanoTime();
        sampling.set(false);
        sampler.join();
        JsonNode totals = applied.path("reorganization").path("outcome").path("totals");
        assertThat(totals.path("cadresTransferred").asInt()).isEqualTo(CADRES);
        assertThat(totals.path("unitsClosed").asInt()).isEqualTo(DISTRICTS * COMMUNES_PER_DISTRICT + DISTRICTS);
        long reached = counter.awaitAll(CADRES, Duration.ofMinutes(5));
        counter.stop();
        long again = System.nanoTime();
        assertThat(post("/api/v1/reorganizations/" + id + "/apply", Map.of(), null).expect(200).json()
                .path("alreadyApplied").asBoolean()).isTrue();
        double againSeconds = (System.nanoTime() - again) / 1e9;

        double drySeconds = (dryRun - start) / 1e9;
        double applySeconds = (appliedAt - applyStart) / 1e9;
        String result = String.format("""
                        | figure | value |
                        |---|---|
                        | cadres moved / units closed / units created | %,d / %d (%d communes, %d districts) / %d |
                        | mapping file (CSV) | %d rows, %.1f KB |
                        | upload: read, plan, keep the draft (dry run) | %.1f s |
                        | apply: plan again under locks, write, audit, outbox (one transaction) | %.1f s |
                        | dry run + apply | %.1f s |
                        | events written by the apply | %,d |
                        | until all %,d CadreTransferred were read from registry.cadres by a test consumer | %.1f s after the apply's reply |
                        | applying again (nothing changes) | %.2f s |
                        | heap before / peak during dry run and apply (whole JVM: broker, service, test) | %,d MB / %,d MB |
                        | setting up: 50,000 cadres imported from one CSV | %.1f s |
                        """, CADRES, totals.path("unitsClosed").asInt(), DISTRICTS * COMMUNES_PER_DISTRICT, DISTRICTS,
                totals.path("unitsCreated").asInt(), 1 + DISTRICTS + DISTRICTS * COMMUNES_PER_DISTRICT, mapping.length / 1e3,
                drySeconds, applySeconds, drySeconds + applySeconds,
                applied.path("reorganization").path("outcome").path("eventsPublished").asInt(), CADRES,
                (reached - appliedAt) / 1e9, againSeconds, baseline >> 20, peak.get() >> 20, loadSeconds);
        System.out.println("\n" + result);
        Path out = Path.of("target", "benchmark", "reorganization.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        assertThat(drySeconds + applySeconds).as("dry run + apply, aim under a minute").isLessThan(120);
    }

    private String unit(String code, String name, String level, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "level", level, "validFrom", "2020-01-01"));
        if (parentId != null) {
            body.put("parentUnitId", parentId);
        }
        return api.post("/api/v1/units", body).expect(201).json().path("unitId").asText();
    }

    /** The district level abolished; its communes merged two by two into new communes that sit under the province. */
    private byte[] mapping(List<String> districts, List<String> communes) {
        List<List<String>> rows = new ArrayList<>();
        for (String district : districts) {
            rows.add(row(MappingColumn.CHANGE, "Kết thúc cấp huyện", MappingColumn.OLD_UNIT, district));
        }
        Set<String> codes = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < communes.size(); i += 2) {
            String merged = communes.get(i) + "-M";
            String official = freeOfficialCode(codes);
            rows.add(row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.OLD_UNIT, communes.get(i), MappingColumn.NEW_UNIT, merged,
                    MappingColumn.NEW_NAME, "Xã mới " + (i / 2), MappingColumn.NEW_KIND, "Xã", MappingColumn.NEW_OFFICIAL_CODE, official));
            rows.add(row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.OLD_UNIT, communes.get(i + 1), MappingColumn.NEW_UNIT, merged));
        }
        StringBuilder csv = new StringBuilder(String.join(",", MappingColumn.headers())).append('\n');
        for (List<String> row : rows) {
            csv.append(String.join(",", row)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String freeOfficialCode(Set<String> taken) {
        while (true) {
            String code = String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            if (!taken.contains(code) && jdbc.sql("SELECT count(*) FROM unit WHERE official_code = :c").param("c", code)
                    .query(Long.class).single() == 0) {
                taken.add(code);
                return code;
            }
        }
    }

    private static List<String> row(Object... pairs) {
        String[] cells = new String[MappingColumn.values().length];
        Arrays.fill(cells, "");
        cells[MappingColumn.EFFECTIVE_DATE.ordinal()] = EFFECTIVE;
        for (int i = 0; i < pairs.length; i += 2) {
            cells[((MappingColumn) pairs[i]).ordinal()] = String.valueOf(pairs[i + 1]);
        }
        return Arrays.asList(cells);
    }

    /** 50,000 cadres, 500 a commune, serving since 2023, under a province code no cadre of this database has yet. */
    private byte[] cadres(List<String> communes) {
        String province = Arrays.stream(PROVINCES).filter(code -> jdbc.sql("SELECT count(*) FROM cadre WHERE national_id LIKE :p")
                .param("p", code + "%").query(Long.class).single() == 0).findFirst()
                .orElseThrow(() -> new IllegalStateException("Every benchmark province code is used; start with a fresh database"));
        Random random = new Random(7);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        StringBuilder csv = new StringBuilder(String.join(",", Column.headers())).append('\n');
        for (int i = 0; i < CADRES; i++) {
            boolean female = random.nextBoolean();
            LocalDate birth = LocalDate.of(1966 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String nationalId = province + (female ? "1" : "0") + String.format("%02d", birth.getYear() % 100) + String.format("%06d", i);
            csv.append(nationalId).append(',').append(female ? "Lò Thị Hương " : "Quàng Văn Minh ").append(i).append(',')
                    .append(birth.format(format)).append(',').append(female ? "Nữ" : "Nam").append(",Thái,")
                    .append(communes.get(i % communes.size()))
                    .append(",Chuyên viên,Chuyên viên,Đơn vị,Không,,Đại học,Trung cấp,Chưa có,01/03/2023\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads registry.cadres from its current end and counts the CadreTransferred events of the reorganization. */
    private static final class TransferCounter {
        private final String reorganizationId;
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong completedAt = new AtomicLong();
        private final CountDownLatch ready = new CountDownLatch(1);
        private Thread thread;

        TransferCounter(String reorganizationId) {
            this.reorganizationId = reorganizationId;
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
                List<TopicPartition> partitions = consumer.partitionsFor(Topics.CADRES.name()).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                ready.countDown();
                String type = EventTypes.CADRE_TRANSFERRED.ceType();
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        Header ce = record.headers().lastHeader("ce_type");
                        if (ce != null && type.equals(new String(ce.value(), StandardCharsets.UTF_8))) {
                            JsonNode payload = EventCodec.mapper().readTree(record.value());
                            if (reorganizationId.equals(payload.path("reorganizationId").asText()) && seen.add(record.key())
                                    && seen.size() == CADRES) {
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
            assertThat(seen).as("CadreTransferred events read").hasSize(expected);
            return completedAt.get();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
