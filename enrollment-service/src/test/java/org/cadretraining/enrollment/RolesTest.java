package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What each role may and may not do here, signed in with real tokens of the identity provider and holding grants that
 * arrive as the registry's events. A province with two districts (or two schools) under it: the grant on one covers it,
 * never its sibling.
 */
class RolesTest extends EnrollmentTestSupport {
    @Autowired
    PersonalDataAccessLog accessLog;

    private String status(String path) {
        return api.get(path).expect(200).json().path("status").asText();
    }

    @Test
    void aUnitOfficerNominatesAndApprovesForTheirOwnUnitOnly() {
        String province = province();
        String district = district(province);
        String otherDistrict = district(province);
        String officer = user("can.bo.don.vi");
        grant(officer, AccessRole.UNIT_OFFICER, district);
        ApiClient unit = as(officer);
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        String own = cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY);
        String foreign = cadreIn(otherDistrict, CadreStatus.ACTIVE, ELEMENTARY);

        JsonNode nominated = unit.post("/api/v1/nominations", Map.of("cadreId", own, "classId", classId)).expect(201).json();
        String nomination = nominated.path("nominationId").asText();
        assertThat(nominated.path("unitId").asText()).isEqualTo(district);
        // The event names who nominated: the token's subject.
        assertThat(awaitRecord(Topics.ENROLLMENTS.name(), own, EventTypes.CADRE_NOMINATED.ceType()).header(CloudEventHeaders.ACTOR))
                .isEqualTo(officer);
        assertThat(unit.post("/api/v1/nominations/" + nomination + "/approve", "").expect(200).json().path("status").asText())
                .isEqualTo("PENDING_PROVINCE");
        // The province's decision is not the unit's.
        assertProblem(unit.post("/api/v1/nominations/" + nomination + "/approve", ""), 403, "access-denied", null);
        assertProblem(unit.post("/api/v1/nominations/" + nomination + "/reject", Map.of("reason", "Không cử nữa")),
                403, "access-denied", null);
        assertThat(status("/api/v1/nominations/" + nomination)).isEqualTo("PENDING_PROVINCE");

        String anotherClass = scheduleClass(politicalTheoryProgram(), 5);
        long nominations = count("nomination");
        long events = count("outbox_event");
        ApiClient.Response elsewhere = unit.post("/api/v1/nominations", Map.of("cadreId", foreign, "classId", classId));
        assertProblem(elsewhere, 403, "access-denied", null);
        assertThat(elsewhere.json().path("detail").asText()).contains("NOMINATE");
        // Nor may it draw on another unit's allocation with a cadre of its own.
        assertProblem(unit.post("/api/v1/nominations", Map.of("cadreId", own, "classId", anotherClass,
                "unitId", otherDistrict)), 403, "access-denied", null);
        assertThat(count("nomination")).isEqualTo(nominations);
        assertThat(count("outbox_event")).isEqualTo(events);

        // Another unit's nomination: neither its unit-stage decision nor its record.
        String theirs = nominate(foreign, classId).expect(201).json().path("nominationId").asText();
        assertProblem(unit.post("/api/v1/nominations/" + theirs + "/approve", Map.of("stage", "UNIT")), 403, "access-denied", null);
        assertThat(status("/api/v1/nominations/" + theirs)).isEqualTo("PENDING_UNIT");
        assertThat(unit.get("/api/v1/nominations/" + nomination).expect(200).json().path("cadreId").asText()).isEqualTo(own);
        assertProblem(unit.get("/api/v1/nominations/" + theirs), 403, "access-denied", null);
        assertProblem(unit.get("/api/v1/cadres/" + foreign), 403, "access-denied", null);
        assertThat(accessLog.readsOf(own)).isPositive();
        assertThat(accessLog.refusalsOf(foreign)).isPositive();

        // Needs are registered for its own unit only.
        String planId = api.post("/api/v1/plans", Map.of("year", 2099, "name", "Kế hoạch " + district,
                "needsDeadline", LocalDate.now().plusDays(30).toString())).expect(201).json().path("planId").asText();
        String programId = politicalTheoryProgram();
        unit.post("/api/v1/plans/" + planId + "/needs", Map.of("unitId", district, "programId", programId, "mode", "IN_SERVICE",
                "cadres", 4)).expect(200);
        assertProblem(unit.post("/api/v1/plans/" + planId + "/needs", Map.of("unitId", otherDistrict, "programId", programId,
                "mode", "IN_SERVICE", "cadres", 4)), 403, "access-denied", null);
    }

    @Test
    void aUnitOfficerWithdrawsACadreOfTheirUnitButNotAnotherUnitsAndSchedulesNothing() {
        String province = province();
        String district = district(province);
        String otherDistrict = district(province);
        String officer = user("can.bo.don.vi");
        grant(officer, AccessRole.UNIT_OFFICER, district);
        ApiClient unit = as(officer);
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        String own = enroll(cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY), classId).expect(201).json().path("enrollmentId").asText();
        String theirs = enroll(cadreIn(otherDistrict, CadreStatus.ACTIVE, ELEMENTARY), classId).expect(201).json()
                .path("enrollmentId").asText();

        assertProblem(unit.post("/api/v1/enrollments/" + theirs + "/withdraw", Map.of("reason", "Ốm")), 403, "access-denied", null);
        assertThat(status("/api/v1/enrollments/" + theirs)).isEqualTo("ENROLLED");
        assertThat(unit.post("/api/v1/enrollments/" + own + "/withdraw", Map.of("reason", "Ốm dài ngày")).expect(200).json()
                .path("status").asText()).isEqualTo("WITHDRAWN");
        // Seats given directly, funding, classes and plans are the province's.
        assertProblem(unit.post("/api/v1/enrollments", Map.of("cadreId", uuid(), "classId", classId)), 403, "access-denied", null);
        assertProblem(unit.post("/api/v1/enrollments/" + own + "/funding", Map.of("fundingSource", "UNIT")), 403, "access-denied", null);
        assertProblem(unit.post("/api/v1/classes", classRequest(politicalTheoryProgram(), 10)), 403, "access-denied", null);
    }

    @Test
    void aTrainingOfficerOfTheProvinceDecidesAtTheProvinceStageAndOneOfADistrictCannot() {
        String province = province();
        String district = district(province);
        String provinceOfficer = user("ban.to.chuc.tinh");
        String districtOfficer = user("ban.to.chuc.huyen");
        grant(provinceOfficer, AccessRole.TRAINING_OFFICER, province);
        grant(districtOfficer, AccessRole.TRAINING_OFFICER, district);
        ApiClient ofProvince = as(provinceOfficer);
        ApiClient ofDistrict = as(districtOfficer);

        String programId = politicalTheoryProgram();
        String classId = scheduleClass(programId, 10);
        String nomination = pendingProvince(cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY), classId);
        assertProblem(ofDistrict.post("/api/v1/nominations/" + nomination + "/approve", ""), 403, "access-denied", null);
        assertThat(status("/api/v1/nominations/" + nomination)).isEqualTo("PENDING_PROVINCE");
        JsonNode seated = ofProvince.post("/api/v1/nominations/" + nomination + "/approve", "").expect(200).json();
        assertThat(seated.path("status").asText()).isEqualTo("ENROLLED");
        assertThat(ofProvince.get("/api/v1/enrollments/" + seated.path("enrollmentId").asText()).expect(200).json()
                .path("classId").asText()).isEqualTo(classId);

        // The unit stage is the unit's, even for the province's officer.
        String atUnit = nominate(cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY), classId).expect(201).json()
                .path("nominationId").asText();
        assertProblem(ofProvince.post("/api/v1/nominations/" + atUnit + "/approve", ""), 403, "access-denied", null);
        assertThat(status("/api/v1/nominations/" + atUnit)).isEqualTo("PENDING_UNIT");

        // Classes, plans and the catalogue belong to no district: only the province's officer manages them.
        assertThat(ofProvince.post("/api/v1/classes", classRequest(programId, 20)).expect(201).json().path("status").asText())
                .isEqualTo("SCHEDULED");
        assertProblem(ofDistrict.post("/api/v1/classes", classRequest(programId, 20)), 403, "access-denied", null);
        assertProblem(ofDistrict.post("/api/v1/classes/" + classId + "/cancel", ""), 403, "access-denied", null);
        assertProblem(ofDistrict.post("/api/v1/plans", Map.of("year", 2098, "name", "Kế hoạch huyện",
                "needsDeadline", "2098-01-31")), 403, "access-denied", null);
        assertProblem(ofDistrict.post("/api/v1/programs", Map.of("code", code(), "name", "Bồi dưỡng", "kind", "REFRESHER",
                "category", "PARTY_WORK")), 403, "access-denied", null);
        ofProvince.post("/api/v1/programs", Map.of("code", code(), "name", "Bồi dưỡng", "kind", "REFRESHER",
                "category", "PARTY_WORK")).expect(201);
        // Results are the provider's, not the training officer's.
        assertProblem(ofProvince.post("/api/v1/enrollments/" + seated.path("enrollmentId").asText() + "/result",
                Map.of("outcome", "GRADUATED")), 403, "access-denied", null);
    }

    @Test
    void aTrainingProviderRecordsResultsForItsOwnClassesOnly() {
        String province = province();
        String school = district(province);
        String otherSchool = district(province);
        String teacher = user("truong.chinh.tri");
        grant(teacher, AccessRole.TRAINING_PROVIDER, school);
        ApiClient provider = as(teacher);
        String programId = politicalTheoryProgram();
        String ownClass = scheduleClassOf(programId, 10, school);
        String otherClass = scheduleClassOf(programId, 10, otherSchool);
        String noProviderUnit = scheduleClass(programId, 10);
        String own = enroll(replicatedCadre(CadreStatus.ACTIVE), ownClass).expect(201).json().path("enrollmentId").asText();
        String ownToo = enroll(replicatedCadre(CadreStatus.ACTIVE), ownClass).expect(201).json().path("enrollmentId").asText();
        String other = enroll(replicatedCadre(CadreStatus.ACTIVE), otherClass).expect(201).json().path("enrollmentId").asText();
        String elsewhere = enroll(replicatedCadre(CadreStatus.ACTIVE), noProviderUnit).expect(201).json().path("enrollmentId").asText();

        assertThat(provider.post("/api/v1/enrollments/" + own + "/result", Map.of("outcome", "GRADUATED", "finalGrade", 8,
                "on", END.toString())).expect(200).json().path("status").asText()).isEqualTo("GRADUATED");
        assertThat(provider.get("/api/v1/enrollments/" + own).expect(200).json().path("finalGrade").asInt()).isEqualTo(8);
        String csv = "enrollmentId,outcome,date\n" + ownToo + ",FAILED,2026-07-31\n";
        assertThat(provider.upload("/api/v1/classes/" + ownClass + "/results", "file", "ket-qua.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).expect(200).json().path("accepted").asInt()).isEqualTo(1);

        assertProblem(provider.post("/api/v1/enrollments/" + other + "/result", Map.of("outcome", "GRADUATED", "on", END.toString())),
                403, "access-denied", null);
        assertProblem(provider.post("/api/v1/enrollments/" + other + "/graduation", ""), 403, "access-denied", null);
        String otherCsv = "enrollmentId,outcome,date\n" + other + ",FAILED,2026-07-31\n";
        assertProblem(provider.upload("/api/v1/classes/" + otherClass + "/results", "file", "ket-qua.csv", "text/csv",
                otherCsv.getBytes(StandardCharsets.UTF_8)), 403, "access-denied", null);
        // A class with no provider unit is recorded only by someone over a whole province.
        assertProblem(provider.post("/api/v1/enrollments/" + elsewhere + "/result", Map.of("outcome", "FAILED", "on", END.toString())),
                403, "access-denied", null);
        assertThat(status("/api/v1/enrollments/" + other)).isEqualTo("ENROLLED");
        assertThat(status("/api/v1/enrollments/" + elsewhere)).isEqualTo("ENROLLED");
        assertProblem(provider.get("/api/v1/enrollments/" + other), 403, "access-denied", null);
        // A provider runs classes; it does not open them.
        assertProblem(provider.post("/api/v1/classes/" + ownClass + "/open", ""), 403, "access-denied", null);
    }

    @Test
    void aMonitorsStudyPlansShowOnlyTheCadresTheCallerMayFollow() {
        String province = province();
        String district = district(province);
        String otherDistrict = district(province);
        String officer = user("can.bo.don.vi");
        grant(officer, AccessRole.UNIT_OFFICER, district);
        ApiClient unit = as(officer);
        String monitor = cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY);
        String ownCadre = cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY);
        String foreignCadre = cadreIn(otherDistrict, CadreStatus.ACTIVE, ELEMENTARY);
        int year = LocalDate.now().getYear() + 2;

        unit.post("/api/v1/study-plans", Map.of("cadreId", ownCadre, "ladder", "PROFESSIONAL", "targetLevel", "MASTER",
                "targetYear", year, "monitorCadreId", monitor)).expect(201);
        assertProblem(unit.post("/api/v1/study-plans", Map.of("cadreId", foreignCadre, "ladder", "PROFESSIONAL",
                "targetLevel", "MASTER", "targetYear", year, "monitorCadreId", monitor)), 403, "access-denied", null);
        api.post("/api/v1/study-plans", Map.of("cadreId", foreignCadre, "ladder", "PROFESSIONAL", "targetLevel", "MASTER",
                "targetYear", year, "monitorCadreId", monitor)).expect(201);

        assertThat(api.get("/api/v1/study-plans?cadreId=" + monitor).expect(200).json().findValuesAsString("cadreId"))
                .containsExactlyInAnyOrder(ownCadre, foreignCadre);
        assertThat(unit.get("/api/v1/study-plans?cadreId=" + monitor).expect(200).json().findValuesAsString("cadreId"))
                .containsExactly(ownCadre);
        assertProblem(unit.get("/api/v1/study-plans?cadreId=" + foreignCadre), 403, "access-denied", null);
    }

    @Test
    void aGrantTakesEffectWithinSecondsAndItsRevocationToo() {
        String province = province();
        String district = district(province);
        String subject = user("can.bo.moi");
        ApiClient user = as(subject);
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        String cadre = cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY);
        Map<String, String> nomination = Map.of("cadreId", cadre, "classId", classId);
        assertProblem(user.post("/api/v1/nominations", nomination), 403, "access-denied", null);

        String grantId = grants.grant(subject, AccessRole.UNIT_OFFICER, district);
        long granted = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> user.post("/api/v1/nominations", nomination).status() == 201);
        assertThat(Duration.ofNanos(System.nanoTime() - granted)).isLessThan(Duration.ofSeconds(10));
        String nominationId = jdbc.sql("SELECT CAST(id AS text) FROM nomination WHERE cadre_id = CAST(:c AS uuid)")
                .param("c", cadre).query(String.class).single();
        user.get("/api/v1/nominations/" + nominationId).expect(200);

        grants.revoke(grantId, subject, AccessRole.UNIT_OFFICER, district);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> user.get("/api/v1/nominations/" + nominationId).status() == 403);
        assertProblem(user.post("/api/v1/nominations/" + nominationId + "/approve", ""), 403, "access-denied", null);
        assertThat(status("/api/v1/nominations/" + nominationId)).isEqualTo("PENDING_UNIT");
    }
}
