package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A plan belongs to a unit: the province, a department. Each owner approves one plan a year, its training officer
 * manages it, and it gives seats to the owner's units. Signed in with real tokens, grants arriving as the registry's
 * events.
 */
class PlanOwnersTest extends EnrollmentTestSupport {
    private static final LocalDate DEADLINE = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);

    private int year() {
        return freshPlanYear();
    }

    static ApiClient.Response createPlan(ApiClient as, String owner, int year) {
        Map<String, Object> body = new HashMap<>(Map.of("year", year, "name", "Kế hoạch đào tạo, bồi dưỡng năm " + year,
                "needsDeadline", DEADLINE.toString()));
        if (owner != null) {
            body.put("ownerUnitId", owner);
        }
        return as.post("/api/v1/plans", body);
    }

    static ApiClient.Response quota(ApiClient as, String planId, String programId, String mode, int quota, Map<String, Integer> allocations) {
        return as.post("/api/v1/plans/" + planId + "/quotas", Map.of("programId", programId, "mode", mode, "quota", quota,
                "allocations", allocations.entrySet().stream().map(a -> Map.of("unitId", a.getKey(), "seats", a.getValue())).toList()));
    }

    @Test
    void twoOwnersEachApproveAPlanForTheSameYearAndASecondForOneOwnerIsRefused() {
        int year = year();
        String province = knownUnit(null, UnitLevel.PROVINCE);
        String department = knownUnit(province, UnitLevel.PROVINCE);
        String division = knownUnit(department, UnitLevel.PROVINCE);
        String commune = knownUnit(province, UnitLevel.COMMUNE);
        String provinceOfficer = user("daotao.tinh");
        String departmentOfficer = user("daotao.so");
        grant(provinceOfficer, AccessRole.TRAINING_OFFICER, province);
        grant(departmentOfficer, AccessRole.TRAINING_OFFICER, department);
        ApiClient ofProvince = as(provinceOfficer);
        ApiClient ofDepartment = as(departmentOfficer);
        String programId = politicalTheoryProgram();

        // The province's plan gives seats anywhere in the province, the department's in the department.
        String provincePlan = createPlan(ofProvince, province, year).expect(201).json().path("planId").asText();
        quota(ofProvince, provincePlan, programId, "IN_SERVICE", 10, Map.of(commune, 6, division, 4)).expect(200);
        JsonNode approved = ofProvince.post("/api/v1/plans/" + provincePlan + "/approve", "").expect(200).json();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("ownerUnitId").asText()).isEqualTo(province);

        JsonNode created = createPlan(ofDepartment, department, year).expect(201).json();
        String departmentPlan = created.path("planId").asText();
        assertThat(created.path("ownerUnitId").asText()).isEqualTo(department);
        ApiClient.Response outside = quota(ofDepartment, departmentPlan, programId, "IN_SERVICE", 5, Map.of(division, 3, commune, 2));
        assertProblem(outside, 422, "allocation-outside-owner", "allocations");
        assertThat(outside.json().path("detail").asText()).contains(commune);
        quota(ofDepartment, departmentPlan, programId, "IN_SERVICE", 5, Map.of(division, 3, department, 2)).expect(200);
        assertThat(ofDepartment.post("/api/v1/plans/" + departmentPlan + "/approve", "").expect(200).json().path("status").asText())
                .isEqualTo("APPROVED");

        // Both approved for the same year; each event names its owner.
        assertThat(json(awaitRecord(Topics.PLANS.name(), provincePlan, EventTypes.TRAINING_PLAN_APPROVED.ceType()))
                .path("ownerUnitId").asText()).isEqualTo(province);
        assertThat(json(awaitRecord(Topics.PLANS.name(), departmentPlan, EventTypes.TRAINING_PLAN_APPROVED.ceType()))
                .path("ownerUnitId").asText()).isEqualTo(department);

        // A second plan of one owner for that year is refused, before anything is written.
        long plans = count("training_plan");
        ApiClient.Response second = createPlan(ofDepartment, department, year);
        assertProblem(second, 409, "approved-plan-exists", "year");
        assertThat(second.json().path("detail").asText()).contains(department, String.valueOf(year), departmentPlan);
        assertProblem(createPlan(ofProvince, province, year), 409, "approved-plan-exists", "year");
        assertThat(count("training_plan")).isEqualTo(plans);

        // Listed by owner and year.
        assertThat(ofProvince.get("/api/v1/plans?year=" + year).expect(200).json().path("items").findValuesAsString("planId"))
                .contains(provincePlan, departmentPlan);
        JsonNode ofTheDepartment = ofDepartment.get("/api/v1/plans?ownerUnitId=" + department + "&year=" + year).expect(200).json();
        assertThat(ofTheDepartment.path("items").findValuesAsString("planId")).containsExactly(departmentPlan);
        assertThat(ofTheDepartment.path("items").get(0).path("status").asText()).isEqualTo("APPROVED");
        assertThat(ofTheDepartment.path("totalItems").asLong()).isEqualTo(1);
        assertProblem(api.get("/api/v1/plans?year=1999"), 400, "invalid-request", "year");

        // Paged on the server, newest first: one plan a page walks the year's plans without repeating one.
        long ofTheYear = ofProvince.get("/api/v1/plans?year=" + year).expect(200).json().path("totalItems").asLong();
        List<String> walked = new ArrayList<>();
        for (int page = 0; page < ofTheYear; page++) {
            JsonNode one = ofProvince.get("/api/v1/plans?year=" + year + "&size=1&page=" + page).expect(200).json();
            assertThat(one.path("totalPages").asLong()).isEqualTo(ofTheYear);
            assertThat(one.path("items")).hasSize(1);
            walked.add(one.path("items").get(0).path("planId").asText());
        }
        assertThat(walked).doesNotHaveDuplicates().contains(provincePlan, departmentPlan);
        assertProblem(api.get("/api/v1/plans?size=201"), 400, "invalid-request", "size");
    }

    @Test
    void twoDraftsOfOneOwnerMayWaitButOnlyOneIsApproved() {
        int year = year();
        String province = knownUnit(null, UnitLevel.PROVINCE);
        String commune = knownUnit(province, UnitLevel.COMMUNE);
        String programId = politicalTheoryProgram();
        String first = createPlan(api, province, year).expect(201).json().path("planId").asText();
        String second = createPlan(api, province, year).expect(201).json().path("planId").asText();
        quota(api, first, programId, "IN_SERVICE", 3, Map.of(commune, 3)).expect(200);
        quota(api, second, programId, "IN_SERVICE", 4, Map.of(commune, 4)).expect(200);
        api.post("/api/v1/plans/" + first + "/approve", "").expect(200);
        ApiClient.Response refused = api.post("/api/v1/plans/" + second + "/approve", "");
        assertProblem(refused, 409, "approved-plan-exists", "year");
        assertThat(refused.json().path("detail").asText()).contains(first);
        assertThat(api.get("/api/v1/plans/" + second).expect(200).json().path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aDepartmentsTrainingOfficerCannotFileOrApproveTheProvincesPlan() {
        int year = year();
        String province = knownUnit(null, UnitLevel.PROVINCE);
        String department = knownUnit(province, UnitLevel.PROVINCE);
        String commune = knownUnit(province, UnitLevel.COMMUNE);
        String departmentOfficer = user("daotao.so");
        grant(departmentOfficer, AccessRole.TRAINING_OFFICER, department);
        ApiClient ofDepartment = as(departmentOfficer);
        String programId = politicalTheoryProgram();
        String provincePlan = createPlan(api, province, year).expect(201).json().path("planId").asText();

        assertProblem(quota(ofDepartment, provincePlan, programId, "IN_SERVICE", 3, Map.of(department, 3)), 403, "access-denied", null);
        quota(api, provincePlan, programId, "IN_SERVICE", 3, Map.of(commune, 3)).expect(200);
        long events = count("outbox_event");
        ApiClient.Response approval = ofDepartment.post("/api/v1/plans/" + provincePlan + "/approve", "");
        assertProblem(approval, 403, "access-denied", null);
        assertThat(approval.json().path("detail").asText()).contains("PLANS_MANAGE");
        assertThat(api.get("/api/v1/plans/" + provincePlan).expect(200).json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(count("outbox_event")).isEqualTo(events);
        assertProblem(createPlan(ofDepartment, province, year + 1 > 2100 ? year - 1 : year + 1), 403, "access-denied", null);
        // Without an owner a plan is the province's: not the department's either.
        assertProblem(createPlan(ofDepartment, null, year), 403, "access-denied", null);
        // Its own plan's needs come from its own units.
        String departmentPlan = createPlan(ofDepartment, department, year).expect(201).json().path("planId").asText();
        assertProblem(api.post("/api/v1/plans/" + departmentPlan + "/needs", Map.of("unitId", commune, "programId", programId,
                "mode", "IN_SERVICE", "cadres", 2)), 422, "need-outside-owner", "unitId");
    }

    @Test
    void aPlanOfAnUnknownUnitIsRefused() {
        assertProblem(createPlan(api, uuid(), year()), 422, "unit-not-known", "ownerUnitId");
    }

    @Test
    void aNominationFallsUnderThePlanOfItsOwnUnitsNotAnotherOwners() {
        int year = 2026;
        String province = knownUnit(null, UnitLevel.PROVINCE);
        String department = knownUnit(province, UnitLevel.PROVINCE);
        String commune = knownUnit(province, UnitLevel.COMMUNE);
        String programId = politicalTheoryProgram();
        String departmentPlan = createPlan(api, department, year).expect(201).json().path("planId").asText();
        quota(api, departmentPlan, programId, "IN_SERVICE", 2, Map.of(department, 2)).expect(200);
        api.post("/api/v1/plans/" + departmentPlan + "/approve", "").expect(200);
        String classId = classOf(programId, "IN_SERVICE", START, END, 20);

        JsonNode ofDepartment = nominate(cadreIn(department, CadreStatus.ACTIVE, ELEMENTARY), classId).expect(201).json();
        assertThat(ofDepartment.path("planId").asText()).isEqualTo(departmentPlan);
        // A commune is none of the department's units: its nomination is under no plan, and not refused for want of seats.
        JsonNode ofCommune = nominate(cadreIn(commune, CadreStatus.ACTIVE, ELEMENTARY), classId).expect(201).json();
        assertThat(ofCommune.path("planId").isNull() || ofCommune.path("planId").isMissingNode()).isTrue();
        ApiClient.Response named = api.post("/api/v1/nominations", Map.of("cadreId", cadreIn(commune, CadreStatus.ACTIVE, ELEMENTARY),
                "classId", classId, "planId", departmentPlan));
        assertProblem(named, 400, "invalid-request", "planId");
        assertThat(List.of(named.json().path("detail").asText())).allMatch(d -> d.contains(department));
    }
}
