package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.registry.CadreDeparted;
import org.cadretraining.events.registry.CadreProfileUpdated;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Nominations from unit to seat, the waitlist and withdrawal, and every eligibility refusal, on the real broker and DB. */
class NominationsTest extends EnrollmentTestSupport {
    @Test
    void aUnitNominatesTheUnitAndProvinceApproveAndTheFullClassWaitlistsThenAWithdrawalPromotes() {
        String unit = uuid();
        String programId = politicalTheoryProgram();
        String classId = scheduleClass(programId, 1);
        api.post("/api/v1/classes/" + classId + "/open", "").expect(200);
        String first = cadreIn(unit, CadreStatus.ACTIVE, ELEMENTARY);
        String second = cadreIn(unit, CadreStatus.ACTIVE, ELEMENTARY);

        JsonNode nominated = api.post("/api/v1/nominations", Map.of("cadreId", first, "classId", classId, "cost", 4500000))
                .expect(201).json();
        String firstNomination = nominated.path("nominationId").asText();
        assertThat(nominated.path("status").asText()).isEqualTo("PENDING_UNIT");
        assertThat(nominated.path("unitId").asText()).isEqualTo(unit);
        assertProblem(api.post("/api/v1/nominations/" + firstNomination + "/approve", Map.of("stage", "PROVINCE")),
                409, "wrong-stage", "stage");
        assertThat(api.post("/api/v1/nominations/" + firstNomination + "/approve", Map.of("stage", "UNIT")).expect(200)
                .json().path("status").asText()).isEqualTo("PENDING_PROVINCE");
        JsonNode seated = approve(firstNomination).expect(200).json();
        assertThat(seated.path("status").asText()).isEqualTo("ENROLLED");
        String enrollmentId = seated.path("enrollmentId").asText();
        assertProblem(approve(firstNomination), 409, "nomination-decided", null);

        JsonNode waiting = approve(pendingProvince(second, classId)).expect(200).json();
        assertThat(waiting.path("status").asText()).isEqualTo("WAITLISTED");
        assertThat(waiting.path("waitlistPosition").asInt()).isEqualTo(1);
        String secondNomination = waiting.path("nominationId").asText();

        JsonNode enrolled = json(awaitRecord(Topics.ENROLLMENTS.name(), first, EventTypes.CADRE_ENROLLED.ceType()));
        assertThat(enrolled.path("nominationId").asText()).isEqualTo(firstNomination);
        assertThat(enrolled.path("unitId").asText()).isEqualTo(unit);
        assertThat(enrolled.path("fundingSource").asText()).isEqualTo("STATE_BUDGET");
        JsonNode waitlisted = json(awaitRecord(Topics.ENROLLMENTS.name(), second, EventTypes.CADRE_WAITLISTED.ceType()));
        assertThat(waitlisted.path("position").asInt()).isEqualTo(1);
        assertThat(typesFor(first)).containsExactly(EventTypes.CADRE_NOMINATED.ceType(), EventTypes.NOMINATION_APPROVED.ceType(),
                EventTypes.NOMINATION_APPROVED.ceType(), EventTypes.CADRE_ENROLLED.ceType());
        JsonNode enrollment = api.get("/api/v1/enrollments/" + enrollmentId).expect(200).json();
        assertThat(enrollment.path("cost").asLong()).isEqualTo(4500000);
        assertThat(enrollment.path("nominationId").asText()).isEqualTo(firstNomination);

        JsonNode withdrawn = api.post("/api/v1/enrollments/" + enrollmentId + "/withdraw", Map.of("reason", "Ốm dài ngày"))
                .expect(200).json();
        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
        JsonNode promoted = api.get("/api/v1/nominations/" + secondNomination).expect(200).json();
        assertThat(promoted.path("status").asText()).isEqualTo("ENROLLED");
        assertThat(api.get("/api/v1/classes/" + classId).expect(200).json().path("enrolled").asLong()).isEqualTo(1);
        assertThat(json(awaitRecord(Topics.ENROLLMENTS.name(), first, EventTypes.ENROLLMENT_WITHDRAWN.ceType()))
                .path("reason").asText()).isEqualTo("Ốm dài ngày");
        assertThat(json(awaitRecord(Topics.ENROLLMENTS.name(), second, EventTypes.CADRE_ENROLLED.ceType()))
                .path("nominationId").asText()).isEqualTo(secondNomination);
        assertThat(api.get("/api/v1/nominations/" + firstNomination).expect(200).json().path("status").asText()).isEqualTo("WITHDRAWN");
        assertProblem(api.post("/api/v1/enrollments/" + enrollmentId + "/withdraw", ""), 409, "not-enrolled", null);
        // The withdrawn cadre may be nominated again.
        nominate(first, classId).expect(201);
    }

    @Test
    void aRejectionGivesItsStageAndReason() {
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        String cadre = cadreIn(uuid(), CadreStatus.ACTIVE, ELEMENTARY);
        String nomination = nominate(cadre, classId).expect(201).json().path("nominationId").asText();
        assertProblem(api.post("/api/v1/nominations/" + nomination + "/reject", Map.of()), 400, "invalid-request", "reason");
        JsonNode rejected = api.post("/api/v1/nominations/" + nomination + "/reject",
                Map.of("reason", "Chưa đủ thời gian công tác")).expect(200).json();
        assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
        JsonNode event = json(awaitRecord(Topics.ENROLLMENTS.name(), cadre, EventTypes.NOMINATION_REJECTED.ceType()));
        assertThat(event.path("stage").asText()).isEqualTo("UNIT");
        assertThat(event.path("reason").asText()).isEqualTo("Chưa đủ thời gian công tác");
        assertProblem(approve(nomination), 409, "nomination-decided", null);
    }

    @Test
    void eachEligibilityRefusalNamesItsReasonAndWritesNothing() {
        String unit = uuid();
        String intermediate = politicalTheoryProgram();
        String advanced = api.post("/api/v1/programs", Map.of("code", code(), "name", "Cao cấp lý luận chính trị",
                "kind", "DEGREE", "category", "POLITICAL_THEORY",
                "confers", Map.of("ladder", "POLITICAL_THEORY", "level", "ADVANCED"),
                "prerequisites", List.of(Map.of("ladder", "POLITICAL_THEORY", "level", "INTERMEDIATE"),
                        Map.of("ladder", "PROFESSIONAL", "level", "UNIVERSITY")),
                "eligibleTiers", List.of("PROVINCIAL_STANDING_COMMITTEE"))).expect(201).json().path("programId").asText();
        String intermediateClass = scheduleClass(intermediate, 40);
        String advancedClass = classOf(advanced, "CONCENTRATED", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30), 40);
        // A division-level leadership refresher, concentrated, whose first month overlaps the advanced class.
        String overlapping = classOf(createProgram("LEADERSHIP", null), "CONCENTRATED", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 12, 18), 40);

        String retired = cadreIn(unit, CadreStatus.RETIRED, ELEMENTARY);
        String holdsIt = cadreIn(unit, CadreStatus.ACTIVE, INTERMEDIATE);
        String elementary = cadreIn(unit, CadreStatus.ACTIVE, ELEMENTARY);
        long nominations = count("nomination");
        long events = count("outbox_event");

        assertProblem(nominate(retired, intermediateClass), 422, "cadre-not-active", "cadreId");
        ApiClient.Response holds = nominate(holdsIt, intermediateClass);
        assertProblem(holds, 422, "already-holds-level", "cadreId");
        assertThat(holds.json().path("detail").asText()).contains("already holds POLITICAL_THEORY INTERMEDIATE");
        ApiClient.Response missing = nominate(elementary, advancedClass);
        assertProblem(missing, 422, "prerequisite-missing", "cadreId");
        assertThat(missing.json().path("detail").asText()).contains("POLITICAL_THEORY at least INTERMEDIATE (holds ELEMENTARY)");
        // Intermediate, but not of the tier the program is open to.
        ApiClient.Response tier = nominate(holdsIt, advancedClass);
        assertProblem(tier, 422, "prerequisite-missing", "cadreId");
        assertThat(tier.json().path("detail").asText()).contains("management tier one of [PROVINCIAL_STANDING_COMMITTEE] (is UNIT)");
        assertThat(count("nomination")).isEqualTo(nominations);
        assertThat(count("outbox_event")).isEqualTo(events);

        // The registry moves them to the provincial tier: the replica follows and the same request passes.
        kafka.sendCloudEvent(Topics.CADRES.name(), holdsIt, EventTypes.CADRE_PROFILE_UPDATED.ceType(), null,
                EventCodec.toJsonText(new CadreProfileUpdated(holdsIt, "Lò Thị Hương", LocalDate.of(1988, 4, 12), Gender.FEMALE,
                        true, "Phó Giám đốc Sở", null, ManagementTier.PROVINCIAL_STANDING_COMMITTEE, List.of(), Instant.now())));
        await().atMost(WAIT).until(() -> replica(holdsIt).path("managementTier").asText().equals("PROVINCIAL_STANDING_COMMITTEE"));
        nominate(holdsIt, advancedClass).expect(201);
        assertProblem(nominate(holdsIt, advancedClass), 409, "already-enrolled", "cadreId");
        ApiClient.Response clash = nominate(holdsIt, overlapping);
        assertProblem(clash, 422, "concentrated-clash", "classId");
        assertThat(clash.json().path("detail").asText()).contains(advancedClass, "2026-03-02 to 2026-09-30");
        assertProblem(nominate(uuid(), intermediateClass), 422, "cadre-not-known", "cadreId");
    }

    @Test
    void eligibilityIsCheckedAgainAtApproval() {
        String classId = scheduleClass(politicalTheoryProgram(), 40);
        String cadre = cadreIn(uuid(), CadreStatus.ACTIVE, ELEMENTARY);
        String nomination = pendingProvince(cadre, classId);
        kafka.sendCloudEvent(Topics.CADRES.name(), cadre, EventTypes.CADRE_DEPARTED.ceType(), null,
                EventCodec.toJsonText(new CadreDeparted(cadre, CadreStatus.RETIRED, LocalDate.of(2026, 5, 1), "Nghỉ hưu")));
        await().atMost(WAIT).until(() -> replica(cadre).path("status").asText().equals("RETIRED"));
        assertProblem(approve(nomination), 422, "cadre-not-active", "cadreId");
        assertThat(api.get("/api/v1/nominations/" + nomination).expect(200).json().path("status").asText())
                .isEqualTo("PENDING_PROVINCE");
        assertThat(api.get("/api/v1/classes/" + classId).expect(200).json().path("enrolled").asLong()).isZero();
    }

    @Test
    void twoApprovalsRacingForTheLastSeatGiveOneEnrollmentAndOneWaitlistEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // A few rounds, each on its own class, so that an unlucky interleaving has several chances to show.
            for (int round = 0; round < 4; round++) {
                String classId = scheduleClass(politicalTheoryProgram(), 2);
                String unit = uuid();
                enroll(cadreIn(unit, CadreStatus.ACTIVE, ELEMENTARY), classId).expect(201);
                List<String> nominations = List.of(
                        pendingProvince(cadreIn(unit, CadreStatus.ACTIVE, ELEMENTARY), classId),
                        pendingProvince(cadreIn(unit, CadreStatus.ACTIVE, ELEMENTARY), classId));
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<ApiClient.Response>> racing = new ArrayList<>();
                for (String nomination : nominations) {
                    racing.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return approve(nomination);
                    }, pool));
                }
                go.countDown();
                List<JsonNode> decided = racing.stream().map(CompletableFuture::join).map(r -> r.expect(200).json()).toList();
                assertThat(decided).extracting(d -> d.path("status").asText()).containsExactlyInAnyOrder("ENROLLED", "WAITLISTED");
                assertThat(jdbc.sql("SELECT count(*) FROM enrollment WHERE class_id = CAST(:c AS uuid) AND status = 'ENROLLED'")
                        .param("c", classId).query(Long.class).single()).isEqualTo(2);
                assertThat(jdbc.sql("SELECT count(*) FROM nomination WHERE class_id = CAST(:c AS uuid) AND status = 'WAITLISTED'")
                        .param("c", classId).query(Long.class).single()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
