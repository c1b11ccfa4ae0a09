package org.cadretraining.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.platform.demo.DemoCadre;
import org.cadretraining.platform.demo.DemoIdentities;
import org.cadretraining.platform.demo.DemoLoader;
import org.cadretraining.platform.demo.DemoProvince;
import org.cadretraining.platform.demo.DemoUnit;
import org.cadretraining.platform.identity.Browser;
import org.cadretraining.platform.infrastructure.ApiClient;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.kafka.common.header.Header;
import org.cadretraining.platform.infrastructure.BrokerAccess;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.junit.jupiter.api.AfterAll;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * All three services on one real broker and one real PostgreSQL, as the local platform runs them, driven only
 * through their HTTP APIs: the demo province first, then one cadre from registration to graduation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {
    private static final int DEMO_CADRES = Integer.getInteger("e2e.cadres", 300);
    private static LocalPlatform platform;
    private static DemoLoader.Loaded demo;
    private static ApiClient registry;
    private static ApiClient enrollment;
    private static ApiClient reporting;

    /** Every log line of every service in this JVM, from the start: what the trace and personal-data checks read. */
    private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
    /** The CourseGraduated record of the graduation flow, as enrollment published it. */
    private static ConsumerRecord<byte[], byte[]> graduatedRecord;
    /** What the flow registered about its cadre: none of it may appear in a log line. */
    private static final List<String> FLOW_PERSONAL_DATA = new java.util.ArrayList<>();

    @BeforeAll
    static void start() throws java.io.IOException {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LOGS.setContext(root.getLoggerContext());
        LOGS.start();
        root.addAppender(LOGS);
        LocalPlatform.prepareDirectory(Path.of("target/e2e"), true);
        platform = new LocalPlatform(new LocalPlatform.Settings(Path.of("target/e2e"), 0, 0,
                FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(),
                FreePorts.next(), DEMO_CADRES));
        platform.start();
        demo = platform.loadDemo(DEMO_CADRES);
        // The administrator, signed in at the embedded provider like anyone else.
        String admin = platform.signIn(DemoIdentities.ADMINISTRATOR);
        registry = new ApiClient(platform.registryUrl()).withToken(admin);
        enrollment = new ApiClient(platform.enrollmentUrl()).withToken(admin);
        reporting = new ApiClient(platform.reportingUrl()).withToken(admin);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(LOGS);
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theDemoProvinceIsReportedWithItsBreakdowns() {
        JsonNode province = reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress").expect(200).json();
        assertThat(province.path("headcount").asInt()).isEqualTo(DEMO_CADRES);
        // Summed over every unit ever in the province: a closed district stays a leaf with nobody in it, so that the
        // class seats it took while it existed still add up.
        assertThat(province.path("unitsIncluded").asInt()).isEqualTo(demo.units());
        long demoUnitsToday = 0;
        for (JsonNode unit : reporting.get("/api/v1/units").expect(200).json()) {
            demoUnitsToday += demo.unitIds().containsValue(unit.path("unitId").asText()) ? 1 : 0;
        }
        assertThat(demoUnitsToday).as("today's tree").isEqualTo(demo.unitsToday());
        JsonNode politicalTheory = province.path("politicalTheory");
        assertThat(List.of("NONE", "ELEMENTARY", "INTERMEDIATE", "ADVANCED"))
                .allSatisfy(level -> assertThat(politicalTheory.path(level).asInt()).as(level).isPositive());
        assertThat(province.path("women").asInt()).isBetween(1, DEMO_CADRES - 1);
        assertThat(province.path("ethnicMinority").asInt()).isBetween(1, DEMO_CADRES - 1);
        assertThat(province.path("studyingNow").path("total").asInt()).isPositive();
        for (String level : List.of("PROVINCE", "COMMUNE")) {
            assertThat(province.path("byUnitLevel").path(level).asInt()).as(level).isPositive();
        }
        assertThat(province.path("byUnitLevel").path("DISTRICT").asInt()).as("no district since 1 July 2025").isZero();
        // (The Political School, a public service unit, has no cadres in the demo.)
        for (String kind : List.of("PROVINCE", "STATE_AGENCY", "PARTY_COMMITTEE_ORGAN", "AGENCY_PARTY_BLOC", "WARD", "COMMUNE")) {
            assertThat(province.path("byUnitKind").path(kind).asInt()).as(kind).isPositive();
        }
        assertThat(province.path("byUnitKind").path("DISTRICT").asInt()).isZero();
        long byKind = 0;
        for (JsonNode n : province.path("byUnitKind")) {
            byKind += n.asLong();
        }
        assertThat(byKind).as("every cadre in one kind").isEqualTo(DEMO_CADRES);
        // Every graduation of the demo reached the registry and came back to reporting as a level.
        assertThat(demo.graduations()).isPositive();
        assertThat(province.path("studyingNow").path("total").asInt()).isEqualTo(demo.studying());
    }

    /**
     * The demo's history: Điện Biên with its districts until 30 June 2025, two tiers from 1 July. As of the end of 2024
     * the figures are those the generated province gives for that day (who served then, in which unit, with the levels
     * they held then); a unit created by the merger counts, before it, what its predecessors counted.
     */
    @Test
    void theDemoProvinceAsOfTheEndOf2024HasItsDistrictsAndTheSamePeopleMoveToTheNewUnits() {
        LocalDate endOf2024 = LocalDate.of(2024, 12, 31);
        DemoProvince generated = demo.province();
        List<DemoCadre> serving = generated.cadres().stream().filter(c -> !c.servingSince().isAfter(endOf2024)).toList();
        assertThat(serving.size()).as("some began in 2025").isLessThan(DEMO_CADRES).isGreaterThan(DEMO_CADRES / 2);
        Map<String, DemoUnit> units = new java.util.HashMap<>();
        generated.units().forEach(u -> units.put(u.code(), u));

        JsonNode then = reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress?asOf=2024-12-31").expect(200).json();
        assertThat(then.path("asOfDate").asText()).isEqualTo("2024-12-31");
        assertThat(then.path("headcount").asLong()).isEqualTo(serving.size());
        assertThat(then.path("unitsIncluded").asInt()).as("the tree of 2024 and the Political School").isEqualTo(generated.units().size() + 1);
        assertThat(then.path("byUnitLevel").path("DISTRICT").asLong()).isEqualTo(serving.stream()
                .filter(c -> units.get(c.unitCode()).level() == org.cadretraining.events.vocabulary.UnitLevel.DISTRICT).count());
        assertThat(then.path("byUnitKind").path("DISTRICT").asLong()).isPositive();
        assertThat(then.path("byUnitKind").path("WARD").asLong()).isPositive();
        // Levels as they were held that day: a qualification awarded in 2025 does not count yet.
        for (String level : List.of("INTERMEDIATE", "ADVANCED")) {
            long held = serving.stream().filter(c -> level.equals(highestOn(c, Ladder.POLITICAL_THEORY, endOf2024))).count();
            assertThat(then.path("politicalTheory").path(level).asLong()).as("political theory %s on 31/12/2024", level).isEqualTo(held);
        }

        // A district of that day, with its communes.
        String muongCha = demo.unitIds().get("DB-MC");
        JsonNode district = reporting.get("/api/v1/units/" + muongCha + "/progress?asOf=2024-12-31").expect(200).json();
        assertThat(district.path("headcount").asLong()).isEqualTo(serving.stream()
                .filter(c -> c.unitCode().equals("DB-MC") || "DB-MC".equals(units.get(c.unitCode()).parentCode())).count());

        // Phường Điện Biên Phủ before it existed: what Him Lam and Noong Bua counted; today, their people and a share of
        // the city's staff, each moved by the registry as a transfer naming the reorganization.
        String dienBienPhu = demo.unitIds().get("DB-PDBP");
        JsonNode merged = reporting.get("/api/v1/units/" + dienBienPhu + "/progress?asOf=2024-12-31").expect(200).json();
        long himLamAndNoongBua = serving.stream().filter(c -> List.of("DB-DBP-P01", "DB-DBP-P03").contains(c.unitCode())).count();
        assertThat(merged.path("headcount").asLong()).isEqualTo(himLamAndNoongBua).isPositive();
        assertThat(merged.path("measuredOver").toString()).contains(demo.unitIds().get("DB-DBP-P01"), demo.unitIds().get("DB-DBP-P03"));
        Map<String, String> unitToday = generated.unitsTodayOfCadres();
        JsonNode now = reporting.get("/api/v1/units/" + dienBienPhu + "/progress").expect(200).json();
        assertThat(now.path("headcount").asLong()).isEqualTo(unitToday.values().stream().filter("DB-PDBP"::equals).count());

        // The registry moved each of them, in one transaction, by a transfer naming the reorganization; enrollment's
        // replica followed.
        JsonNode inDienBienPhu = registry.get("/api/v1/cadres?unitId=" + dienBienPhu + "&size=200").expect(200).json();
        assertThat(inDienBienPhu.path("totalItems").asLong()).isEqualTo(now.path("headcount").asLong());
        String cadreId = inDienBienPhu.path("items").get(0).path("cadreId").asText();
        assertThat(enrollment.get("/api/v1/cadres/" + cadreId).expect(200).json().path("unitId").asText()).isEqualTo(dienBienPhu);
        assertThat(registry.get("/api/v1/cadres/" + cadreId + "/history").expect(200).json().toString())
                .contains("theo Sắp xếp đơn vị hành chính cấp xã");

        // As of today is the live figure.
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        JsonNode live = reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress").expect(200).json();
        JsonNode asOfToday = reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress?asOf=" + today).expect(200).json();
        for (String figure : List.of("headcount", "women", "ethnicMinority", "politicalTheory", "professional", "byUnitKind")) {
            assertThat(asOfToday.path(figure)).as(figure).isEqualTo(live.path(figure));
        }
    }

    /** The highest level on a ladder a generated cadre held at the end of {@code day}; NONE before any. */
    private static String highestOn(DemoCadre cadre, Ladder ladder, LocalDate day) {
        return cadre.qualifications().stream()
                .filter(q -> q.ladder() == ladder && q.awardedOn() != null && !q.awardedOn().isAfter(day))
                .map(q -> q.level())
                .max(java.util.Comparator.comparingInt(ladder::rank))
                .orElse("NONE");
    }

    @Test
    void theDemoPlanIsApprovedAndReportedAsEnrollmentCountsIt() {
        JsonNode plan = enrollment.get("/api/v1/plans/" + demo.planId()).expect(200).json();
        assertThat(plan.path("status").asText()).isEqualTo("APPROVED");
        assertThat(plan.path("year").asInt()).isEqualTo(demo.planYear());
        assertThat(plan.path("name").asText()).isEqualTo(demo.planName());
        assertThat(plan.path("quotaRatio").path("met").asBoolean()).as(plan.path("quotaRatio").toString()).isTrue();
        assertThat(plan.path("filledRatio").path("met").asBoolean()).as(plan.path("filledRatio").toString()).isTrue();
        assertThat(plan.path("quotaRatio").path("concentrated").asLong()).isPositive();
        long quota = 0;
        long filled = 0;
        for (JsonNode line : plan.path("lines")) {
            quota += line.path("quota").asLong();
            filled += line.path("filled").asLong();
            assertThat(line.path("allocated").asLong()).as("all of a quota is shared out").isEqualTo(line.path("quota").asLong());
            assertThat(line.path("filled").asLong()).isPositive().isLessThanOrEqualTo(line.path("quota").asLong());
        }
        assertThat(quota).isEqualTo(demo.planQuota());
        assertThat(filled).isEqualTo(demo.planSent()).isLessThan(quota);

        // Reporting counts the same seats from the events alone: per program and mode, and per unit.
        JsonNode fulfilment = reporting.get("/api/v1/plans/" + demo.planId() + "/fulfilment").expect(200).json();
        assertThat(fulfilment.path("name").asText()).isEqualTo(demo.planName());
        assertThat(fulfilment.path("quota").asLong()).isEqualTo(quota);
        assertThat(fulfilment.path("sent").asLong()).isEqualTo(filled);
        assertThat(fulfilment.path("quotas").size()).isEqualTo(plan.path("lines").size());
        boolean aUnitStillToSend = false;
        for (JsonNode line : plan.path("lines")) {
            JsonNode reported = null;
            for (JsonNode q : fulfilment.path("quotas")) {
                if (q.path("programId").asText().equals(line.path("programId").asText())
                        && q.path("mode").asText().equals(line.path("mode").asText())) {
                    reported = q;
                }
            }
            assertThat(reported).as("quota %s %s reported", line.path("programId"), line.path("mode")).isNotNull();
            assertThat(reported.path("quota").asLong()).isEqualTo(line.path("quota").asLong());
            assertThat(reported.path("sent").asLong()).isEqualTo(line.path("filled").asLong());
            long unitsSent = 0;
            long unitsAllocated = 0;
            for (JsonNode unit : reported.path("units")) {
                assertThat(unit.path("unitName").asText()).isNotBlank();
                assertThat(unit.path("sent").asLong()).isLessThanOrEqualTo(unit.path("allocated").asLong());
                unitsSent += unit.path("sent").asLong();
                unitsAllocated += unit.path("allocated").asLong();
                aUnitStillToSend |= unit.path("sent").asLong() < unit.path("allocated").asLong();
            }
            assertThat(unitsSent).isEqualTo(reported.path("sent").asLong());
            assertThat(unitsAllocated).isEqualTo(reported.path("quota").asLong());
        }
        assertThat(aUnitStillToSend).isTrue();
    }

    @Test
    void aCadreWhoDropsOutOfAPlanClassIsStillSentInEnrollmentAndInReporting() {
        String enrollmentId = demo.planEnrollmentIds().get(0);
        JsonNode seat = enrollment.get("/api/v1/enrollments/" + enrollmentId).expect(200).json();
        JsonNode klass = enrollment.get("/api/v1/classes/" + seat.path("classId").asText()).expect(200).json();
        String programId = klass.path("programId").asText();
        String mode = klass.path("mode").asText();
        long filledBefore = filled(programId, mode);
        long sentBefore = reportedSent(programId, mode);
        assertThat(sentBefore).isEqualTo(filledBefore);

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        enrollment.post("/api/v1/enrollments/" + enrollmentId + "/result", Map.of("outcome", "DROPPED_OUT", "on", today)).expect(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode record = reporting.get("/api/v1/cadres/" + seat.path("cadreId").asText() + "/record").expect(200).json();
            assertThat(record.path("currentEnrollments").findValuesAsString("enrollmentId")).doesNotContain(enrollmentId);
        });
        // Both services count the drop-out as sent, and so agree.
        assertThat(filled(programId, mode)).isEqualTo(filledBefore);
        assertThat(reportedSent(programId, mode)).isEqualTo(filledBefore);
    }

    /** Enrollment's count of the plan's seats filled for the program and mode. */
    private static long filled(String programId, String mode) {
        for (JsonNode line : enrollment.get("/api/v1/plans/" + demo.planId()).expect(200).json().path("lines")) {
            if (line.path("programId").asText().equals(programId) && line.path("mode").asText().equals(mode)) {
                return line.path("filled").asLong();
            }
        }
        throw new AssertionError("no plan line for " + programId + " " + mode);
    }

    /** Reporting's count of the cadres sent under the plan for the program and mode. */
    private static long reportedSent(String programId, String mode) {
        for (JsonNode quota : reporting.get("/api/v1/plans/" + demo.planId() + "/fulfilment").expect(200).json().path("quotas")) {
            if (quota.path("programId").asText().equals(programId) && quota.path("mode").asText().equals(mode)) {
                return quota.path("sent").asLong();
            }
        }
        throw new AssertionError("no reported quota for " + programId + " " + mode);
    }

    @Test
    void aCadreGoesFromRegistrationToGraduationThroughAllThreeServices() {
        // A province of its own, so that this test and the demo's figures do not depend on each other.
        String province = registry.post("/api/v1/units", Map.of("code", "LC-" + suffix(), "name", "Tỉnh Lai Châu",
                "level", "PROVINCE")).expect(201).json().path("unitId").asText();
        String district = registry.post("/api/v1/units", Map.of("code", "E2E-" + suffix(), "name", "Huyện Mường Tè",
                "level", "DISTRICT", "parentUnitId", province)).expect(201).json().path("unitId").asText();
        String nationalId = "011195" + String.format("%06d", (int) (Math.random() * 999_999));
        FLOW_PERSONAL_DATA.addAll(List.of(nationalId, "Quàng Thị Mai", "1995-08-19"));
        String cadreId = registry.post("/api/v1/cadres", Map.of("nationalId", nationalId,
                "fullName", "Quàng Thị Mai", "birthDate", "1995-08-19", "gender", "FEMALE", "ethnicity", "THAI",
                "unitId", district, "position", "Chuyên viên", "rank", "SPECIALIST", "managementTier", "UNIT",
                "qualifications", List.of(Map.of("ladder", "PROFESSIONAL", "level", "UNIVERSITY"))))
                .expect(201).json().path("cadreId").asText();

        // The enrollment service learns of the cadre from the registry's event.
        await().atMost(Duration.ofSeconds(60)).until(() -> enrollment.get("/api/v1/cadres/" + cadreId).status() == 200);

        String programId = enrollment.post("/api/v1/programs", Map.of("code", "LLCT-TC-" + suffix(),
                "name", "Trung cấp lý luận chính trị – hành chính", "kind", "DEGREE", "category", "POLITICAL_THEORY",
                "confers", Map.of("ladder", "POLITICAL_THEORY", "level", "INTERMEDIATE"))).expect(201).json().path("programId").asText();
        String classId = enrollment.post("/api/v1/classes", Map.of("programId", programId, "provider", "Trường Chính trị tỉnh Điện Biên",
                "cohort", "Khóa 14", "mode", "IN_SERVICE", "startDate", "2026-01-05", "endDate", "2026-10-30",
                "capacity", 70, "fundingSource", "STATE_BUDGET")).expect(201).json().path("classId").asText();
        String enrollmentId = enrollment.post("/api/v1/enrollments", Map.of("cadreId", cadreId, "classId", classId))
                .expect(201).json().path("enrollmentId").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode unit = reporting.get("/api/v1/units/" + district + "/progress").expect(200).json();
            assertThat(unit.path("headcount").asInt()).isEqualTo(1);
            assertThat(unit.path("studyingNow").path("total").asInt()).isEqualTo(1);
            assertThat(unit.path("studyingNow").path("byCategory").path("POLITICAL_THEORY").asInt()).isEqualTo(1);
        });

        // The graduation is recorded in a trace the caller started (W3C traceparent), as a gateway or a browser would.
        String traceId = hex(32);
        String callerSpan = hex(16);
        enrollment.withHeader("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .post("/api/v1/enrollments/" + enrollmentId + "/graduation",
                        Map.of("certificateNumber", "TC-14-001", "graduatedOn", "2026-10-30")).expect(200);

        // The registry records the conferred level, without anyone typing it in.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode cadre = registry.get("/api/v1/cadres/" + cadreId).expect(200).json();
            assertThat(cadre.path("levels").path("politicalTheory").asText()).isEqualTo("INTERMEDIATE");
            assertThat(cadre.path("qualifications").findValuesAsString("source")).contains("GRADUATION");
        });
        // One trace from the request to the registry's update: the event enrollment published carries it...
        graduatedRecord = recordOn("enrollment.enrollments", "org.cadretraining.enrollment.CourseGraduated.v1", enrollmentId);
        String traceparent = header(graduatedRecord, "traceparent");
        assertThat(traceparent).as("the event's traceparent").matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .as("a span of enrollment's, below the caller's").doesNotContain(callerSpan);
        // ...and the registry applied it in that trace: its log line, and its inbox row, name the caller's trace id.
        ILoggingEvent applied = await().atMost(Duration.ofSeconds(10)).until(
                () -> logged(e -> e.getFormattedMessage().startsWith("Graduation recorded: enrollment " + enrollmentId)),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(applied.getMDCPropertyMap().get("traceId")).as("the registry's trace id").isEqualTo(traceId);
        assertThat(applied.getMDCPropertyMap().get("spanId")).isNotBlank().isNotEqualTo(callerSpan);
        // And reporting shows it: the level counted, the study closed, in the unit and in the province rollup.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode unit = reporting.get("/api/v1/units/" + district + "/progress").expect(200).json();
            assertThat(unit.path("politicalTheory").path("INTERMEDIATE").asInt()).isEqualTo(1);
            assertThat(unit.path("politicalTheory").path("NONE").asInt()).isZero();
            assertThat(unit.path("studyingNow").path("total").asInt()).isZero();
        });
        JsonNode rollup = reporting.get("/api/v1/units/" + province + "/progress").expect(200).json();
        assertThat(rollup.path("headcount").asInt()).isEqualTo(1);
        assertThat(rollup.path("politicalTheory").path("INTERMEDIATE").asInt()).isEqualTo(1);
        assertThat(rollup.path("byUnitLevel").path("DISTRICT").asInt()).isEqualTo(1);
        // The record is personal: the province's organization board official sees it once granted the province.
        String official = "hoso.laichau." + suffix().toLowerCase();
        ApiClient viewer = new ApiClient(platform.reportingUrl()).withToken(platform.signIn(official, platform.addUser(official)));
        assertThat(viewer.get("/api/v1/cadres/" + cadreId + "/record").status()).isEqualTo(403);
        registry.post("/api/v1/access/grants", Map.of("subject", official, "role", "RECORD_VIEWER", "unitId", province)).expect(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> viewer.get("/api/v1/cadres/" + cadreId + "/record").status() == 200);
        JsonNode record = viewer.get("/api/v1/cadres/" + cadreId + "/record").expect(200).json();
        assertThat(record.path("levels").path("politicalTheory").asText()).isEqualTo("INTERMEDIATE");
        assertThat(record.path("graduations").findValuesAsString("enrollmentId")).containsExactly(enrollmentId);
        assertThat(record.path("currentEnrollments").size()).isZero();
    }

    @Test
    void aGrantTakesEffectInEveryServiceWithinSecondsAndSoDoesItsRevocation() {
        String user = "can.bo.muong.te." + suffix().toLowerCase();
        String token = platform.signIn(user, platform.addUser(user));
        ApiClient asUser = new ApiClient(platform.registryUrl()).withToken(token);
        ApiClient inEnrollment = new ApiClient(platform.enrollmentUrl()).withToken(token);
        ApiClient inReporting = new ApiClient(platform.reportingUrl()).withToken(token);
        String province = demo.provinceUnitId();
        // Signed in, but no grant: every service refuses, with a problem saying why.
        assertThat(asUser.get("/api/v1/units").status()).isEqualTo(403);
        assertThat(inEnrollment.get("/api/v1/programs").status()).isEqualTo(403);
        assertThat(inReporting.get("/api/v1/units/" + province + "/progress").status()).isEqualTo(403);

        JsonNode reportGrant = registry.post("/api/v1/access/grants", Map.of("subject", user, "role", "REPORT_VIEWER",
                "unitId", province)).expect(201).json();
        JsonNode trainingGrant = registry.post("/api/v1/access/grants", Map.of("subject", user, "role", "TRAINING_OFFICER",
                "unitId", province)).expect(201).json();
        long granted = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(inReporting.get("/api/v1/units/" + province + "/progress").status()).isEqualTo(200);
            assertThat(inEnrollment.get("/api/v1/programs").status()).isEqualTo(200);
            assertThat(asUser.get("/api/v1/units").status()).isEqualTo(200);
        });
        System.out.printf("Grant effective in every service after %d ms%n", Duration.ofNanos(System.nanoTime() - granted).toMillis());
        // What the grants do not give stays refused: the register's personal data, writing plans elsewhere.
        assertThat(asUser.get("/api/v1/cadres?unitId=" + province).status()).isEqualTo(403);

        registry.delete("/api/v1/access/grants/" + reportGrant.path("grantId").asText()).expect(204);
        registry.delete("/api/v1/access/grants/" + trainingGrant.path("grantId").asText()).expect(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(inReporting.get("/api/v1/units/" + province + "/progress").status()).isEqualTo(403);
            assertThat(inEnrollment.get("/api/v1/programs").status()).isEqualTo(403);
        });
    }

    @Test
    void theWebConsoleSignsAnOfficialInAndRelaysTheirTokenToTheServices() {
        Browser browser = new Browser();
        var page = browser.signIn(platform.webUrl() + "/", "baocao.tinh", DemoIdentities.password());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(browser.cookie("CTP_SESSION")).isPresent();
        var progress = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.webUrl()
                + "/reporting/api/v1/units/" + demo.provinceUnitId() + "/progress")).header("Accept", "application/json"));
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json().readTree(progress.body()).path("headcount").asInt()).isEqualTo(DEMO_CADRES);
        var me = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.webUrl()
                + "/registry/api/v1/access/me")).header("Accept", "application/json"));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json().readTree(me.body()).path("subject").asText()).isEqualTo("baocao.tinh");
        // A report viewer's token opens no personal record, whichever way it comes.
        var record = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.webUrl()
                + "/registry/api/v1/cadres?unitId=" + demo.provinceUnitId())).header("Accept", "application/json"));
        assertThat(record.statusCode()).isEqualTo(403);
    }

    /**
     * After the flows: each service's /actuator/prometheus (OPERATIONS, which the administrator holds) shows the business
     * meters with the figures the flows give them; a redelivered event counts as a duplicate and one that cannot be
     * applied as dead-lettered; and the Grafana dashboard asks only for series the services expose.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void prometheusShowsTheBusinessMetersAndTheDashboardReadsOnlyWhatIsExposed() throws Exception {
        assertThat(graduatedRecord).as("the graduation flow ran first").isNotNull();
        // The metrics are operations data: refused to an anonymous caller and to a signed-in official without OPERATIONS.
        String official = "xem.so.lieu." + suffix().toLowerCase();
        String token = platform.signIn(official, platform.addUser(official));
        for (String service : List.of(platform.registryUrl(), platform.enrollmentUrl(), platform.reportingUrl())) {
            assertThat(new ApiClient(service).get("/actuator/prometheus").status()).as(service + " anonymous").isEqualTo(401);
            assertThat(new ApiClient(service).withToken(token).get("/actuator/prometheus").status()).as(service + " no grant").isEqualTo(403);
        }
        Scrape registryBefore = scrape(registry);
        double duplicatesBefore = registryBefore.find("cadre_events_applied_total", "consumer", GRADUATIONS, "type", "CourseGraduated", "outcome", "duplicate")
                .stream().mapToDouble(Scrape.Series::value).sum();
        double deadBefore = registryBefore.find("cadre_events_applied_total", "consumer", GRADUATIONS, "type", "CourseGraduated", "outcome", "dead-lettered")
                .stream().mapToDouble(Scrape.Series::value).sum();
        // The graduation again, as the relay sends an event again after a crash (same ce_id): the inbox drops it.
        // And a graduation of a cadre the registry does not know: retried, then dead-lettered.
        // As enrollment, the topic's only writer: the broker refuses anyone else.
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(platform.kafkaClient("enrollment-service"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(graduatedRecord.topic(), null, graduatedRecord.key(), graduatedRecord.value(),
                    graduatedRecord.headers())).get();
            String stranger = UUID.randomUUID().toString();
            var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
            for (Header h : graduatedRecord.headers()) {
                headers.add(h.key(), h.key().equals("ce_id") ? UUID.randomUUID().toString().getBytes() : h.value());
            }
            String payload = new String(graduatedRecord.value(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace(new String(graduatedRecord.key(), java.nio.charset.StandardCharsets.UTF_8), stranger);
            producer.send(new ProducerRecord<>(graduatedRecord.topic(), null, stranger.getBytes(),
                    payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers)).get();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Scrape now = scrape(registry);
            assertThat(now.sum("cadre_events_applied_total", "consumer", GRADUATIONS, "type", "CourseGraduated", "outcome", "duplicate"))
                    .isEqualTo(duplicatesBefore + 1);
            assertThat(now.sum("cadre_events_applied_total", "consumer", GRADUATIONS, "type", "CourseGraduated", "outcome", "dead-lettered"))
                    .isEqualTo(deadBefore + 1);
        });

        Scrape registryNow = scrape(registry);
        Scrape enrollmentNow = scrape(enrollment);
        Scrape reportingNow = scrape(reporting);
        // Events applied: every graduation of the demo and of the flow reached the registry; every cadre the
        // registry registered reached enrollment's replica.
        assertThat(registryNow.sum("cadre_events_applied_total", "application", "cadre-registry-service",
                "consumer", GRADUATIONS, "topic", "enrollment.enrollments", "type", "CourseGraduated", "outcome", "applied"))
                .isGreaterThanOrEqualTo(demo.graduations() + 1);
        assertThat(enrollmentNow.sum("cadre_events_applied_total", "application", "enrollment-service",
                "consumer", "enrollment-service.cadre-replica", "topic", "registry.cadres", "type", "CadreRegistered",
                "outcome", "applied")).isGreaterThanOrEqualTo(DEMO_CADRES + 1);
        // The outboxes drain: nothing waits once the relays have caught up.
        for (ApiClient service : List.of(registry, enrollment)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Scrape now = scrape(service);
                assertThat(now.sum("cadre_outbox_backlog")).isZero();
                assertThat(now.sum("cadre_outbox_oldest_age_seconds")).isZero();
            });
        }
        // Consumer lag, per group and topic, as the broker tells it: caught up.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(scrape(registry).sum("cadre_consumer_lag", "group", "cadre-registry-service", "topic", "enrollment.enrollments")).isZero();
            assertThat(scrape(enrollment).sum("cadre_consumer_lag", "group", "enrollment-service", "topic", "registry.cadres")).isZero();
            assertThat(scrape(reporting).sum("cadre_consumer_lag", "group", "reporting-progress", "topic", "enrollment.enrollments")).isZero();
        });
        // Each view's age: the progress views applied the flow's events moments ago; every store the queries read has one.
        assertThat(reportingNow.find("cadre_view_age_seconds")).extracting(s -> s.labels().get("store"))
                .contains("cadre-progress", "unit-progress", "target-progress", "class-views", "plan-views", "reference");
        assertThat(reportingNow.sum("cadre_view_age_seconds", "store", "cadre-progress"))
                .as("the graduation flow and the stranger's graduation just moved it").isLessThan(60);
        // Consumed events are timed, in their consumer's trace.
        assertThat(registryNow.sum("cadre_events_consumed_seconds_count", "consumer", GRADUATIONS)).isPositive();

        // The dashboard: every expression names series the services expose, so that it cannot drift from them.
        java.util.Set<String> exposed = new java.util.TreeSet<>();
        for (Scrape s : List.of(registryNow, enrollmentNow, reportingNow)) {
            exposed.addAll(s.names());
        }
        List<String> queried = GrafanaDashboard.metricNames(Path.of("../../ops/grafana/cadre-training.json"));
        assertThat(queried).as("series the dashboard queries").isNotEmpty()
                .contains("cadre_events_applied_total", "cadre_consumer_lag", "cadre_outbox_backlog", "cadre_view_age_seconds");
        assertThat(exposed).as("series the services expose").containsAll(queried);
    }

    /**
     * After the flows: no log line of any service (message, arguments, stack traces, MDC) holds the flow's cadre's
     * name, birth date or citizen ID, nor the full name of any demo cadre, though the registry stored them all.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void noLogLineCarriesPersonalData() {
        assertThat(FLOW_PERSONAL_DATA).as("the graduation flow ran first").isNotEmpty();
        List<String> forbidden = new java.util.ArrayList<>(FLOW_PERSONAL_DATA);
        demo.province().cadres().forEach(c -> forbidden.add(c.fullName()));
        List<ILoggingEvent> lines = logs();
        assertThat(lines).as("log lines captured").hasSizeGreaterThan(100);
        for (ILoggingEvent line : lines) {
            StringBuilder text = new StringBuilder(line.getFormattedMessage()).append(line.getMDCPropertyMap());
            for (var t = line.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(' ').append(t.getMessage());
            }
            String all = text.toString();
            for (String personal : forbidden) {
                assertThat(all).as("log line of %s", line.getLoggerName()).doesNotContain(personal);
            }
        }
    }

    /** The registry's consumer of graduations (GraduationListener.CONSUMER). */
    private static final String GRADUATIONS = "cadre-registry-service.graduations";

    private static Scrape scrape(ApiClient service) {
        // The text exposition format (ApiClient asks for JSON by default).
        return Scrape.parse(service.withHeader("Accept", "text/plain;version=0.0.4").get("/actuator/prometheus").expect(200).body());
    }

    private static List<ILoggingEvent> logs() {
        synchronized (LOGS) {
            return List.copyOf(LOGS.list);
        }
    }

    private static java.util.Optional<ILoggingEvent> logged(java.util.function.Predicate<ILoggingEvent> which) {
        return logs().stream().filter(which).findFirst();
    }

    /** The record of that type on the topic whose payload names {@code id}. */
    private static ConsumerRecord<byte[], byte[]> recordOn(String topic, String ceType, String id) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(platform.kafkaAdmin(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (ceType.equals(header(record, "ce_type"))
                            && new String(record.value(), java.nio.charset.StandardCharsets.UTF_8).contains(id)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No " + ceType + " naming " + id + " on " + topic);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String hex(int digits) {
        StringBuilder hex = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (hex.length() < digits) {
            hex.append(Integer.toHexString(random.nextInt(16)));
        }
        return hex.toString();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /**
     * The broker authenticates each client and refuses what its ACLs do not allow: a service writing a topic another
     * service owns is refused, whatever it may read there. The services' own writes are what every flow above relies on.
     */
    @Test
    void theBrokerRefusesAServiceWritingAnotherServicesTopic() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Infrastructure.kafka().authorizesByPrincipal(),
                "an external broker's ACLs are its operator's");
        assertThat(refusalOf(platform.kafkaClient(BrokerAccess.ENROLLMENT.principal()), Topics.CADRES.name()))
                .as("enrollment-service writing registry.cadres").isInstanceOf(TopicAuthorizationException.class);
        assertThat(refusalOf(platform.kafkaClient(BrokerAccess.REGISTRY.principal()), Topics.ENROLLMENTS.name()))
                .as("cadre-registry-service writing enrollment.enrollments").isInstanceOf(TopicAuthorizationException.class);
        assertThat(refusalOf(platform.kafkaClient(BrokerAccess.REPORTING.principal()), Topics.UNITS.name()))
                .as("reporting-service writing registry.units").isInstanceOf(TopicAuthorizationException.class);
    }

    /**
     * An agency reads the agency feed and nothing else, and writes nowhere: not the feed, not an internal topic. Only
     * the linking agency reads the linkage feed, and an agency reads in its own consumer groups only.
     */
    @Test
    void anAgencyReadsTheAgencyFeedOnlyAndWritesNowhere() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Infrastructure.kafka().authorizesByPrincipal(),
                "an external broker's ACLs are its operator's");
        BrokerAccess.Agency statistics = LocalPlatform.AGENCIES.stream().filter(agency -> !agency.links()).findFirst().orElseThrow();
        Map<String, Object> agency = platform.kafkaClient(statistics.principal());
        for (String topic : List.of(Topics.AGENCY_CADRES.name(), Topics.AGENCY_UNITS.name(), Topics.CADRES.name(),
                Topics.ACCESS_GRANTS.name())) {
            assertThat(refusalOf(agency, topic)).as(statistics.principal() + " writing " + topic)
                    .isInstanceOf(TopicAuthorizationException.class);
        }
        // It reads the feed: the demo province's units are there.
        assertThat(firstRecords(agency, null, Topics.AGENCY_UNITS.name())).as("agency.units as " + statistics.principal()).isNotEmpty();
        for (String topic : List.of(Topics.CADRES.name(), Topics.ENROLLMENTS.name(), Topics.LINKAGE_CADRES.name())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> firstRecords(agency, null, topic))
                    .as(statistics.principal() + " reading " + topic).isInstanceOf(TopicAuthorizationException.class);
        }
        // Another agency's consumer group is not its own.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> firstRecords(agency, NATIONAL_DB.groupPrefix() + "feed",
                Topics.AGENCY_UNITS.name())).isInstanceOf(org.apache.kafka.common.errors.GroupAuthorizationException.class);
        // The linking agency reads the linkage feed (the demo's cadres are linked under this data directory's key).
        assertThat(firstRecords(platform.kafkaClient(NATIONAL_DB.principal()), null, Topics.LINKAGE_CADRES.name()))
                .as("linkage.cadres as the linking agency").isNotEmpty();
    }

    /**
     * Every topic of the catalogue has the retention policy it states (the event store keeps everything, the feeds are
     * compacted), and a dead-letter topic a finite one: read back from the broker, as an operator would check it.
     */
    @Test
    void everyTopicHasItsStatedRetentionPolicy() throws Exception {
        List<String> deadLetters = List.of(Topics.CADRES.deadLetter("enrollment-service"),
                Topics.ENROLLMENTS.deadLetter("cadre-registry-service"), Topics.ENROLLMENTS.deadLetter("reporting-service"));
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(platform.kafkaAdmin())) {
            List<org.apache.kafka.common.config.ConfigResource> resources = new java.util.ArrayList<>();
            Topics.all().forEach(topic -> resources.add(new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic.name())));
            deadLetters.forEach(name -> resources.add(new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, name)));
            var configs = admin.describeConfigs(resources).all().get();
            for (org.cadretraining.events.Topic topic : Topics.all()) {
                var config = configs.get(new org.apache.kafka.common.config.ConfigResource(
                        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic.name()));
                topic.config().forEach((key, value) -> assertThat(config.get(key).value()).as(topic.name() + " " + key).isEqualTo(value));
            }
            assertThat(configs.get(new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC,
                    Topics.CADRES.name())).get("retention.ms").value()).as("the event store").isEqualTo("-1");
            for (String name : deadLetters) {
                var config = configs.get(new org.apache.kafka.common.config.ConfigResource(
                        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, name));
                assertThat(config.get("retention.ms").value()).as(name)
                        .isEqualTo(Long.toString(Topics.DEAD_LETTER_RETENTION.toMillis()));
            }
        }
    }

    private static final BrokerAccess.Agency NATIONAL_DB = LocalPlatform.AGENCIES.stream().filter(BrokerAccess.Agency::links)
            .findFirst().orElseThrow();

    /** Why the broker did not take a record on {@code topic} from this client; null when it took it. */
    private static Throwable refusalOf(Map<String, Object> client, String topic) {
        Map<String, Object> config = new java.util.HashMap<>(client);
        // Not idempotent: a principal that may write nowhere would be refused the producer id first, for the cluster.
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "refused", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .get(30, java.util.concurrent.TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }

    /**
     * The first records read from the start of {@code topic}'s partitions as this client: in {@code group} by
     * subscription, or without a group by assignment.
     */
    private static List<ConsumerRecord<String, byte[]>> firstRecords(Map<String, Object> client, String group, String topic) {
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            if (group != null) {
                consumer.subscribe(List.of(topic));
            } else {
                List<TopicPartition> partitions = java.util.stream.IntStream.range(0, Topics.DEFAULT_PARTITIONS)
                        .mapToObj(p -> new TopicPartition(topic, p)).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
            }
            List<ConsumerRecord<String, byte[]>> records = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    /**
     * Last, once the flows above have run: every event they made the services emit, read back from the topics, passes
     * its published schema in an independent validator, as an agency that validates what it reads would require.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void everyEventTheFlowsEmittedValidatesAgainstItsPublishedSchema() {
        PublishedSchemas.Check check = new PublishedSchemas().everyEventOn(platform.kafkaAdmin());
        System.out.println("Events read back and validated, by type: " + check.eventsByType());
        assertThat(check.failures()).as("events that fail their published schema (first 50)").isEmpty();
        assertThat(check.eventsByType().keySet()).as("the types the demo and the flows above emit").containsAll(FLOW_TYPES);
        assertThat(check.events()).as("events read").isGreaterThan(DEMO_CADRES);
    }

    /**
     * A CourseGraduated that names a source other than enrollment, the only writer of enrollment.enrollments, is
     * forged or misrouted: the registry sends it to its dead-letter topic with the reason, and the cadre's levels stay
     * as they were.
     */
    @Test
    void aForgedGraduationGoesToTheDeadLetterTopicWithoutTouchingTheRegister() {
        String province = registry.post("/api/v1/units", Map.of("code", "FG-" + suffix(), "name", "Tỉnh Giả Mạo",
                "level", "PROVINCE")).expect(201).json().path("unitId").asText();
        String cadreId = registry.post("/api/v1/cadres", Map.of("nationalId", "011092" + String.format("%06d", (int) (Math.random() * 999_999)),
                "fullName", "Vàng A Dế", "birthDate", "1992-09-09", "gender", "MALE", "ethnicity", "HMONG",
                "unitId", province, "position", "Chuyên viên", "rank", "SPECIALIST", "managementTier", "UNIT"))
                .expect(201).json().path("cadreId").asText();
        try (LaterVersions writer = new LaterVersions(platform::kafkaClient)) {
            writer.send("enrollment.enrollments", cadreId, "org.cadretraining.enrollment.CourseGraduated.v1", "/someone-else", """
                    {"enrollmentId":"%s","cadreId":"%s","classId":"%s","programId":"%s","programCategory":"POLITICAL_THEORY",
                     "mode":"IN_SERVICE","confers":{"ladder":"POLITICAL_THEORY","level":"ADVANCED"},
                     "graduatedOn":"2026-10-30"}""".formatted(UUID.randomUUID(), cadreId, UUID.randomUUID(), UUID.randomUUID()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(LaterVersions.deadLettered(platform.kafkaAdmin(),
                "enrollment.enrollments.cadre-registry-service.dlq", cadreId))
                .anySatisfy(reason -> assertThat(reason).contains("ce_source /someone-else")
                        .contains("only /enrollment-service writes to enrollment.enrollments")));
        JsonNode cadre = registry.get("/api/v1/cadres/" + cadreId).expect(200).json();
        assertThat(cadre.path("levels").path("politicalTheory").asText()).isEqualTo("NONE");
        assertThat(cadre.path("qualifications").findValuesAsString("source")).doesNotContain("GRADUATION");
    }

    /**
     * The agency feed: a cadre registered, enrolled and graduated through the APIs appears on agency.cadres as a
     * minimised snapshot (a birth cohort, no name, no ethnicity), on agency.training with the graduation, and on
     * linkage.cadres as the keyed pseudonym of their citizen ID, which the linking agency computes from the number and
     * the key alone. Their departure replaces all three with tombstones.
     */
    @Test
    void theAgencyFeedCarriesMinimisedSnapshotsAndADepartureLeavesTombstones() throws Exception {
        // The reference consumer, as the national cadre database would run it: its own group and its own tables.
        org.cadretraining.platform.infrastructure.DatabaseCoordinates agencyDb =
                org.cadretraining.platform.infrastructure.Infrastructure.database("agency_national_db");
        org.cadretraining.agency.reference.FeedConsumer.Settings settings = new org.cadretraining.agency.reference.FeedConsumer.Settings(
                platform.brokers(), "national-db", true, platform.kafkaClient(NATIONAL_DB.principal()), agencyDb.jdbcUrl(), agencyDb.username(), agencyDb.password());
        ReferenceConsumerRun consumer = new ReferenceConsumerRun(settings);
        String province = registry.post("/api/v1/units", Map.of("code", "AF-" + suffix(), "name", "Tỉnh Phong Thổ",
                "level", "PROVINCE")).expect(201).json().path("unitId").asText();
        String nationalId = "011188" + String.format("%06d", (int) (Math.random() * 999_999));
        String cadreId = registry.post("/api/v1/cadres", Map.of("nationalId", nationalId,
                "fullName", "Giàng Thị Pà", "birthDate", "1988-03-07", "gender", "FEMALE", "ethnicity", "HMONG",
                "unitId", province, "position", "Chuyên viên", "rank", "SPECIALIST", "managementTier", "UNIT"))
                .expect(201).json().path("cadreId").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> enrollment.get("/api/v1/cadres/" + cadreId).status() == 200);
        String programId = enrollment.post("/api/v1/programs", Map.of("code", "QLNN-AF-" + suffix(),
                "name", "Bồi dưỡng quản lý nhà nước ngạch chuyên viên", "kind", "DEGREE", "category", "STATE_MANAGEMENT",
                "confers", Map.of("ladder", "STATE_MANAGEMENT", "level", "SPECIALIST"))).expect(201).json().path("programId").asText();
        String classId = enrollment.post("/api/v1/classes", Map.of("programId", programId, "provider", "Trường Chính trị tỉnh",
                "cohort", "Khóa 3", "mode", "CONCENTRATED", "startDate", "2026-03-02", "endDate", "2026-06-30",
                "capacity", 40, "fundingSource", "STATE_BUDGET")).expect(201).json().path("classId").asText();
        String enrollmentId = enrollment.post("/api/v1/enrollments", Map.of("cadreId", cadreId, "classId", classId))
                .expect(201).json().path("enrollmentId").asText();
        enrollment.post("/api/v1/enrollments/" + enrollmentId + "/graduation",
                Map.of("certificateNumber", "QLNN-3-017", "graduatedOn", "2026-06-30")).expect(200);

        AgencyFeedReader feed = new AgencyFeedReader(platform.kafkaClient(NATIONAL_DB.principal()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            feed.catchUp();
            assertThat(feed.latest("agency.cadres", cadreId)).isNotNull();
            assertThat(feed.latest("agency.cadres", cadreId).path("levels").path("stateManagement").asText()).isEqualTo("SPECIALIST");
            assertThat(feed.latest("agency.training", enrollmentId)).isNotNull();
            assertThat(feed.latest("agency.training", enrollmentId).path("status").asText()).isEqualTo("GRADUATED");
            assertThat(feed.latest("linkage.cadres", cadreId)).isNotNull();
            assertThat(feed.latest("agency.units", province)).isNotNull();
        });
        JsonNode profile = feed.latest("agency.cadres", cadreId);
        assertThat(profile.path("birthCohort").asText()).isEqualTo("1985-1989");
        assertThat(profile.path("unitId").asText()).isEqualTo(province);
        assertThat(profile.path("gender").asText()).isEqualTo("FEMALE");
        // Minimised: nothing on the feed names the person or says their ethnicity, birth date or certificate.
        for (String topic : List.of("agency.cadres", "agency.training", "linkage.cadres")) {
            assertThat(feed.everything(topic)).as(topic).doesNotContain("Giàng Thị Pà", "1988-03-07", "HMONG",
                    "ethnicMinority", "QLNN-3-017", nationalId);
        }
        JsonNode training = feed.latest("agency.training", enrollmentId);
        assertThat(training.path("cadreId").asText()).isEqualTo(cadreId);
        assertThat(training.path("endedOn").asText()).isEqualTo("2026-06-30");
        assertThat(training.path("confers").path("level").asText()).isEqualTo("SPECIALIST");
        // The linking agency holds the key and the citizen ID, and so can compute the pseudonym; the topic alone cannot.
        byte[] key = java.util.Base64.getDecoder().decode(java.nio.file.Files.readString(Path.of("target/e2e/linkage.key")).strip());
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        assertThat(feed.latest("linkage.cadres", cadreId).path("citizenIdPseudonym").asText())
                .isEqualTo(java.util.HexFormat.of().formatHex(mac.doFinal(nationalId.getBytes(java.nio.charset.StandardCharsets.US_ASCII))));

        // The reference consumer keeps the same in its tables; stopped and started again, it resumes where its own
        // database says and applies nothing twice.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(consumer.row("SELECT birth_cohort || ' ' || state_management FROM feed_cadre WHERE cadre_id = ?", cadreId))
                    .isEqualTo("1985-1989 SPECIALIST");
            assertThat(consumer.row("SELECT status FROM feed_training WHERE enrollment_id = ?", enrollmentId)).isEqualTo("GRADUATED");
            assertThat(consumer.row("SELECT citizen_id_pseudonym FROM feed_cadre_link WHERE cadre_id = ?", cadreId))
                    .isEqualTo(feed.latest("linkage.cadres", cadreId).path("citizenIdPseudonym").asText());
        });
        String counts = "SELECT (SELECT count(*) FROM feed_unit) || '/' || (SELECT count(*) FROM feed_cadre) || '/' "
                + "|| (SELECT count(*) FROM feed_training) || '/' || (SELECT count(*) FROM feed_cadre_link) WHERE ? IS NOT NULL";
        String before = consumer.row(counts, "x");
        consumer.restart();
        Thread.sleep(2_000);
        assertThat(consumer.row(counts, "x")).isEqualTo(before);
        assertThat(consumer.row("SELECT count(*)::text FROM feed_rejected WHERE ? IS NOT NULL", "x")).isEqualTo("0");

        registry.post("/api/v1/cadres/" + cadreId + "/departure", Map.of("status", "RETIRED", "effectiveDate", "2026-11-01",
                "reason", "Nghỉ hưu theo chế độ")).expect(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            feed.catchUp();
            assertThat(feed.isTombstone("agency.cadres", cadreId)).as("profile tombstone").isTrue();
            assertThat(feed.isTombstone("linkage.cadres", cadreId)).as("link tombstone").isTrue();
            assertThat(feed.isTombstone("agency.training", enrollmentId)).as("training tombstone").isTrue();
        });
        // The departed cadre leaves the agency's tables too.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(consumer.row("SELECT count(*)::text FROM feed_cadre WHERE cadre_id = ?", cadreId)).isEqualTo("0");
            assertThat(consumer.row("SELECT count(*)::text FROM feed_training WHERE cadre_id = ?", cadreId)).isEqualTo("0");
            assertThat(consumer.row("SELECT count(*)::text FROM feed_cadre_link WHERE cadre_id = ?", cadreId)).isEqualTo("0");
        });
        consumer.close();
    }

    /**
     * Last of all (its events are, on purpose, outside this version's schemas): a newer registry and enrollment service
     * add values to enumerations, an additive change, and every consumer of this version takes their events. The
     * registry raises the level of a graduation in a study mode it does not know; enrollment replicates, and
     * reporting counts, a cadre whose gender, status, tier, level and committee it does not know; nothing is
     * dead-lettered.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void eventsWithValuesOfALaterVersionAreTakenByEveryConsumer() {
        String province = registry.post("/api/v1/units", Map.of("code", "LV-" + suffix(), "name", "Tỉnh Lai Vung",
                "level", "PROVINCE")).expect(201).json().path("unitId").asText();
        String district = registry.post("/api/v1/units", Map.of("code", "LV-" + suffix(), "name", "Huyện Tương Lai",
                "level", "DISTRICT", "parentUnitId", province)).expect(201).json().path("unitId").asText();
        String cadreId = registry.post("/api/v1/cadres", Map.of("nationalId", "011090" + String.format("%06d", (int) (Math.random() * 999_999)),
                "fullName", "Lường Văn Tới", "birthDate", "1990-02-11", "gender", "MALE", "ethnicity", "THAI",
                "unitId", district, "position", "Chuyên viên", "rank", "SPECIALIST", "managementTier", "UNIT"))
                .expect(201).json().path("cadreId").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> enrollment.get("/api/v1/cadres/" + cadreId).status() == 200);
        String programId = enrollment.post("/api/v1/programs", Map.of("code", "LLCT-LV-" + suffix(),
                "name", "Trung cấp lý luận chính trị", "kind", "DEGREE", "category", "POLITICAL_THEORY",
                "confers", Map.of("ladder", "POLITICAL_THEORY", "level", "INTERMEDIATE"))).expect(201).json().path("programId").asText();
        String classId = enrollment.post("/api/v1/classes", Map.of("programId", programId, "provider", "Trường Chính trị tỉnh",
                "cohort", "Khóa 15", "mode", "IN_SERVICE", "startDate", "2026-01-05", "endDate", "2026-10-30",
                "capacity", 70, "fundingSource", "STATE_BUDGET")).expect(201).json().path("classId").asText();
        String enrollmentId = enrollment.post("/api/v1/enrollments", Map.of("cadreId", cadreId, "classId", classId))
                .expect(201).json().path("enrollmentId").asText();
        long deadLettersBefore = LaterVersions.deadLetters(platform.kafkaAdmin());

        String seconded = UUID.randomUUID().toString();
        String newcomer = UUID.randomUUID().toString();
        try (LaterVersions later = new LaterVersions(platform::kafkaClient)) {
            later.send("enrollment.enrollments", cadreId, "org.cadretraining.enrollment.CourseGraduated.v1", "/enrollment-service", """
                    {"enrollmentId":"%s","cadreId":"%s","classId":"%s","programId":"%s","programCategory":"POLITICAL_THEORY",
                     "mode":"BLENDED_OF_A_LATER_VERSION","confers":{"ladder":"POLITICAL_THEORY","level":"INTERMEDIATE"},
                     "certificateNumber":"TC-15-001","graduatedOn":"2026-10-30"}""".formatted(enrollmentId, cadreId, classId, programId));
            later.send("registry.cadres", seconded, "org.cadretraining.registry.CadreRegistered.v1", "/cadre-registry-service",
                    registration(seconded, district, "MALE", "SECONDED", "UNIT"));
            later.send("registry.cadres", newcomer, "org.cadretraining.registry.CadreRegistered.v1", "/cadre-registry-service",
                    registration(newcomer, district, "UNSPECIFIED", "ACTIVE", "NATIONAL_OF_A_LATER_VERSION"));
        }

        // The registry applies the graduation: the mode it does not know is not what a level depends on.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(registry.get("/api/v1/cadres/" + cadreId)
                .expect(200).json().path("levels").path("politicalTheory").asText()).isEqualTo("INTERMEDIATE"));
        // Enrollment replicates both; a status it does not know is not active, so that cadre cannot be sent.
        await().atMost(Duration.ofSeconds(30)).until(() -> enrollment.get("/api/v1/cadres/" + newcomer).status() == 200
                && enrollment.get("/api/v1/cadres/" + seconded).status() == 200);
        JsonNode replica = enrollment.get("/api/v1/cadres/" + seconded).expect(200).json();
        assertThat(replica.path("status").isNull() || replica.path("status").isMissingNode()).as("status " + replica).isTrue();
        assertThat(replica.path("levels").path("professional").asText()).isEqualTo("NONE");
        var refused = enrollment.post("/api/v1/enrollments", Map.of("cadreId", seconded, "classId", classId));
        assertThat(refused.status()).isBetween(400, 499);
        assertThat(refused.json().toString()).contains("in a status this version does not know");
        // Reporting counts the serving newcomer (not the one in an unknown status): in the headcount, in neither
        // gender, at a professional level it cannot rank as none.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode unit = reporting.get("/api/v1/units/" + district + "/progress").expect(200).json();
            assertThat(unit.path("headcount").asInt()).isEqualTo(2);
            assertThat(unit.path("politicalTheory").path("INTERMEDIATE").asInt()).isEqualTo(1);
            assertThat(unit.path("professional").path("NONE").asInt()).isEqualTo(2);
        });
        assertThat(LaterVersions.deadLetters(platform.kafkaAdmin())).as("records dead-lettered").isEqualTo(deadLettersBefore);
    }

    /** A registration as a later registry writes it: a level and a committee this version does not know. */
    private static String registration(String cadreId, String unitId, String gender, String status, String tier) {
        return """
                {"cadreId":"%s","unitId":"%s","fullName":"Lò Thị Sau","birthDate":"1992-05-01","gender":"%s",
                 "ethnicMinority":true,"managementTier":"%s","status":"%s",
                 "levels":{"professional":"POSTDOCTORAL","politicalTheory":"NONE","stateManagement":"NONE"},
                 "registeredAt":"2026-11-01T00:00:00Z",
                 "committeeMemberships":[{"committee":"COMMUNE_EXECUTIVE","termStart":2025,"termEnd":2030}]}"""
                .formatted(cadreId, unitId, gender, tier, status);
    }

    private static final List<String> FLOW_TYPES = List.of(
            "org.cadretraining.registry.UnitCreated.v1", "org.cadretraining.registry.UnitClosed.v1",
            "org.cadretraining.registry.UnitMoved.v1", "org.cadretraining.registry.UnitsMerged.v1",
            "org.cadretraining.registry.CadreRegistered.v1", "org.cadretraining.registry.CadreQualificationRecorded.v1",
            "org.cadretraining.registry.CadreTransferred.v1", "org.cadretraining.registry.AccessGranted.v1",
            "org.cadretraining.registry.AccessRevoked.v1", "org.cadretraining.enrollment.TrainingPlanApproved.v1",
            "org.cadretraining.enrollment.ClassScheduled.v1", "org.cadretraining.enrollment.ClassOpened.v1",
            "org.cadretraining.enrollment.CadreNominated.v1", "org.cadretraining.enrollment.NominationApproved.v1",
            "org.cadretraining.enrollment.CadreEnrolled.v1", "org.cadretraining.enrollment.CourseGraduated.v1",
            "org.cadretraining.enrollment.CourseFailed.v1", "org.cadretraining.agency.UnitPublished.v1",
            "org.cadretraining.agency.CadreProfilePublished.v1", "org.cadretraining.agency.TrainingRecordPublished.v1",
            "org.cadretraining.agency.CadreLinked.v1");
}
