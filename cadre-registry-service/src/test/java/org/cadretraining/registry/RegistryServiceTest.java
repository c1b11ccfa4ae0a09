package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.cadretraining.registry.qualifications.messaging.GraduationListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Registration, graduations and the contract of the original routes. */
class RegistryServiceTest extends RegistryIntegrationTest {
    @Autowired
    Environment environment;

    private static Map<String, Object> cadre(String unitId, String nationalId) {
        return Map.of("nationalId", nationalId, "fullName", "Lò Thị Hương", "birthDate", "1988-04-12", "gender", "FEMALE",
                "ethnicity", "THAI", "unitId", unitId, "position", "Chuyên viên", "rank", "SPECIALIST",
                "managementTier", "UNIT", "qualifications", List.of(
                        Map.of("ladder", "PROFESSIONAL", "level", "UNIVERSITY", "fieldOfStudy", "Luật", "year", 2010),
                        Map.of("ladder", "POLITICAL_THEORY", "level", "ELEMENTARY", "year", 2014)));
    }

    private static String nationalId() {
        // Born 1988, female: 4th digit 1, then 88; the rest unique per test run.
        return "011188" + String.format("%06d", (int) (Math.random() * 1_000_000));
    }

    @Test
    void registersAUnitAndACadreAndPublishesCadreRegisteredThroughTheOutbox() {
        String province = createProvince();
        JsonNode created = api.post("/api/v1/cadres", cadre(province, nationalId())).expect(201).json();
        String cadreId = created.path("cadreId").asText();
        assertThat(created.path("levels").path("professional").asText()).isEqualTo("UNIVERSITY");
        assertThat(created.path("levels").path("politicalTheory").asText()).isEqualTo("ELEMENTARY");
        assertThat(created.path("levels").path("stateManagement").asText()).isEqualTo("NONE");
        assertThat(created.path("ethnicMinority").asBoolean()).isTrue();

        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(),
                all -> all.stream().filter(r -> cadreId.equals(r.key())).count() >= 3, Duration.ofSeconds(30));
        List<KafkaProbe.Received> mine = records.stream().filter(r -> cadreId.equals(r.key())).toList();
        assertThat(mine).extracting(r -> r.header("ce_type")).containsExactly(
                "org.cadretraining.registry.CadreRegistered.v1",
                "org.cadretraining.registry.CadreQualificationRecorded.v1",
                "org.cadretraining.registry.CadreQualificationRecorded.v1");
        KafkaProbe.Received registered = mine.get(0);
        assertThat(registered.headers()).containsKeys("ce_id", "ce_source", "ce_time", "ce_subject", "ce_specversion");
        assertThat(registered.header("ce_source")).isEqualTo("/cadre-registry-service");
        assertThat(registered.header("ce_subject")).isEqualTo(cadreId);
        // Sensitive personal data stays in the registry (Decree 13/2023).
        assertThat(registered.value()).contains("\"ethnicMinority\":true").doesNotContain("nationalId", "THAI", "partyMember");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND message_key = :k AND " + REQUEST_EVENTS)
                .param("k", cadreId).query(Long.class).single()).isZero();
    }

    @Test
    void aBadRequestNamesTheFieldAndWritesNothing() {
        String province = createProvince();
        long cadresBefore = count("cadre");
        long eventsBefore = events();

        Map<String, Object> missingName = new java.util.HashMap<>(cadre(province, nationalId()));
        missingName.remove("fullName");
        JsonNode problem = api.post("/api/v1/cadres", missingName).expect(400).json();
        assertThat(problem.path("type").asText()).endsWith("/problems/invalid-request");
        assertThat(problem.path("field").asText()).isEqualTo("fullName");

        Map<String, Object> badDate = new java.util.HashMap<>(cadre(province, nationalId()));
        badDate.put("birthDate", "1988-13-45");
        problem = api.post("/api/v1/cadres", badDate).expect(400).json();
        assertThat(problem.path("field").asText()).isEqualTo("birthDate");
        assertThat(problem.path("detail").asText()).contains("yyyy-MM-dd");

        problem = api.post("/api/v1/cadres", cadre(UUID.randomUUID().toString(), nationalId())).expect(400).json();
        assertThat(problem.path("field").asText()).isEqualTo("unitId");
        assertThat(problem.path("detail").asText()).contains("no unit");

        Map<String, Object> wrongId = new java.util.HashMap<>(cadre(province, "011088123456"));
        problem = api.post("/api/v1/cadres", wrongId).expect(400).json();
        assertThat(problem.path("field").asText()).isEqualTo("nationalId");

        Map<String, Object> badLevel = new java.util.HashMap<>(cadre(province, nationalId()));
        badLevel.put("qualifications", List.of(Map.of("ladder", "STATE_MANAGEMENT", "level", "MASTER")));
        problem = api.post("/api/v1/cadres", badLevel).expect(400).json();
        assertThat(problem.path("field").asText()).isEqualTo("qualifications[0].level");

        problem = api.post("/api/v1/units", Map.of("code", "X1", "level", "DISTRICT")).expect(400).json();
        assertThat(problem.path("field").asText()).isEqualTo("name");

        assertThat(count("cadre")).isEqualTo(cadresBefore);
        assertThat(events()).isEqualTo(eventsBefore);
    }

    @Test
    void aDuplicateNationalIdIsAConflict() {
        String province = createProvince();
        String id = nationalId();
        api.post("/api/v1/cadres", cadre(province, id)).expect(201);
        JsonNode problem = api.post("/api/v1/cadres", cadre(province, id)).expect(409).json();
        assertThat(problem.path("field").asText()).isEqualTo("nationalId");
    }

    @Test
    void aGraduationRecordsTheConferredLevelOnceAndPublishesIt() {
        String province = createProvince();
        String cadreId = api.post("/api/v1/cadres", cadre(province, nationalId())).expect(201).json().path("cadreId").asText();
        String enrollmentId = UUID.randomUUID().toString();
        String json = EventCodec.toJsonText(new CourseGraduated(enrollmentId, cadreId, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE,
                new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"), "TC-2026-001", LocalDate.of(2026, 6, 30)));
        String ceId = kafka.sendCloudEvent(Topics.ENROLLMENTS.name(), cadreId, EventTypes.COURSE_GRADUATED.ceType(), null, json);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/api/v1/cadres/" + cadreId).expect(200).json().path("levels").path("politicalTheory").asText())
                .isEqualTo("INTERMEDIATE"));

        // The same event again (same ce_id), and the same graduation under a new id: nothing more is recorded.
        kafka.sendCloudEvent(Topics.ENROLLMENTS.name(), cadreId, EventTypes.COURSE_GRADUATED.ceType(), ceId, json);
        kafka.sendCloudEvent(Topics.ENROLLMENTS.name(), cadreId, EventTypes.COURSE_GRADUATED.ceType(), null, json);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM processed_event WHERE consumer = :c AND event_type = :t")
                .param("c", GraduationListener.CONSUMER).param("t", EventTypes.COURSE_GRADUATED.ceType())
                .query(Long.class).single() >= 2);
        JsonNode record = api.get("/api/v1/cadres/" + cadreId).expect(200).json();
        assertThat(record.path("qualifications").findValuesAsString("source")).containsOnlyOnce("GRADUATION");
        // The event named no actor: the record is the enrollment service's.
        assertThat(api.get("/api/v1/cadres/" + cadreId + "/history").expect(200).json().findValuesAsString("actingUser"))
                .containsExactly(ADMIN, GraduationListener.ACTOR);

        List<KafkaProbe.Received> published = kafka.readUntil(Topics.CADRES.name(), all -> all.stream()
                .anyMatch(r -> cadreId.equals(r.key()) && r.value().contains(enrollmentId)), Duration.ofSeconds(30));
        assertThat(published).filteredOn(r -> cadreId.equals(r.key()) && r.value().contains(enrollmentId)).singleElement()
                .satisfies(r -> {
                    assertThat(r.header("ce_type")).isEqualTo(EventTypes.CADRE_QUALIFICATION_RECORDED.ceType());
                    assertThat(r.value()).contains("\"currentLevel\":\"INTERMEDIATE\"", "\"source\":\"GRADUATION\"");
                });
    }

    @Test
    void aGraduationIsRecordedAsTheActorItsEventNames() {
        String cadreId = api.post("/api/v1/cadres", cadre(createProvince(), nationalId())).expect(201).json().path("cadreId").asText();
        String json = EventCodec.toJsonText(new CourseGraduated(UUID.randomUUID().toString(), cadreId, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE,
                new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"), "TC-2026-002", LocalDate.of(2026, 6, 30)));
        // As the enrollment service's outbox sends it: the official who recorded the graduation in ce_actor.
        kafka.sendRaw(Topics.ENROLLMENTS.name(), cadreId, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", EventTypes.COURSE_GRADUATED.ceType(), "ce_source", "/enrollment-service",
                "ce_specversion", "1.0", "ce_time", java.time.Instant.now().toString(), "ce_subject", cadreId,
                "content-type", "application/json", "ce_actor", "giao.vu.truong.chinh.tri"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/api/v1/cadres/" + cadreId + "/history").expect(200).json().findValuesAsString("actingUser"))
                .containsExactly(ADMIN, "giao.vu.truong.chinh.tri"));
    }

    /**
     * Outside the local platform a service logs JSON (ECS) lines: the line of a consumed graduation parses as JSON,
     * carries the trace id of the W3C traceparent the event came with, and names no one.
     */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aConsumedEventIsLoggedAsJsonWithItsTraceIdAndNoPersonalData(org.springframework.boot.test.system.CapturedOutput output) {
        String cadreId = api.post("/api/v1/cadres", cadre(createProvince(), nationalId())).expect(201).json().path("cadreId").asText();
        String enrollmentId = UUID.randomUUID().toString();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String json = EventCodec.toJsonText(new CourseGraduated(enrollmentId, cadreId, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE,
                new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"), "TC-2026-003", LocalDate.of(2026, 6, 30)));
        kafka.sendRaw(Topics.ENROLLMENTS.name(), cadreId, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", EventTypes.COURSE_GRADUATED.ceType(), "ce_source", "/enrollment-service",
                "ce_specversion", "1.0", "ce_time", java.time.Instant.now().toString(), "ce_subject", cadreId,
                "content-type", "application/json", "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("Graduation recorded") && line.contains(enrollmentId))).singleElement()
                .satisfies(line -> {
                    tools.jackson.databind.JsonNode logged = new tools.jackson.databind.ObjectMapper().readTree(line);
                    assertThat(logged.path("@timestamp").isMissingNode()).as("an ECS line: " + line).isFalse();
                    assertThat(logged.path("message").asText()).contains(enrollmentId);
                    assertThat(logged.toString()).as("the event's trace id").contains(traceId);
                }));
        assertThat(output.getOut() + output.getErr()).doesNotContain("Lò Thị Hương", "1988-04-12");
    }

    @Test
    void aGraduationForAnUnknownCadreGoesToTheDeadLetterTopicWithItsReason() {
        String stranger = UUID.randomUUID().toString();
        String json = EventCodec.toJsonText(new CourseGraduated(UUID.randomUUID().toString(), stranger,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), ProgramCategory.POLITICAL_THEORY,
                StudyMode.CONCENTRATED, new ConferredLevel(Ladder.POLITICAL_THEORY, "ADVANCED"), null, LocalDate.now()));
        kafka.sendCloudEvent(Topics.ENROLLMENTS.name(), stranger, EventTypes.COURSE_GRADUATED.ceType(), null, json);
        String dlq = Topics.ENROLLMENTS.deadLetter("cadre-registry-service");
        List<KafkaProbe.Received> dead = kafka.readUntil(dlq, all -> all.stream().anyMatch(r -> stranger.equals(r.key())),
                Duration.ofSeconds(60));
        assertThat(dead).filteredOn(r -> stranger.equals(r.key())).first()
                .satisfies(r -> assertThat(r.header("x-exception-message")).contains("not on the register"));
    }

    @Test
    void bindingsReadTheTopicsOfTheCatalogue() {
        assertThat(environment.getProperty("spring.cloud.stream.bindings.graduations-in-0.destination"))
                .isEqualTo(Topics.ENROLLMENTS.name());
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.graduations-in-0.consumer.dlq-name"))
                .isEqualTo(Topics.ENROLLMENTS.deadLetter(environment.getProperty("spring.cloud.stream.bindings.graduations-in-0.group")));
        // A killed instance holds its partitions until its session times out: graduations wait that long to be recorded.
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms", Integer.class))
                .as("consumer session timeout, ms").isLessThanOrEqualTo(10_000);
    }

    @Test
    void servesHealthAndOpenApi() {
        assertThat(api.get("/actuator/health/readiness").expect(200).body()).contains("UP");
        assertThat(api.get("/v3/api-docs").expect(200).body()).contains("/api/v1/cadres");
    }

}
