package org.cadretraining.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.infrastructure.AccessFixture;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.reporting.ingest.ProgressTopology;
import org.cadretraining.reporting.web.LiveUpdates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Reporting on the real broker: events in on the topics, views out through the HTTP API, set up by the administrator. */
class ReportingServiceTest extends RunningService {
    private static final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafka().bootstrapServers());
    private static final AccessFixture grants = new AccessFixture();
    private static final String PROVINCE = UUID.randomUUID().toString();
    private static final String DISTRICT = UUID.randomUUID().toString();

    @Autowired
    PersonalDataAccessLog accessLog;
    @Autowired
    LiveUpdates live;
    ApiClient api = admin();

    @AfterAll
    static void close() {
        kafka.close();
        grants.close();
    }

    private static <T> String send(EventType<T> type, String key, T payload) {
        return send(kafka, type, key, payload);
    }

    @BeforeEach
    void units() {
        send(EventTypes.UNIT_CREATED, PROVINCE, Events.unit(PROVINCE, "P" + PROVINCE.substring(0, 4), UnitLevel.PROVINCE, null));
        send(EventTypes.UNIT_CREATED, DISTRICT, Events.unit(DISTRICT, "D" + DISTRICT.substring(0, 4), UnitLevel.DISTRICT, PROVINCE));
    }

    private JsonNode progress(String unitId, String scope) {
        return api.get("/api/v1/units/" + unitId + "/progress?scope=" + scope).expect(200).json();
    }

    @Test
    void rollsUpAProvinceFromItsUnitsLiveAndAnswersACadreRecord() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        send(EventTypes.CADRE_REGISTERED, a, Events.cadre(a, DISTRICT, Gender.FEMALE, 1995, true, PoliticalTheoryLevel.ELEMENTARY));
        send(EventTypes.CADRE_REGISTERED, b, Events.cadre(b, DISTRICT, Gender.MALE, 1970, false, PoliticalTheoryLevel.ADVANCED));
        send(EventTypes.CADRE_REGISTERED, c, Events.cadre(c, PROVINCE, Gender.MALE, 1980, false, PoliticalTheoryLevel.NONE));
        String enrollment = UUID.randomUUID().toString();
        send(EventTypes.CADRE_ENROLLED, a, Events.enrolled(enrollment, a, ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode province = progress(PROVINCE, "SUBTREE");
            assertThat(province.path("headcount").asLong()).isEqualTo(3);
            assertThat(province.path("studyingNow").path("total").asLong()).isEqualTo(1);
        });
        JsonNode province = progress(PROVINCE, "SUBTREE");
        assertThat(province.path("unitsIncluded").asInt()).isEqualTo(2);
        assertThat(province.path("women").asLong()).isEqualTo(1);
        assertThat(province.path("ethnicMinority").asLong()).isEqualTo(1);
        assertThat(province.path("young").asLong()).isEqualTo(1);
        assertThat(province.path("politicalTheory").path("NONE").asLong()).isEqualTo(1);
        assertThat(province.path("politicalTheory").path("ELEMENTARY").asLong()).isEqualTo(1);
        assertThat(province.path("politicalTheory").path("ADVANCED").asLong()).isEqualTo(1);
        assertThat(province.path("politicalTheory").path("BACHELOR").asLong()).isZero();
        assertThat(province.path("studyingNow").path("byCategory").path("POLITICAL_THEORY").asLong()).isEqualTo(1);
        assertThat(province.path("byUnitLevel").path("DISTRICT").asLong()).isEqualTo(2);
        assertThat(province.path("byUnitLevel").path("PROVINCE").asLong()).isEqualTo(1);
        assertThat(progress(PROVINCE, "UNIT").path("headcount").asLong()).isEqualTo(1);
        assertThat(progress(DISTRICT, "SUBTREE").path("headcount").asLong()).isEqualTo(2);

        // Personal records: only for a user whose grants reach the cadre's unit, and every read and refusal is logged.
        String huyen = user("xem.ho.so.huyen");
        grants.grant(huyen, AccessRole.RECORD_VIEWER, DISTRICT);
        ApiClient districtOfficial = as(huyen);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                districtOfficial.get("/api/v1/dashboard/cadres?unitId=" + DISTRICT + "&name=").status() == 200);
        JsonNode record = districtOfficial.get("/api/v1/cadres/" + a + "/record").expect(200).json();
        assertThat(record.path("levels").path("politicalTheory").asText()).isEqualTo("ELEMENTARY");
        assertThat(record.path("currentEnrollments").findValuesAsString("enrollmentId")).containsExactly(enrollment);
        assertThat(accessLog.readsOf(a)).isEqualTo(1);
        // The provincial cadre is above the district official's grant; nobody unsigned or ungranted sees anything.
        assertThat(districtOfficial.get("/api/v1/cadres/" + c + "/record").expect(403).json().path("type").asText())
                .endsWith("/problems/access-denied");
        assertThat(accessLog.refusalsOf(c)).isEqualTo(1);
        assertThat(anonymous().get("/api/v1/cadres/" + a + "/record").expect(401).json().path("type").asText())
                .endsWith("/problems/unauthenticated");
        // A header or a parameter naming someone is no identity.
        anonymous().withHeader("X-Acting-User", "admin").get("/api/v1/cadres/" + a + "/record").expect(401);
        anonymous().get("/api/v1/exports/cadres/" + a + "/record.csv?actingUser=admin").expect(401);
        as(user("stranger")).get("/api/v1/cadres/" + a + "/record").expect(403);
        assertThat(accessLog.readsOf(a)).isEqualTo(1);
        assertThat(districtOfficial.get("/api/v1/dashboard/cadres?unitId=" + PROVINCE + "&name=").expect(200).json()
                .findValuesAsString("cadreId")).contains(a, b).doesNotContain(c);
        // Who may see records is the platform's grants now: reporting keeps no list of its own.
        assertThat(api.get("/api/v1/record-viewers/" + huyen).status()).isEqualTo(404);

        // Graduation: the enrollment closes and the new level shows, once.
        send(EventTypes.COURSE_GRADUATED, a, Events.graduated(enrollment, a));
        send(EventTypes.CADRE_QUALIFICATION_RECORDED, a, Events.qualification(a, org.cadretraining.events.vocabulary.Ladder.POLITICAL_THEORY, "INTERMEDIATE"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode after = progress(PROVINCE, "SUBTREE");
            assertThat(after.path("politicalTheory").path("INTERMEDIATE").asLong()).isEqualTo(1);
            assertThat(after.path("politicalTheory").path("ELEMENTARY").asLong()).isZero();
            assertThat(after.path("studyingNow").path("total").asLong()).isZero();
        });
        assertThat(districtOfficial.get("/api/v1/cadres/" + a + "/record").expect(200).json().path("graduations").size()).isEqualTo(1);
    }

    @Test
    void aDuplicateCountsOnceAndAPoisonRecordIsDeadLetteredWhileTheViewsGoOn() {
        String unit = UUID.randomUUID().toString();
        send(EventTypes.UNIT_CREATED, unit, Events.unit(unit, "X" + unit.substring(0, 4), UnitLevel.COMMUNE, DISTRICT));
        String cadre = UUID.randomUUID().toString();
        String json = EventCodec.toJsonText(Events.cadre(cadre, unit, Gender.MALE, 1985, false, PoliticalTheoryLevel.NONE));
        String ceId = kafka.sendCloudEvent(Topics.CADRES.name(), cadre, EventTypes.CADRE_REGISTERED.ceType(), null, json);
        kafka.sendCloudEvent(Topics.CADRES.name(), cadre, EventTypes.CADRE_REGISTERED.ceType(), ceId, json);
        String poison = UUID.randomUUID().toString();
        kafka.sendCloudEvent(Topics.CADRES.name(), poison, EventTypes.CADRE_REGISTERED.ceType(), null, "{\"cadreId\":");
        String after = UUID.randomUUID().toString();
        send(EventTypes.CADRE_REGISTERED, after, Events.cadre(after, unit, Gender.FEMALE, 1990, false, PoliticalTheoryLevel.NONE));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(progress(unit, "UNIT").path("headcount").asLong()).isEqualTo(2));
        List<KafkaProbe.Received> dead = kafka.readUntil(Topics.CADRES.deadLetter(ProgressTopology.GROUP),
                all -> all.stream().anyMatch(r -> poison.equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).filteredOn(r -> poison.equals(r.key())).singleElement()
                .satisfies(r -> assertThat(r.header("x-exception-message")).contains("unreadable"));
    }

    @Test
    void retractsOnTransferWithdrawalAndDepartureAndServesTargetsClassesAndPlans() {
        // Its own province, so that the other tests' rollups stay as they expect.
        String province = UUID.randomUUID().toString();
        send(EventTypes.UNIT_CREATED, province, Events.unit(province, "Q" + province.substring(0, 4), UnitLevel.PROVINCE, null));
        String otherDistrict = UUID.randomUUID().toString();
        send(EventTypes.UNIT_CREATED, otherDistrict, Events.unit(otherDistrict, "R" + otherDistrict.substring(0, 4), UnitLevel.DISTRICT, province));
        String commune = UUID.randomUUID().toString();
        send(EventTypes.UNIT_CREATED, commune, Events.unit(commune, "C" + commune.substring(0, 4), UnitLevel.COMMUNE, otherDistrict));
        String classId = UUID.randomUUID().toString();
        send(EventTypes.CLASS_SCHEDULED, classId, Events.classScheduled(classId, "p-llct", StudyMode.CONCENTRATED, 50,
                java.time.LocalDate.of(2026, 2, 2)));
        String planId = UUID.randomUUID().toString();
        send(EventTypes.TRAINING_PLAN_APPROVED, planId, new org.cadretraining.events.enrollment.TrainingPlanApproved(planId, 2026,
                "Kế hoạch 2026", List.of(new org.cadretraining.events.enrollment.PlanQuota("p-llct",
                ProgramCategory.POLITICAL_THEORY, StudyMode.CONCENTRATED, 4,
                List.of(new org.cadretraining.events.enrollment.PlanQuota.UnitAllocation(commune, 4)))), java.time.Instant.now()));
        var intermediate = new org.cadretraining.events.vocabulary.ConferredLevel(org.cadretraining.events.vocabulary.Ladder.POLITICAL_THEORY, "INTERMEDIATE");
        List<String> cadres = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String cadre = UUID.randomUUID().toString();
            cadres.add(cadre);
            send(EventTypes.CADRE_REGISTERED, cadre, Events.cadre(cadre, commune, Gender.MALE, 1990, false, PoliticalTheoryLevel.ELEMENTARY));
            send(EventTypes.CADRE_ENROLLED, cadre, Events.enrolledIn("e-" + cadre, cadre, classId, "p-llct", StudyMode.CONCENTRATED,
                    intermediate, java.time.LocalDate.of(2026, 11, 30), commune, planId));
        }
        // A target's cohort may only name a unit reporting already knows.
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/units/" + commune + "/progress").status() == 200);
        JsonNode target = api.post("/api/v1/targets", java.util.Map.of("name", "Cán bộ xã có trung cấp LLCT",
                "cohort", java.util.Map.of("unitId", commune), "criterion", java.util.Map.of("ladder", "POLITICAL_THEORY",
                        "minimumLevel", "INTERMEDIATE", "orStudying", true), "thresholdPercent", 90, "deadline", "2026-12-31"))
                .expect(201).json();
        String targetId = target.path("targetId").asText();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode t = api.get("/api/v1/targets/" + targetId).expect(200).json();
            assertThat(t.path("cohortSize").asInt()).isEqualTo(3);
            assertThat(t.path("meeting").asInt()).isEqualTo(3);
            assertThat(t.path("onTrack").asBoolean()).isTrue();
        });
        JsonNode stats = api.get("/api/v1/classes/statistics?year=2026&programId=p-llct").expect(200).json();
        assertThat(stats.path("byMode").path("CONCENTRATED").path("students").asInt()).isEqualTo(3);
        // Narrowed to a unit: its subtree's cadres and the seats it took; another province sees none of them.
        assertThat(api.get("/api/v1/targets?unitId=" + otherDistrict).expect(200).json()).filteredOn(
                t -> targetId.equals(t.path("targetId").asText())).singleElement()
                .satisfies(t -> assertThat(t.path("cohortSize").asInt()).isEqualTo(3));
        assertThat(api.get("/api/v1/targets/" + targetId + "?unitId=" + PROVINCE).expect(200).json().path("cohortSize").asInt()).isZero();
        JsonNode communeClasses = api.get("/api/v1/classes/statistics?programId=p-llct&unitId=" + commune).expect(200).json();
        assertThat(communeClasses.path("unitId").asText()).isEqualTo(commune);
        assertThat(communeClasses.path("byMode").path("CONCENTRATED").path("students").asInt()).isEqualTo(3);
        assertThat(communeClasses.path("byMode").path("CONCENTRATED").path("fillRate").isNull()).isTrue();
        assertThat(api.get("/api/v1/classes/statistics?programId=p-llct&unitId=" + PROVINCE).expect(200).json()
                .path("classes").asInt()).isZero();
        api.get("/api/v1/classes/statistics?unitId=" + UUID.randomUUID()).expect(404);
        // The name search reads the roster of the units searched.
        String tinh = user("xem.ho.so.tinh");
        grants.grant(tinh, AccessRole.RECORD_VIEWER, province);
        ApiClient viewer = as(tinh);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                viewer.get("/api/v1/dashboard/cadres?unitId=" + province + "&name=").status() == 200);
        assertThat(viewer.get("/api/v1/dashboard/cadres?unitId=" + province + "&name=can%20bo%20" + cadres.get(1).substring(0, 8))
                .expect(200).json().findValuesAsString("cadreId")).containsExactly(cadres.get(1));
        assertThat(api.get("/api/v1/plans/" + planId + "/fulfilment").expect(200).json().path("sent").asInt()).isEqualTo(3);

        // A transfer out, a withdrawal and a departure each take their counts back, once.
        send(EventTypes.CADRE_TRANSFERRED, cadres.get(0), Events.transfer(cadres.get(0), commune, otherDistrict));
        send(EventTypes.ENROLLMENT_WITHDRAWN, cadres.get(1), Events.withdrawn("e-" + cadres.get(1), cadres.get(1), classId));
        send(EventTypes.CADRE_DEPARTED, cadres.get(2), Events.retired(cadres.get(2)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(progress(commune, "UNIT").path("headcount").asInt()).isEqualTo(1);
            JsonNode t = api.get("/api/v1/targets/" + targetId).expect(200).json();
            assertThat(t.path("cohortSize").asInt()).isEqualTo(1);
            assertThat(t.path("meeting").asInt()).isZero();
            assertThat(t.path("gap").asInt()).isEqualTo(1);
            assertThat(api.get("/api/v1/plans/" + planId + "/fulfilment").expect(200).json().path("sent").asInt()).isEqualTo(2);
            assertThat(api.get("/api/v1/classes/statistics?programId=p-llct").expect(200).json()
                    .path("byMode").path("CONCENTRATED").path("students").asInt()).isEqualTo(2);
            // The cadre who moved counts in the district now; the seat stays with the commune that sent them.
            JsonNode unitTarget = api.get("/api/v1/targets/" + targetId + "?unitId=" + commune).expect(200).json();
            assertThat(unitTarget.path("cohortSize").asInt()).isEqualTo(1);
            assertThat(api.get("/api/v1/classes/statistics?programId=p-llct&unitId=" + commune).expect(200).json()
                    .path("students").asInt()).isEqualTo(2);
            assertThat(viewer.get("/api/v1/dashboard/cadres?unitId=" + commune + "&name=").expect(200).json()
                    .findValuesAsString("cadreId")).containsExactly(cadres.get(1));
            assertThat(viewer.get("/api/v1/dashboard/cadres?unitId=" + otherDistrict + "&name=").expect(200).json()
                    .findValuesAsString("cadreId")).containsExactlyInAnyOrder(cadres.get(0), cadres.get(1));
        });
        assertThat(api.get("/api/v1/targets").expect(200).json().findValuesAsString("targetId")).contains(targetId);
    }

    /**
     * Sóc Trăng merged into Cần Thơ on 1 July 2025, applied later: the figures of either side of the change, the
     * successor's figures before the merger as the sum of its predecessors, a target of Sóc Trăng measured in Cần Thơ
     * afterwards, and class seats and plan sending as of a day.
     */
    @Test
    void aMergerKeepsTheFiguresOfEitherSideAndAnswersAsOfAnyDay() {
        String canTho = UUID.randomUUID().toString();
        String socTrang = UUID.randomUUID().toString();
        String ward = UUID.randomUUID().toString();
        String department = UUID.randomUUID().toString();
        java.time.LocalDate since = java.time.LocalDate.of(1992, 4, 1);
        send(EventTypes.UNIT_CREATED, canTho, new org.cadretraining.events.registry.UnitCreated(canTho, "CT" + canTho.substring(0, 4),
                "Thành phố Cần Thơ", UnitLevel.PROVINCE, null, java.time.Instant.now(), UnitKind.PROVINCE, null, since));
        send(EventTypes.UNIT_CREATED, socTrang, new org.cadretraining.events.registry.UnitCreated(socTrang, "ST" + socTrang.substring(0, 4),
                "Tỉnh Sóc Trăng", UnitLevel.PROVINCE, null, java.time.Instant.now(), UnitKind.PROVINCE, null, since));
        send(EventTypes.UNIT_CREATED, ward, new org.cadretraining.events.registry.UnitCreated(ward, "W" + ward.substring(0, 4),
                "Phường 1", UnitLevel.COMMUNE, socTrang, java.time.Instant.now(), UnitKind.WARD, null, since));
        send(EventTypes.UNIT_CREATED, department, new org.cadretraining.events.registry.UnitCreated(department, "S" + department.substring(0, 4),
                "Sở Nội vụ", UnitLevel.PROVINCE, canTho, java.time.Instant.now(), UnitKind.STATE_AGENCY, null, since));
        java.time.LocalDate serving = java.time.LocalDate.of(2020, 1, 15);
        List<String> socTrangCadres = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        String wardCadre = UUID.randomUUID().toString();
        String departmentCadre = UUID.randomUUID().toString();
        for (String cadre : socTrangCadres) {
            send(EventTypes.CADRE_REGISTERED, cadre, Events.servingSince(Events.cadre(cadre, socTrang, Gender.FEMALE, 1985, false,
                    PoliticalTheoryLevel.INTERMEDIATE), serving));
        }
        send(EventTypes.CADRE_REGISTERED, wardCadre, Events.servingSince(Events.cadre(wardCadre, ward, Gender.MALE, 1990, false,
                PoliticalTheoryLevel.ELEMENTARY), serving));
        send(EventTypes.CADRE_REGISTERED, departmentCadre, Events.servingSince(Events.cadre(departmentCadre, department, Gender.MALE,
                1980, false, PoliticalTheoryLevel.ADVANCED), serving));
        // One of Sóc Trăng's cadres was sent to a class in February 2025 against Cần Thơ's plan, and withdrew in May.
        String classId = UUID.randomUUID().toString();
        send(EventTypes.CLASS_SCHEDULED, classId, Events.classScheduled(classId, "p-asof", StudyMode.IN_SERVICE, 60,
                java.time.LocalDate.of(2025, 3, 1)));
        String planId = UUID.randomUUID().toString();
        send(EventTypes.TRAINING_PLAN_APPROVED, planId, new org.cadretraining.events.enrollment.TrainingPlanApproved(planId, 2025,
                "Kế hoạch 2025", List.of(new org.cadretraining.events.enrollment.PlanQuota("p-asof", ProgramCategory.POLITICAL_THEORY,
                StudyMode.IN_SERVICE, 2, List.of(new org.cadretraining.events.enrollment.PlanQuota.UnitAllocation(socTrang, 2)))),
                java.time.Instant.now(), canTho));
        String sent = socTrangCadres.get(0);
        send(EventTypes.CADRE_ENROLLED, sent, new org.cadretraining.events.enrollment.CadreEnrolled("e-" + sent, sent, classId,
                "p-asof", ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE, java.time.LocalDate.of(2025, 3, 1),
                java.time.LocalDate.of(2025, 12, 1), null, java.time.Instant.parse("2025-02-20T02:00:00Z"), socTrang, null, planId, null));
        send(EventTypes.ENROLLMENT_WITHDRAWN, sent, new org.cadretraining.events.enrollment.EnrollmentWithdrawn("e-" + sent, sent,
                classId, java.time.LocalDate.of(2025, 5, 10), "Chuyển công tác"));
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/units/" + socTrang + "/progress").status() == 200);
        String targetId = api.post("/api/v1/targets", java.util.Map.of("name", "Cán bộ Sóc Trăng có LLCT trung cấp",
                "cohort", java.util.Map.of("unitId", socTrang), "criterion", java.util.Map.of("ladder", "POLITICAL_THEORY",
                        "minimumLevel", "INTERMEDIATE"), "thresholdPercent", 50, "deadline", "2030-12-31"))
                .expect(201).json().path("targetId").asText();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(api.get("/api/v1/targets/" + targetId).expect(200).json().path("cohortSize").asInt()).isEqualTo(3));

        // The merger, in the registry's outbox order.
        java.time.LocalDate effective = java.time.LocalDate.of(2025, 7, 1);
        String reorganization = UUID.randomUUID().toString();
        send(EventTypes.UNITS_MERGED, canTho, new org.cadretraining.events.registry.UnitsMerged(reorganization, canTho,
                List.of(socTrang), effective));
        send(EventTypes.UNIT_MOVED, ward, new org.cadretraining.events.registry.UnitMoved(ward, socTrang, canTho,
                java.time.Instant.now(), effective, reorganization));
        for (String cadre : socTrangCadres) {
            send(EventTypes.CADRE_TRANSFERRED, cadre, new org.cadretraining.events.registry.CadreTransferred(cadre, socTrang, canTho,
                    effective, "Sáp nhập theo Nghị quyết 202/2025/QH15", reorganization));
        }
        send(EventTypes.UNIT_CLOSED, socTrang, new org.cadretraining.events.registry.UnitClosed(socTrang, effective.minusDays(1),
                reorganization, List.of(canTho)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(progress(canTho, "UNIT").path("headcount").asLong()).isEqualTo(2);
            assertThat(api.get("/api/v1/units/" + socTrang + "/progress?scope=UNIT&asOf=2025-12-31").expect(200).json()
                    .path("headcount").asLong()).isEqualTo(2);
        });
        // Either side of the change: each province as it was, and Cần Thơ as the sum of both before the merger.
        JsonNode socTrangBefore = api.get("/api/v1/units/" + socTrang + "/progress?asOf=2024-12-31").expect(200).json();
        assertThat(socTrangBefore.path("headcount").asLong()).isEqualTo(3);
        assertThat(socTrangBefore.path("asOfDate").asText()).isEqualTo("2024-12-31");
        assertThat(api.get("/api/v1/units/" + socTrang + "/progress?scope=UNIT&asOf=2025-06-30").expect(200).json()
                .path("headcount").asLong()).isEqualTo(2);
        // Cần Thơ's own figures before the merger are its own and those of the unit merged into it.
        assertThat(api.get("/api/v1/units/" + canTho + "/progress?scope=UNIT&asOf=2025-06-30").expect(200).json()
                .path("headcount").asLong()).isEqualTo(2);
        JsonNode canThoBefore = api.get("/api/v1/units/" + canTho + "/progress?asOf=2024-12-31").expect(200).json();
        assertThat(canThoBefore.path("headcount").asLong()).isEqualTo(4);
        List<String> measuredOver = new java.util.ArrayList<>();
        canThoBefore.path("measuredOver").forEach(id -> measuredOver.add(id.asText()));
        assertThat(measuredOver).containsExactlyInAnyOrder(canTho, socTrang);
        JsonNode canThoAfter = api.get("/api/v1/units/" + canTho + "/progress?asOf=2025-12-31").expect(200).json();
        JsonNode canThoNow = progress(canTho, "SUBTREE");
        for (JsonNode figures : List.of(canThoAfter, canThoNow)) {
            // Nothing doubled or lost: the same four, two of them women, before, after and now.
            assertThat(figures.path("headcount").asLong()).isEqualTo(4);
            assertThat(figures.path("women").asLong()).isEqualTo(2);
            assertThat(figures.path("byUnitKind").path("PROVINCE").asLong()).isEqualTo(2);
            assertThat(figures.path("byUnitKind").path("WARD").asLong()).isEqualTo(1);
            assertThat(figures.path("byUnitKind").path("STATE_AGENCY").asLong()).isEqualTo(1);
        }
        assertThat(canThoBefore.path("women").asLong()).isEqualTo(2);
        assertThat(canThoBefore.path("politicalTheory")).isEqualTo(canThoNow.path("politicalTheory"));
        // Sóc Trăng after its closure is measured over its successor; the units of a day are those of that day.
        assertThat(api.get("/api/v1/units/" + socTrang + "/progress?asOf=2025-12-31").expect(200).json()
                .path("headcount").asLong()).isEqualTo(4);
        assertThat(unitIds(api.get("/api/v1/units?asOf=2024-12-31").expect(200).json())).contains(socTrang, ward);
        JsonNode unitsNow = api.get("/api/v1/units").expect(200).json();
        assertThat(unitIds(unitsNow)).contains(ward).doesNotContain(socTrang);
        // Cần Thơ tells where it came from.
        for (JsonNode unit : unitsNow) {
            if (canTho.equals(unit.path("unitId").asText())) {
                assertThat(unit.path("predecessors").get(0).path("unitId").asText()).isEqualTo(socTrang);
                assertThat(unit.path("predecessors").get(0).path("lineage").asText()).isEqualTo("MERGED");
                assertThat(unit.path("kind").asText()).isEqualTo("PROVINCE");
            }
        }

        // The target of Sóc Trăng: its own cadres before the merger, Cần Thơ's after; by unit kind on request.
        JsonNode targetBefore = api.get("/api/v1/targets/" + targetId + "?asOf=2025-06-30").expect(200).json();
        assertThat(targetBefore.path("cohortSize").asInt()).isEqualTo(3);
        assertThat(targetBefore.path("meeting").asInt()).isEqualTo(2);
        assertThat(targetBefore.path("asOf").asText()).isEqualTo("2025-06-30");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(api.get("/api/v1/targets/" + targetId).expect(200).json().path("cohortSize").asInt()).isEqualTo(4));
        JsonNode targetNow = api.get("/api/v1/targets/" + targetId + "?groupBy=kind").expect(200).json();
        assertThat(targetNow.path("meeting").asInt()).isEqualTo(3);
        assertThat(targetNow.path("byUnitKind").path("STATE_AGENCY").path("cohortSize").asInt()).isEqualTo(1);
        JsonNode targetAfter = api.get("/api/v1/targets/" + targetId + "?asOf=2025-12-31&groupBy=kind").expect(200).json();
        assertThat(targetAfter.path("cohortSize").asInt()).isEqualTo(4);
        assertThat(targetAfter.path("byUnitKind").path("PROVINCE").path("cohortSize").asInt()).isEqualTo(2);
        assertThat(targetAfter.path("byUnitKind").path("WARD").path("cohortSize").asInt()).isEqualTo(1);

        // The seat and the sending of its day, given back in May.
        JsonNode classesInApril = api.get("/api/v1/classes/statistics?programId=p-asof&asOf=2025-04-01").expect(200).json();
        assertThat(classesInApril.path("byMode").path("IN_SERVICE").path("students").asInt()).isEqualTo(1);
        assertThat(classesInApril.path("asOfDate").asText()).isEqualTo("2025-04-01");
        assertThat(api.get("/api/v1/classes/statistics?programId=p-asof&unitId=" + socTrang + "&asOf=2025-04-01").expect(200).json()
                .path("students").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/classes/statistics?programId=p-asof").expect(200).json()
                .path("byMode").path("IN_SERVICE").path("students").asInt()).isZero();
        JsonNode planInApril = api.get("/api/v1/plans/" + planId + "/fulfilment?asOf=2025-04-01").expect(200).json();
        assertThat(planInApril.path("sent").asInt()).isEqualTo(1);
        assertThat(planInApril.path("ownerUnitId").asText()).isEqualTo(canTho);
        assertThat(planInApril.path("asOfDate").asText()).isEqualTo("2025-04-01");
        assertThat(api.get("/api/v1/plans/" + planId + "/fulfilment?asOf=2025-06-01").expect(200).json().path("sent").asInt()).isZero();
        assertThat(api.get("/api/v1/units/" + canTho + "/progress?asOf=2025-13-01").expect(400).json().path("field").asText())
                .isEqualTo("asOf");
        // The exports take the same day: a year-end report of 2024 says 2024.
        assertThat(api.get("/api/v1/exports/units/" + canTho + "/progress.csv?lang=en&asOf=2024-12-31").expect(200).body())
                .contains("2024");
        api.get("/api/v1/exports/plans/" + planId + "/fulfilment.csv?asOf=2025-04-01").expect(200);
    }

    private static List<String> unitIds(JsonNode units) {
        List<String> ids = new java.util.ArrayList<>();
        units.forEach(unit -> ids.add(unit.path("unitId").asText()));
        return ids;
    }

    @Test
    void aDashboardThatWentAwayGivesItsLiveConnectionBack() throws Exception {
        int before = live.subscribers();
        try (java.net.Socket page = new java.net.Socket("localhost", PORT)) {
            page.getOutputStream().write(("GET /api/v1/dashboard/events?unitId=" + PROVINCE + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + PROVIDER.tokenFor("admin") + "\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            page.getOutputStream().flush();
            String head = new String(page.getInputStream().readNBytes(64), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(head).startsWith("HTTP/1.1 200");
            await().atMost(Duration.ofSeconds(10)).until(() -> live.subscribers() == before + 1);
        } // The page vanishes without a word, as a closed laptop's tab does.
        await().atMost(Duration.ofSeconds(30)).until(() -> live.subscribers() == before);
    }

    /** Stopping ends the open streams first, so that the web server's graceful shutdown has no endless request to wait for. */
    @Test
    void aStoppingServiceEndsItsOpenStreams() throws Exception {
        int before = live.subscribers();
        try (java.net.Socket page = new java.net.Socket("localhost", PORT)) {
            page.setSoTimeout(20_000);
            page.getOutputStream().write(("GET /api/v1/dashboard/events?unitId=" + PROVINCE + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + PROVIDER.tokenFor("admin") + "\r\n"
                    + "Accept: text/event-stream\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            page.getOutputStream().flush();
            await().atMost(Duration.ofSeconds(10)).until(() -> live.subscribers() == before + 1);
            live.stop();
            try {
                assertThat(live.isRunning()).isFalse();
                assertThat(live.subscribers()).isZero();
                // The whole response, to the end of the connection, well within the socket's 20 s timeout: the
                // server ended the stream; the page did not.
                String response = new String(page.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
                assertThat(response).startsWith("HTTP/1.1 200").contains("Content-Type: text/event-stream");
            } finally {
                live.start();
            }
            assertThat(live.isRunning()).isTrue();
        }
    }

    @Test
    void aBadTargetNamesItsField() {
        JsonNode problem = api.post("/api/v1/targets", java.util.Map.of("name", "x", "criterion",
                java.util.Map.of("ladder", "STATE_MANAGEMENT", "minimumLevel", "MASTER"), "thresholdPercent", 50,
                "deadline", "2030-01-01")).expect(400).json();
        assertThat(problem.path("field").asText()).isEqualTo("criterion.minimumLevel");
        problem = api.post("/api/v1/targets", java.util.Map.of("name", "x", "criterion",
                java.util.Map.of("ladder", "PROFESSIONAL", "minimumLevel", "MASTER"), "thresholdPercent", 150,
                "deadline", "2030-01-01")).expect(400).json();
        assertThat(problem.path("field").asText()).isEqualTo("thresholdPercent");
        api.get("/api/v1/targets/" + UUID.randomUUID()).expect(404);
        api.get("/api/v1/plans/" + UUID.randomUUID() + "/fulfilment").expect(404);
    }

    @Test
    void anUnknownUnitOrCadreIsA404Problem() {
        // Right after start-up the views may still be restoring: that answers 503, and then 404.
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/cadres/" + UUID.randomUUID() + "/record").status() == 404);
        JsonNode problem = api.get("/api/v1/units/" + UUID.randomUUID() + "/progress").expect(404).json();
        assertThat(problem.path("type").asText()).endsWith("/problems/not-found");
        api.get("/api/v1/cadres/" + UUID.randomUUID() + "/record").expect(404);
        assertThat(api.get("/api/v1/units/" + PROVINCE + "/progress?scope=EVERYTHING").expect(400).json().path("field").asText())
                .isEqualTo("scope");
    }

    @Test
    void servesHealthAndOpenApi() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(anonymous().get("/actuator/health/readiness").expect(200).body()).contains("UP"));
        assertThat(anonymous().get("/v3/api-docs").expect(200).body()).contains("/api/v1/units/{unitId}/progress");
        // The rest of operations is behind the chain, and health's details are not for anonymous eyes.
        assertThat(anonymous().get("/actuator/health").body()).doesNotContain("kafka", "\"db\"");
        anonymous().get("/actuator/metrics").expect(401);
        anonymous().get("/actuator/kafkastreamstopology").expect(401);
        as(user("no.operations")).get("/actuator/bindings").expect(403);
        api.get("/actuator/metrics").expect(200);
    }
}
