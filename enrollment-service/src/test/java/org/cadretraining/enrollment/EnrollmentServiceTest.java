package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.cadretraining.enrollment.cadres.messaging.CadreReplicaListener;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
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

/** The enrollment service on a real broker and a real PostgreSQL, driven through its HTTP API and its topics. */
class EnrollmentServiceTest extends EnrollmentTestSupport {
    // --- the cadre replica ---------------------------------------------------------------------------------------

    @Test
    void theReplicaFollowsRegistryEventsAndAppliesEachEventOnce() {
        String cadreId = uuid();
        String unitA = uuid();
        String unitB = uuid();
        String unitC = uuid();
        String registeredId = sendRegistered(cadreId, unitA, CadreStatus.ACTIVE, UNIVERSITY_ELEMENTARY);
        awaitReplicated(List.of(cadreId));
        JsonNode cadre = replica(cadreId);
        assertThat(cadre.path("unitId").asText()).isEqualTo(unitA);
        assertThat(cadre.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(cadre.path("managementTier").asText()).isEqualTo("UNIT");
        assertThat(cadre.path("levels").path("professional").asText()).isEqualTo("UNIVERSITY");
        // No personal data is replicated (Decree 13/2023).
        assertThat(api.get("/api/v1/cadres/" + cadreId).body()).doesNotContain("Hương", "1988", "FEMALE");

        sendQualification(cadreId, Ladder.POLITICAL_THEORY, "INTERMEDIATE");
        String toB = sendTransfer(cadreId, unitA, unitB);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode now = replica(cadreId);
            assertThat(now.path("levels").path("politicalTheory").asText()).isEqualTo("INTERMEDIATE");
            assertThat(now.path("unitId").asText()).isEqualTo(unitB);
        });
        sendTransfer(cadreId, unitB, unitC);
        await().atMost(WAIT).until(() -> replica(cadreId).path("unitId").asText().equals(unitC));

        // Redeliveries carry the same ce_id: the payloads below would move the cadre back and retire them if applied.
        kafka.sendCloudEvent(Topics.CADRES.name(), cadreId, EventTypes.CADRE_TRANSFERRED.ceType(), toB,
                transferJson(cadreId, unitA, unitB));
        kafka.sendCloudEvent(Topics.CADRES.name(), cadreId, EventTypes.CADRE_REGISTERED.ceType(), registeredId,
                registeredJson(cadreId, unitA, CadreStatus.RETIRED, QualificationLevels.NONE));
        // A later event on the same partition: once it shows, the repeats before it have been consumed.
        sendQualification(cadreId, Ladder.STATE_MANAGEMENT, "SPECIALIST");
        await().atMost(WAIT).until(() -> replica(cadreId).path("levels").path("stateManagement").asText().equals("SPECIALIST"));

        JsonNode after = replica(cadreId);
        assertThat(after.path("unitId").asText()).isEqualTo(unitC);
        assertThat(after.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(after.path("levels").path("politicalTheory").asText()).isEqualTo("INTERMEDIATE");
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :c AND event_id IN (:ids)")
                .param("c", CadreReplicaListener.CONSUMER).param("ids", List.of(toB, registeredId))
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void eventsForACadreNotYetReplicatedWaitForItsRegistrationInsteadOfBeingLost() {
        String cadreId = uuid();
        String unitA = uuid();
        String unitB = uuid();
        sendQualification(cadreId, Ladder.PROFESSIONAL, "MASTER");
        sendTransfer(cadreId, unitA, unitB);
        await().atMost(WAIT).until(() -> parked(cadreId) == 2);
        ApiClient.Response missing = api.get("/api/v1/cadres/" + cadreId);
        assertProblem(missing, 404, "not-found", null);
        assertThat(missing.json().path("detail").asText()).contains("2 event(s)");

        sendRegistered(cadreId, unitA, CadreStatus.ACTIVE, QualificationLevels.NONE);
        awaitReplicated(List.of(cadreId));
        JsonNode cadre = replica(cadreId);
        assertThat(cadre.path("levels").path("professional").asText()).isEqualTo("MASTER");
        assertThat(cadre.path("unitId").asText()).isEqualTo(unitB);
        assertThat(parked(cadreId)).isZero();
    }

    private long parked(String cadreId) {
        return jdbc.sql("SELECT count(*) FROM cadre_replica_parked_event WHERE cadre_id = CAST(:id AS uuid)")
                .param("id", cadreId).query(Long.class).single();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConsumerKeepsWorking() {
        String cadreId = uuid();
        // A type this reader does not know yet: skipped, never dead-lettered.
        kafka.sendCloudEvent(Topics.CADRES.name(), cadreId, "org.cadretraining.registry.CadreRetired.v1", null,
                "{\"cadreId\":\"" + cadreId + "\"}");
        kafka.sendCloudEvent(Topics.CADRES.name(), cadreId, EventTypes.CADRE_REGISTERED.ceType(), null, "{not json");
        sendRegistered(cadreId, uuid(), CadreStatus.ACTIVE, UNIVERSITY_ELEMENTARY);
        // Same key, same partition: the registration behind the poison record gets through.
        awaitReplicated(List.of(cadreId));

        String dlq = Topics.CADRES.deadLetter("enrollment-service");
        List<KafkaProbe.Received> dead = kafka.readUntil(dlq, all -> all.stream().anyMatch(r -> cadreId.equals(r.key())),
                Duration.ofSeconds(60));
        assertThat(dead).filteredOn(r -> cadreId.equals(r.key())).singleElement().satisfies(r -> {
            assertThat(r.header("ce_type")).isEqualTo(EventTypes.CADRE_REGISTERED.ceType());
            assertThat(r.value()).isEqualTo("{not json");
            assertThat(r.header("x-exception-message")).contains("Unreadable");
        });
    }

    // --- programs and classes -------------------------------------------------------------------------------------

    @Test
    void schedulesAClassAndPublishesClassScheduledWithTheProgramFacts() {
        String code = code();
        JsonNode program = api.post("/api/v1/programs", Map.of("code", code, "name", "Trung cấp lý luận chính trị – hành chính",
                "kind", "DEGREE", "category", "POLITICAL_THEORY",
                "confers", Map.of("ladder", "POLITICAL_THEORY", "level", "INTERMEDIATE"))).expect(201).json();
        String programId = program.path("programId").asText();
        assertThat(program.path("confers").path("level").asText()).isEqualTo("INTERMEDIATE");
        assertThat(api.get("/api/v1/programs/" + programId).expect(200).json().path("code").asText()).isEqualTo(code);
        assertThat(allProgramIds()).contains(programId);

        String school = uuid();
        Map<String, Object> request = classRequest(programId, 70);
        request.put("providerUnitId", school);
        JsonNode scheduled = api.post("/api/v1/classes", request).expect(201).json();
        String classId = scheduled.path("classId").asText();
        assertThat(scheduled.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(scheduled.path("enrolled").asLong()).isZero();
        assertThat(scheduled.path("startDate").asText()).isEqualTo(START.toString());

        KafkaProbe.Received record = awaitRecord(Topics.CLASSES.name(), classId, EventTypes.CLASS_SCHEDULED.ceType());
        assertThat(record.headers()).containsKeys("ce_id", "ce_time");
        assertThat(record.header("ce_source")).isEqualTo("/enrollment-service");
        assertThat(record.header("ce_subject")).isEqualTo(classId);
        assertThat(record.header("ce_specversion")).isEqualTo("1.0");
        assertThat(record.header("content-type")).isEqualTo("application/json");
        JsonNode event = json(record);
        assertThat(event.path("classId").asText()).isEqualTo(classId);
        assertThat(event.path("programId").asText()).isEqualTo(programId);
        assertThat(event.path("programCode").asText()).isEqualTo(code);
        assertThat(event.path("programName").asText()).isEqualTo("Trung cấp lý luận chính trị – hành chính");
        assertThat(event.path("programKind").asText()).isEqualTo("DEGREE");
        assertThat(event.path("programCategory").asText()).isEqualTo("POLITICAL_THEORY");
        assertThat(event.path("confers").path("ladder").asText()).isEqualTo("POLITICAL_THEORY");
        assertThat(event.path("confers").path("level").asText()).isEqualTo("INTERMEDIATE");
        assertThat(event.path("provider").asText()).isEqualTo("Trường Chính trị tỉnh Điện Biên");
        assertThat(event.path("providerUnitId").asText()).isEqualTo(school);
        assertThat(event.path("cohort").asText()).isEqualTo("Khóa 12");
        assertThat(event.path("mode").asText()).isEqualTo("IN_SERVICE");
        assertThat(event.path("startDate").asText()).isEqualTo(START.toString());
        assertThat(event.path("endDate").asText()).isEqualTo(END.toString());
        assertThat(event.path("location").asText()).isEqualTo("TP. Điện Biên Phủ");
        assertThat(event.path("capacity").asInt()).isEqualTo(70);
        assertThat(event.path("fundingSource").asText()).isEqualTo("STATE_BUDGET");
        assertThat(event.path("scheduledAt").asText()).isNotBlank();

        JsonNode fetched = api.get("/api/v1/classes/" + classId).expect(200).json();
        assertThat(fetched.path("capacity").asInt()).isEqualTo(70);
        assertThat(fetched.path("seatsLeft").asInt()).isEqualTo(70);
        assertThat(fetched.path("providerUnitId").asText()).isEqualTo(school);
        assertThat(api.get("/api/v1/classes?programId=" + programId).expect(200).json().findValuesAsString("classId"))
                .containsExactly(classId);
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND message_key = :k")
                .param("k", classId).query(Long.class).single() == 0);
    }

    /** The whole catalogue, page by page: the shared test database holds more programs than a page. */
    private List<String> allProgramIds() {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode found = api.get("/api/v1/programs?size=200&page=" + page).expect(200).json();
            ids.addAll(found.findValuesAsString("programId"));
            if (page + 1 >= found.path("totalPages").asLong()) {
                return ids;
            }
        }
    }

    // --- enrollments and graduation -------------------------------------------------------------------------------

    @Test
    void enrollsAndGraduatesACadrePublishingBothEventsKeyedByTheCadre() {
        String cadreId = replicatedCadre(CadreStatus.ACTIVE);
        String programId = politicalTheoryProgram();
        String classId = scheduleClass(programId, 40);

        JsonNode enrolled = enroll(cadreId, classId).expect(201).json();
        String enrollmentId = enrolled.path("enrollmentId").asText();
        assertThat(enrolled.path("status").asText()).isEqualTo("ENROLLED");
        assertThat(enrolled.path("cadreId").asText()).isEqualTo(cadreId);
        assertThat(enrolled.path("classId").asText()).isEqualTo(classId);
        assertThat(api.get("/api/v1/enrollments/" + enrollmentId).expect(200).json().path("status").asText()).isEqualTo("ENROLLED");
        JsonNode theClass = api.get("/api/v1/classes/" + classId).expect(200).json();
        assertThat(theClass.path("enrolled").asLong()).isEqualTo(1);
        assertThat(theClass.path("seatsLeft").asInt()).isEqualTo(39);

        KafkaProbe.Received enrolledRecord = awaitRecord(Topics.ENROLLMENTS.name(), cadreId, EventTypes.CADRE_ENROLLED.ceType());
        assertThat(enrolledRecord.header("ce_subject")).isEqualTo(cadreId);
        JsonNode enrolledEvent = json(enrolledRecord);
        assertThat(enrolledEvent.path("enrollmentId").asText()).isEqualTo(enrollmentId);
        assertThat(enrolledEvent.path("classId").asText()).isEqualTo(classId);
        assertThat(enrolledEvent.path("programId").asText()).isEqualTo(programId);
        assertThat(enrolledEvent.path("programCategory").asText()).isEqualTo("POLITICAL_THEORY");
        assertThat(enrolledEvent.path("mode").asText()).isEqualTo("IN_SERVICE");
        assertThat(enrolledEvent.path("startDate").asText()).isEqualTo(START.toString());
        assertThat(enrolledEvent.path("expectedEndDate").asText()).isEqualTo(END.toString());
        assertThat(enrolledEvent.path("confers").path("level").asText()).isEqualTo("INTERMEDIATE");
        assertThat(enrolledEvent.path("enrolledAt").asText()).isNotBlank();

        JsonNode graduated = api.post("/api/v1/enrollments/" + enrollmentId + "/graduation",
                Map.of("certificateNumber", "TC-2026-0042", "graduatedOn", END.toString())).expect(200).json();
        assertThat(graduated.path("status").asText()).isEqualTo("GRADUATED");
        assertThat(graduated.path("graduatedOn").asText()).isEqualTo(END.toString());
        assertThat(graduated.path("certificateNumber").asText()).isEqualTo("TC-2026-0042");

        KafkaProbe.Received graduatedRecord = awaitRecord(Topics.ENROLLMENTS.name(), cadreId, EventTypes.COURSE_GRADUATED.ceType());
        JsonNode graduatedEvent = json(graduatedRecord);
        assertThat(graduatedEvent.path("enrollmentId").asText()).isEqualTo(enrollmentId);
        assertThat(graduatedEvent.path("confers").path("ladder").asText()).isEqualTo("POLITICAL_THEORY");
        assertThat(graduatedEvent.path("confers").path("level").asText()).isEqualTo("INTERMEDIATE");
        assertThat(graduatedEvent.path("certificateNumber").asText()).isEqualTo("TC-2026-0042");
        assertThat(graduatedEvent.path("graduatedOn").asText()).isEqualTo(END.toString());
        assertThat(kafka.readUntil(Topics.ENROLLMENTS.name(), all -> false, Duration.ofSeconds(1)))
                .filteredOn(r -> cadreId.equals(r.key())).extracting(r -> r.header("ce_type"))
                .containsExactly(EventTypes.CADRE_ENROLLED.ceType(), EventTypes.COURSE_GRADUATED.ceType());

        long events = count("outbox_event");
        assertProblem(api.post("/api/v1/enrollments/" + enrollmentId + "/graduation", Map.of()), 409, "already-graduated", null);
        assertThat(count("outbox_event")).isEqualTo(events);
        // A graduate keeps their place in the cohort.
        assertThat(api.get("/api/v1/classes/" + classId).expect(200).json().path("enrolled").asLong()).isEqualTo(1);
    }

    @Test
    void aGraduationWithoutABodyIsDatedTodayInVietnam() {
        String cadreId = replicatedCadre(CadreStatus.ACTIVE);
        String classId = scheduleClass(politicalTheoryProgram(), 40);
        String enrollmentId = enroll(cadreId, classId).expect(201).json().path("enrollmentId").asText();
        JsonNode graduated = api.post("/api/v1/enrollments/" + enrollmentId + "/graduation", "").expect(200).json();
        assertThat(graduated.path("graduatedOn").asText()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        assertThat(graduated.path("certificateNumber").isNull()).isTrue();
    }

    @Test
    void everyRefusalNamesItsReasonAndWritesNothing() {
        List<String> active = replicatedCadres(2, CadreStatus.ACTIVE);
        String retired = replicatedCadre(CadreStatus.RETIRED);
        String classId = scheduleClass(politicalTheoryProgram(), 1);
        String enrollmentId = enroll(active.get(0), classId).expect(201).json().path("enrollmentId").asText();
        long enrollments = count("enrollment");
        long events = count("outbox_event");

        ApiClient.Response unknown = enroll(uuid(), classId);
        assertProblem(unknown, 422, "cadre-not-known", "cadreId");
        assertThat(unknown.json().path("detail").asText()).contains("may not have arrived yet");
        assertProblem(enroll(retired, classId), 422, "cadre-not-active", "cadreId");
        assertProblem(enroll(active.get(0), classId), 409, "already-enrolled", "cadreId");
        assertProblem(enroll(active.get(1), classId), 409, "class-full", "classId");

        String graduation = "/api/v1/enrollments/" + enrollmentId + "/graduation";
        ApiClient.Response early = api.post(graduation, Map.of("graduatedOn", START.minusDays(1).toString()));
        assertProblem(early, 400, "invalid-request", "graduatedOn");
        assertThat(early.json().path("detail").asText()).contains("before the class started");
        assertProblem(api.post(graduation, Map.of("graduatedOn", LocalDate.now().plusDays(30).toString())),
                400, "invalid-request", "graduatedOn");
        assertProblem(api.post("/api/v1/enrollments/" + uuid() + "/graduation", Map.of()), 404, "not-found", null);

        assertThat(count("enrollment")).isEqualTo(enrollments);
        assertThat(count("outbox_event")).isEqualTo(events);
        assertThat(api.get("/api/v1/enrollments/" + enrollmentId).expect(200).json().path("status").asText()).isEqualTo("ENROLLED");
    }

    @Test
    void concurrentRequestsNeverFillAClassBeyondItsCapacity() throws Exception {
        List<String> cadres = replicatedCadres(8, CadreStatus.ACTIVE);
        String classId = scheduleClass(politicalTheoryProgram(), 3);
        ExecutorService pool = Executors.newFixedThreadPool(cadres.size());
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<ApiClient.Response>> responses = new ArrayList<>();
        try {
            for (String cadreId : cadres) {
                responses.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return enroll(cadreId, classId);
                }, pool));
            }
            go.countDown();
            List<ApiClient.Response> done = responses.stream().map(CompletableFuture::join).toList();
            assertThat(done).filteredOn(r -> r.status() == 201).hasSize(3);
            assertThat(done).filteredOn(r -> r.status() != 201).hasSize(5)
                    .allSatisfy(r -> assertProblem(r, 409, "class-full", "classId"));
        } finally {
            pool.shutdownNow();
        }
        JsonNode theClass = api.get("/api/v1/classes/" + classId).expect(200).json();
        assertThat(theClass.path("enrolled").asLong()).isEqualTo(3);
        assertThat(theClass.path("seatsLeft").asInt()).isZero();
    }

    // --- bad input --------------------------------------------------------------------------------------------------

    @Test
    void aBadRequestNamesTheFieldAndWritesNothing() {
        String politicalTheory = politicalTheoryProgram();
        String deputies = createProgram("ELECTED_DEPUTIES", null);
        String takenCode = api.get("/api/v1/programs/" + politicalTheory).expect(200).json().path("code").asText();
        long programs = count("program");
        long classes = count("training_class");
        long enrollments = count("enrollment");
        long events = count("outbox_event");

        assertProblem(api.post("/api/v1/programs", Map.of("code", code(), "kind", "DEGREE", "category", "PARTY_WORK")),
                400, "invalid-request", "name");
        assertProblem(api.post("/api/v1/programs", Map.of("code", code(), "name", "Bồi dưỡng QLNN", "kind", "REFRESHER",
                "category", "STATE_MANAGEMENT", "confers", Map.of("ladder", "STATE_MANAGEMENT", "level", "MASTER"))),
                400, "invalid-request", "confers.level");
        assertProblem(api.post("/api/v1/programs", Map.of("code", code(), "name", "Hội thảo", "kind", "SEMINAR",
                "category", "PARTY_WORK")), 400, "invalid-request", "kind");
        assertProblem(api.post("/api/v1/programs", Map.of("code", takenCode, "name", "Trùng mã", "kind", "DEGREE",
                "category", "POLITICAL_THEORY")), 409, "duplicate-program-code", "code");

        Map<String, Object> badDate = classRequest(politicalTheory, 40);
        badDate.put("startDate", "2026-02-30");
        ApiClient.Response malformed = api.post("/api/v1/classes", badDate);
        assertProblem(malformed, 400, "invalid-request", "startDate");
        assertThat(malformed.json().path("detail").asText()).contains("yyyy-MM-dd");
        Map<String, Object> noCohort = classRequest(politicalTheory, 40);
        noCohort.remove("cohort");
        assertProblem(api.post("/api/v1/classes", noCohort), 400, "invalid-request", "cohort");
        ApiClient.Response noProgram = api.post("/api/v1/classes", classRequest(uuid(), 40));
        assertProblem(noProgram, 400, "invalid-request", "programId");
        assertThat(noProgram.json().path("detail").asText()).contains("no program");
        Map<String, Object> backwards = classRequest(politicalTheory, 40);
        backwards.put("endDate", START.minusDays(1).toString());
        assertProblem(api.post("/api/v1/classes", backwards), 400, "invalid-request", "endDate");
        assertProblem(api.post("/api/v1/classes", classRequest(politicalTheory, 0)), 400, "invalid-request", "capacity");
        ApiClient.Response tooBig = api.post("/api/v1/classes", classRequest(politicalTheory, 121));
        assertProblem(tooBig, 400, "invalid-request", "capacity");
        assertThat(tooBig.json().path("detail").asText()).contains("at most 120");
        ApiClient.Response overCap = api.post("/api/v1/classes", classRequest(deputies, 51));
        assertProblem(overCap, 400, "invalid-request", "capacity");
        assertThat(overCap.json().path("detail").asText()).contains("at most 50");

        assertProblem(api.post("/api/v1/enrollments", Map.of("classId", uuid())), 400, "invalid-request", "cadreId");
        ApiClient.Response noClass = api.post("/api/v1/enrollments", Map.of("cadreId", uuid(), "classId", uuid()));
        assertProblem(noClass, 400, "invalid-request", "classId");
        assertThat(noClass.json().path("detail").asText()).contains("no class");
        assertProblem(api.post("/api/v1/enrollments", Map.of("cadreId", uuid(), "classId", "lớp-12")), 400, "invalid-request", "classId");
        assertProblem(api.get("/api/v1/classes/lop-12"), 400, "invalid-request", "classId");

        assertThat(count("program")).isEqualTo(programs);
        assertThat(count("training_class")).isEqualTo(classes);
        assertThat(count("enrollment")).isEqualTo(enrollments);
        assertThat(count("outbox_event")).isEqualTo(events);

        // At the configured maximum the same class is fine.
        api.post("/api/v1/classes", classRequest(deputies, 50)).expect(201);
    }

    // --- wiring -----------------------------------------------------------------------------------------------------

    @Test
    void bindingsReadTheTopicsOfTheCatalogue() {
        String group = environment.getProperty("spring.cloud.stream.bindings.cadreReplica-in-0.group");
        assertThat(group).isEqualTo("enrollment-service");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.cadreReplica-in-0.destination"))
                .isEqualTo(Topics.CADRES.name());
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.cadreReplica-in-0.consumer.dlq-name"))
                .isEqualTo(Topics.CADRES.deadLetter(group));
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.cadreReplica-in-0.consumer.enable-dlq"))
                .isEqualTo("true");
        // A killed instance holds its partitions until its session times out: the replica stops following the registry.
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms", Integer.class))
                .as("consumer session timeout, ms").isLessThanOrEqualTo(10_000);
    }

    @Test
    void servesHealthAndOpenApi() {
        assertThat(api.get("/actuator/health/readiness").expect(200).body()).contains("UP");
        assertThat(api.get("/v3/api-docs").expect(200).body())
                .contains("/api/v1/programs", "/api/v1/classes", "/api/v1/enrollments", "/api/v1/cadres/{cadreId}",
                        "/api/v1/nominations/{nominationId}/approve", "/api/v1/enrollments/{enrollmentId}/withdraw",
                        "/api/v1/plans/{planId}/approve", "/api/v1/classes/{classId}/results", "/api/v1/study-plans");
    }
}
