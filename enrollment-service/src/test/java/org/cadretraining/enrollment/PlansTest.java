package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Yearly plans: quotas, allocations, needs before the deadline, the ratio rule, approval and its event. */
class PlansTest extends EnrollmentTestSupport {
    private int year() {
        // One approved plan an owner a year, and these plans have none (the province's): each test takes a year of its own.
        return freshPlanYear();
    }

    private String plan(int year, LocalDate deadline) {
        return api.post("/api/v1/plans", Map.of("year", year, "name", "Kế hoạch đào tạo, bồi dưỡng năm " + year,
                "needsDeadline", deadline.toString())).expect(201).json().path("planId").asText();
    }

    private ApiClient.Response quota(String planId, String programId, String mode, int quota, Map<String, Integer> allocations) {
        return api.post("/api/v1/plans/" + planId + "/quotas", Map.of("programId", programId, "mode", mode, "quota", quota,
                "allocations", allocations.entrySet().stream().map(a -> Map.of("unitId", a.getKey(), "seats", a.getValue())).toList()));
    }

    @Test
    void approvalChecksTheRatioRuleAndPublishesTheQuotas() {
        int year = year();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String planId = plan(year, today.plusDays(30));
        String programId = politicalTheoryProgram();
        String unitA = uuid();
        String unitB = uuid();
        quota(planId, programId, "CONCENTRATED", 10, Map.of(unitA, 6, unitB, 4)).expect(200);
        quota(planId, programId, "IN_SERVICE", 11, Map.of(unitA, 11)).expect(200);
        assertProblem(quota(planId, programId, "ONLINE", 2, Map.of(unitA, 3)), 400, "invalid-request", "allocations");

        JsonNode needs = api.post("/api/v1/plans/" + planId + "/needs", Map.of("unitId", unitA, "programId", programId,
                "mode", "CONCENTRATED", "cadres", 9)).expect(200).json();
        api.post("/api/v1/plans/" + planId + "/needs", Map.of("unitId", unitB, "programId", programId, "mode", "CONCENTRATED",
                "cadres", 5)).expect(200);
        assertThat(needs.path("units").findValuesAsString("needed")).contains("9");
        JsonNode view = api.get("/api/v1/plans/" + planId).expect(200).json();
        JsonNode concentrated = view.path("lines").valueStream()
                .filter(l -> l.path("mode").asText().equals("CONCENTRATED")).findFirst().orElseThrow();
        assertThat(concentrated.path("quota").asInt()).isEqualTo(10);
        assertThat(concentrated.path("needed").asInt()).isEqualTo(14);
        assertThat(concentrated.path("allocated").asInt()).isEqualTo(10);
        assertThat(view.path("quotaRatio").path("met").asBoolean()).isFalse();
        // The rule itself travels with its figures: the console recomputes it while a quota is edited.
        assertThat(view.path("quotaRatio").path("inServicePerConcentrated").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(view.path("quotaRatio").path("requiredInService").asLong()).isEqualTo(12);

        ApiClient.Response breach = api.post("/api/v1/plans/" + planId + "/approve", "");
        assertProblem(breach, 422, "ratio-breach", null);
        assertThat(breach.json().path("detail").asText())
                .contains("concentrated 10 : in-service 11; the 1 : 1.2 rule needs at least 12 in-service (1 more)");

        quota(planId, programId, "IN_SERVICE", 12, Map.of(unitA, 8, unitB, 4)).expect(200);
        JsonNode approved = api.post("/api/v1/plans/" + planId + "/approve", "").expect(200).json();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertProblem(quota(planId, programId, "IN_SERVICE", 20, Map.of()), 409, "plan-already-approved", null);
        assertProblem(api.post("/api/v1/plans/" + planId + "/needs", Map.of("unitId", unitA, "programId", programId,
                "mode", "IN_SERVICE", "cadres", 3)), 422, "needs-deadline-passed", "unitId");

        JsonNode event = json(awaitRecord(Topics.PLANS.name(), planId, EventTypes.TRAINING_PLAN_APPROVED.ceType()));
        assertThat(event.path("year").asInt()).isEqualTo(year);
        assertThat(event.path("quotas")).hasSize(2);
        JsonNode inService = event.path("quotas").valueStream().filter(q -> q.path("mode").asText().equals("IN_SERVICE"))
                .findFirst().orElseThrow();
        assertThat(inService.path("quota").asInt()).isEqualTo(12);
        assertThat(inService.path("programCategory").asText()).isEqualTo("POLITICAL_THEORY");
        assertThat(inService.path("allocations").findValuesAsString("unitId")).containsExactlyInAnyOrder(unitA, unitB);
    }

    @Test
    void needsAfterTheDeadlineAreRefused() {
        String planId = plan(year(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1));
        ApiClient.Response late = api.post("/api/v1/plans/" + planId + "/needs", Map.of("unitId", uuid(),
                "programId", politicalTheoryProgram(), "mode", "IN_SERVICE", "cadres", 3));
        assertProblem(late, 422, "needs-deadline-passed", "unitId");
        assertThat(late.json().path("detail").asText()).contains("were due by");
    }

    private record ApprovedPlan(String planId, String classId) {
    }

    /** An approved plan of this year giving {@code unit} its seats in one program, and a concentrated class of it. */
    private ApprovedPlan approvedPlanWithConcentratedClass(String unit, int concentratedSeats, int inServiceSeats) {
        return approvedPlanWithConcentratedClass(unit, concentratedSeats, inServiceSeats, year());
    }

    private ApprovedPlan approvedPlanWithConcentratedClass(String unit, int concentratedSeats, int inServiceSeats, int year) {
        String planId = plan(year, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10));
        String programId = politicalTheoryProgram();
        quota(planId, programId, "CONCENTRATED", concentratedSeats, Map.of(unit, concentratedSeats)).expect(200);
        quota(planId, programId, "IN_SERVICE", inServiceSeats, Map.of(unit, inServiceSeats)).expect(200);
        api.post("/api/v1/plans/" + planId + "/approve", "").expect(200);
        return new ApprovedPlan(planId, classOf(programId, "CONCENTRATED", LocalDate.of(year, 3, 2), LocalDate.of(year, 6, 30), 40));
    }

    @Test
    void aNominationWaitingForAnApprovalHoldsNoLockTheApprovalNeeds() throws Exception {
        String unit = uuid();
        ApprovedPlan approved = approvedPlanWithConcentratedClass(unit, 2, 3);
        String planId = approved.planId();
        String classId = approved.classId();
        String cadre = cadreIn(unit, CadreStatus.ACTIVE, ELEMENTARY);

        // This transaction plays an approval: the class row first, then the unit's allocation. A nomination that
        // arrives in between must wait for the class without holding the allocation, or the two would deadlock.
        try (java.sql.Connection approval = dataSource.getConnection()) {
            approval.setAutoCommit(false);
            try (var lockClass = approval.prepareStatement("SELECT id FROM training_class WHERE id = CAST(? AS uuid) FOR UPDATE")) {
                lockClass.setString(1, classId);
                lockClass.executeQuery().close();
            }
            var nomination = java.util.concurrent.CompletableFuture.supplyAsync(() -> nominate(cadre, classId));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                    SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
                    """).query(Long.class).single() > 0);
            try (var lockAllocation = approval.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
                lockAllocation.setString(1, planId + "/" + unit);
                try (var result = lockAllocation.executeQuery()) {
                    result.next();
                    assertThat(result.getBoolean(1)).as("the allocation is free while the nomination waits for the class").isTrue();
                }
            }
            approval.commit();
            nomination.get(30, java.util.concurrent.TimeUnit.SECONDS).expect(201);
        }
    }

    @Test
    void nominationsDrawOnTheUnitsAllocationAndTheFillIsCheckedAgainstTheRatio() {
        String unitA = uuid();
        String unitB = uuid();
        ApprovedPlan approved = approvedPlanWithConcentratedClass(unitA, 1, 2);
        String planId = approved.planId();
        String concentrated = approved.classId();

        String first = cadreIn(unitA, CadreStatus.ACTIVE, ELEMENTARY);
        JsonNode nominated = nominate(first, concentrated).expect(201).json();
        assertThat(nominated.path("planId").asText()).isEqualTo(planId);
        ApiClient.Response usedUp = nominate(cadreIn(unitA, CadreStatus.ACTIVE, ELEMENTARY), concentrated);
        assertProblem(usedUp, 422, "allocation-used-up", "unitId");
        assertThat(usedUp.json().path("detail").asText()).contains("has used 1 of its 1 seat(s)");
        ApiClient.Response none = nominate(cadreIn(unitB, CadreStatus.ACTIVE, ELEMENTARY), concentrated);
        assertProblem(none, 422, "allocation-used-up", "unitId");
        assertThat(none.json().path("detail").asText()).contains("has used 0 of its 0 seat(s)");

        String nomination = nominated.path("nominationId").asText();
        approve(nomination).expect(200);
        JsonNode seated = approve(nomination).expect(200).json();
        assertThat(seated.path("status").asText()).isEqualTo("ENROLLED");
        assertThat(seated.path("planRatio").path("met").asBoolean()).isFalse();
        assertThat(seated.path("planRatio").path("breach").asText()).contains("concentrated 1 : in-service 0", "at least 2");
        JsonNode enrolled = json(awaitRecord(Topics.ENROLLMENTS.name(), first, EventTypes.CADRE_ENROLLED.ceType()));
        assertThat(enrolled.path("planId").asText()).isEqualTo(planId);

        JsonNode view = api.get("/api/v1/plans/" + planId).expect(200).json();
        assertThat(view.path("filledRatio").path("concentrated").asInt()).isEqualTo(1);
        assertThat(view.path("filledRatio").path("met").asBoolean()).isFalse();
        assertThat(view.path("lines")).hasSize(2);

    }

    @Test
    void aCadreWhoDropsOutWasSentAndThePlanKeepsCountingThem() {
        String unit = uuid();
        // A past year's plan, so that the class has started and a result can be recorded.
        int year = ThreadLocalRandom.current().nextInt(2000, 2020);
        ApprovedPlan approved = approvedPlanWithConcentratedClass(unit, 2, 3, year);
        String planId = approved.planId();
        String classId = approved.classId();
        String nomination = nominate(cadreIn(unit, CadreStatus.ACTIVE, ELEMENTARY), classId).expect(201).json().path("nominationId").asText();
        approve(nomination).expect(200);
        String enrollmentId = approve(nomination).expect(200).json().path("enrollmentId").asText();
        assertThat(sentOn(api.get("/api/v1/plans/" + planId).expect(200).json(), classId)).isEqualTo(1);

        api.post("/api/v1/enrollments/" + enrollmentId + "/result", Map.of("outcome", "DROPPED_OUT",
                "on", LocalDate.of(year, 4, 15).toString())).expect(200);
        assertThat(api.get("/api/v1/enrollments/" + enrollmentId).expect(200).json().path("status").asText()).isEqualTo("DROPPED_OUT");
        assertThat(sentOn(api.get("/api/v1/plans/" + planId).expect(200).json(), classId)).as("a drop-out was sent").isEqualTo(1);
    }

    /** The plan line's seats filled for the mode of {@code classId}'s program (the plan view's "filled"). */
    private long sentOn(JsonNode plan, String classId) {
        String mode = api.get("/api/v1/classes/" + classId).expect(200).json().path("mode").asText();
        long filled = 0;
        for (JsonNode line : plan.path("lines")) {
            if (line.path("mode").asText().equals(mode)) {
                filled += line.path("filled").asLong();
            }
        }
        return filled;
    }
}
