package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The routes the operations console reads and decides with: nominations as lists (scoped to the caller's units), the
 * eligibility check beforehand, bulk decisions item by item, a class's roster with its waitlist and promotions, and
 * the paged lists of classes, programs and study plans. Real broker, database and tokens.
 */
class ConsoleRoutesTest extends EnrollmentTestSupport {

    private static List<String> ids(JsonNode page, String field) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path(field).asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.path(field).asText()));
        return texts;
    }

    private String officerOf(AccessRole role, String unit) {
        String subject = user(role.name().toLowerCase());
        grant(subject, role, unit);
        return subject;
    }

    private String nominationOf(String cadreId, String classId) {
        return nominate(cadreId, classId).expect(201).json().path("nominationId").asText();
    }

    // --- nominations as lists ----------------------------------------------------------------------------------------

    @Test
    void nominationsAreListedForTheCallersUnitsWithTheirSubunitsFilteredAndPaged() {
        String province = province();
        String district = district(province);
        String commune = knownUnit(district, org.cadretraining.events.vocabulary.UnitLevel.COMMUNE);
        String otherDistrict = district(province);
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        String inDistrict = nominationOf(cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY), classId);
        String inCommune = nominationOf(cadreIn(commune, CadreStatus.ACTIVE, ELEMENTARY), classId);
        String elsewhere = nominationOf(cadreIn(otherDistrict, CadreStatus.ACTIVE, ELEMENTARY), classId);
        ApiClient unit = as(officerOf(AccessRole.UNIT_OFFICER, district));
        ApiClient otherUnit = as(officerOf(AccessRole.UNIT_OFFICER, otherDistrict));
        ApiClient provinceOfficer = as(officerOf(AccessRole.TRAINING_OFFICER, province));

        JsonNode own = unit.get("/api/v1/nominations?classId=" + classId).expect(200).json();
        assertThat(ids(own, "nominationId")).containsExactly(inDistrict, inCommune);
        assertThat(own.path("totalItems").asLong()).isEqualTo(2);
        assertThat(own.path("page").asInt()).isZero();
        assertThat(own.path("size").asInt()).isEqualTo(20);
        assertThat(own.path("totalPages").asLong()).isEqualTo(1);
        // The unit alone, then with the units below it.
        assertThat(ids(unit.get("/api/v1/nominations?classId=" + classId + "&unitId=" + district).expect(200).json(),
                "nominationId")).containsExactly(inDistrict);
        assertThat(ids(unit.get("/api/v1/nominations?classId=" + classId + "&unitId=" + district + "&includeSubunits=true")
                .expect(200).json(), "nominationId")).containsExactly(inDistrict, inCommune);
        // Another unit's: named, a 403; unnamed, simply not there.
        assertProblem(unit.get("/api/v1/nominations?unitId=" + otherDistrict), 403, "access-denied", null);
        assertThat(ids(otherUnit.get("/api/v1/nominations?classId=" + classId).expect(200).json(), "nominationId"))
                .containsExactly(elsewhere);

        // The approvals queue: the province's officer sees every unit's, at the stage asked for.
        unit.post("/api/v1/nominations/" + inDistrict + "/approve", "").expect(200);
        assertThat(ids(provinceOfficer.get("/api/v1/nominations?awaiting=PROVINCE&classId=" + classId).expect(200).json(),
                "nominationId")).containsExactly(inDistrict);
        assertThat(ids(provinceOfficer.get("/api/v1/nominations?awaiting=UNIT&classId=" + classId).expect(200).json(),
                "nominationId")).containsExactly(inCommune, elsewhere);
        assertThat(ids(api.get("/api/v1/nominations?status=PENDING_PROVINCE&classId=" + classId).expect(200).json(),
                "nominationId")).containsExactly(inDistrict);

        // Pages in a stable order.
        JsonNode second = api.get("/api/v1/nominations?classId=" + classId + "&size=2&page=1").expect(200).json();
        assertThat(ids(second, "nominationId")).containsExactly(elsewhere);
        assertThat(second.path("totalItems").asLong()).isEqualTo(3);
        assertThat(second.path("totalPages").asLong()).isEqualTo(2);
        assertProblem(api.get("/api/v1/nominations?size=0"), 400, "invalid-request", "size");
        assertProblem(api.get("/api/v1/nominations?size=201"), 400, "invalid-request", "size");
        assertProblem(api.get("/api/v1/nominations?page=-1"), 400, "invalid-request", "page");
        assertProblem(api.get("/api/v1/nominations?awaiting=SOMEWHERE"), 400, "invalid-request", "awaiting");
    }

    // --- eligibility ------------------------------------------------------------------------------------------------

    @Test
    void eligibilityNamesEveryRefusalAtOnceAndAgreesWithTheNomination() {
        String province = province();
        String district = district(province);
        String otherDistrict = district(province);
        ApiClient unit = as(officerOf(AccessRole.UNIT_OFFICER, district));
        ApiClient otherUnit = as(officerOf(AccessRole.UNIT_OFFICER, otherDistrict));
        String programId = api.post("/api/v1/programs", Map.of("code", code(), "name", "Trung cấp LLCT – HC", "kind", "DEGREE",
                "category", "POLITICAL_THEORY", "confers", Map.of("ladder", "POLITICAL_THEORY", "level", "INTERMEDIATE"),
                "prerequisites", List.of(Map.of("ladder", "PROFESSIONAL", "level", "MASTER")))).expect(201).json()
                .path("programId").asText();
        String running = scheduleClass(programId, 10);
        api.post("/api/v1/classes/" + running + "/open", "").expect(200);
        api.post("/api/v1/classes/" + running + "/start", "").expect(200);
        String retired = cadreIn(district, CadreStatus.RETIRED, INTERMEDIATE);

        JsonNode check = unit.get("/api/v1/nominations/eligibility?cadreId=" + retired + "&classId=" + running).expect(200).json();
        assertThat(check.path("eligible").asBoolean()).isFalse();
        assertThat(texts(check.path("refusals"), "type")).containsExactly(
                "https://cadretraining.org/problems/cadre-not-active", "https://cadretraining.org/problems/class-not-open",
                "https://cadretraining.org/problems/already-holds-level", "https://cadretraining.org/problems/prerequisite-missing");
        assertThat(texts(check.path("refusals"), "field")).containsExactly("cadreId", "classId", "cadreId", "cadreId");
        assertThat(check.path("refusals").get(3).path("detail").asText()).contains("PROFESSIONAL at least MASTER");
        assertThat(check.path("refusals").get(0).path("title").asText()).isEqualTo("Cadre not active");
        assertThat(check.path("unitId").asText()).isEqualTo(district);
        assertThat(check.path("planRatio").isNull()).isTrue();

        // The nomination is refused with the first of them, and nothing is written either way.
        long nominations = count("nomination");
        long events = count("outbox_event");
        ApiClient.Response refused = unit.post("/api/v1/nominations", Map.of("cadreId", retired, "classId", running));
        JsonNode problem = assertProblem(refused, 422, "cadre-not-active", "cadreId");
        assertThat(problem.path("detail").asText()).isEqualTo(check.path("refusals").get(0).path("detail").asText());
        assertThat(count("nomination")).isEqualTo(nominations);
        assertThat(count("outbox_event")).isEqualTo(events);

        // A full class is no refusal: the cadre would wait for a seat.
        String full = scheduleClass(politicalTheoryProgram(), 1);
        enroll(cadreIn(otherDistrict, CadreStatus.ACTIVE, ELEMENTARY), full).expect(201);
        String active = cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY);
        JsonNode eligible = unit.get("/api/v1/nominations/eligibility?cadreId=" + active + "&classId=" + full).expect(200).json();
        assertThat(eligible.path("eligible").asBoolean()).isTrue();
        assertThat(eligible.path("refusals")).isEmpty();
        assertThat(eligible.path("wouldWaitlist").asBoolean()).isTrue();
        unit.post("/api/v1/nominations", Map.of("cadreId", active, "classId", full)).expect(201);
        JsonNode again = unit.get("/api/v1/nominations/eligibility?cadreId=" + active + "&classId=" + full).expect(200).json();
        assertThat(texts(again.path("refusals"), "type")).containsExactly("https://cadretraining.org/problems/already-enrolled");
        assertThat(again.path("refusals").get(0).path("status").asInt()).isEqualTo(409);
        assertProblem(unit.post("/api/v1/nominations", Map.of("cadreId", active, "classId", full)), 409, "already-enrolled", "cadreId");

        // Only for the cadre's own unit, as the nomination.
        assertProblem(otherUnit.get("/api/v1/nominations/eligibility?cadreId=" + active + "&classId=" + full),
                403, "access-denied", null);
        assertProblem(unit.get("/api/v1/nominations/eligibility?cadreId=" + active + "&classId=" + uuid()),
                400, "invalid-request", "classId");
        assertProblem(unit.get("/api/v1/nominations/eligibility?classId=" + full), 400, "invalid-request", "cadreId");
    }

    // --- bulk decisions ---------------------------------------------------------------------------------------------

    @Test
    void bulkDecisionsReportEachItemAndOneRefusalStopsNoOther() {
        String province = province();
        String district = district(province);
        String otherDistrict = district(province);
        ApiClient unit = as(officerOf(AccessRole.UNIT_OFFICER, district));
        ApiClient provinceOfficer = as(officerOf(AccessRole.TRAINING_OFFICER, province));
        String classId = scheduleClass(politicalTheoryProgram(), 1);
        String first = nominationOf(cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY), classId);
        String second = nominationOf(cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY), classId);
        String foreign = nominationOf(cadreIn(otherDistrict, CadreStatus.ACTIVE, ELEMENTARY), classId);
        String missing = uuid();

        JsonNode atUnit = unit.post("/api/v1/nominations/decisions", Map.of("stage", "UNIT", "decision", "APPROVE",
                "nominationIds", List.of(first, foreign, second, missing))).expect(200).json().path("results");
        assertThat(texts(atUnit, "nominationId")).containsExactly(first, foreign, second, missing);
        assertThat(texts(atUnit, "outcome")).containsExactly("DONE", "REFUSED", "DONE", "REFUSED");
        assertThat(atUnit.get(0).path("nomination").path("status").asText()).isEqualTo("PENDING_PROVINCE");
        assertThat(atUnit.get(1).path("problem").path("status").asInt()).isEqualTo(403);
        assertThat(atUnit.get(1).path("problem").path("type").asText()).endsWith("/access-denied");
        assertThat(atUnit.get(1).path("nomination").isNull()).isTrue();
        assertThat(atUnit.get(3).path("problem").path("status").asInt()).isEqualTo(404);
        assertThat(api.get("/api/v1/nominations/" + foreign).expect(200).json().path("status").asText()).isEqualTo("PENDING_UNIT");

        // A unit officer takes no decision at the province's stage.
        JsonNode notTheirs = unit.post("/api/v1/nominations/decisions", Map.of("stage", "PROVINCE", "decision", "APPROVE",
                "nominationIds", List.of(first))).expect(200).json().path("results");
        assertThat(notTheirs.get(0).path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(notTheirs.get(0).path("problem").path("status").asInt()).isEqualTo(403);

        // The province: one seat, so the first is enrolled and the second waits; the third is not at this stage.
        JsonNode atProvince = provinceOfficer.post("/api/v1/nominations/decisions", Map.of("stage", "PROVINCE",
                "decision", "APPROVE", "nominationIds", List.of(first, second, foreign))).expect(200).json().path("results");
        assertThat(texts(atProvince, "outcome")).containsExactly("DONE", "DONE", "REFUSED");
        assertThat(atProvince.get(0).path("nomination").path("status").asText()).isEqualTo("ENROLLED");
        assertThat(atProvince.get(0).path("nomination").path("enrollmentId").asText()).isNotBlank();
        assertThat(atProvince.get(1).path("nomination").path("status").asText()).isEqualTo("WAITLISTED");
        assertThat(atProvince.get(1).path("nomination").path("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(atProvince.get(2).path("problem").path("status").asInt()).isEqualTo(409);
        assertThat(atProvince.get(2).path("problem").path("type").asText()).endsWith("/wrong-stage");
        // The list shows the place in line too.
        JsonNode waiting = api.get("/api/v1/nominations?status=WAITLISTED&classId=" + classId).expect(200).json();
        assertThat(waiting.path("items").get(0).path("waitlistPosition").asInt()).isEqualTo(1);

        JsonNode rejected = provinceOfficer.post("/api/v1/nominations/decisions", Map.of("stage", "PROVINCE", "decision", "REJECT",
                "reason", "Đơn vị đã đủ chỉ tiêu", "nominationIds", List.of(second))).expect(200).json().path("results");
        assertThat(rejected.get(0).path("nomination").path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get(0).path("nomination").path("reason").asText()).isEqualTo("Đơn vị đã đủ chỉ tiêu");

        // Bad requests are refused whole, before any item is decided.
        assertProblem(provinceOfficer.post("/api/v1/nominations/decisions", Map.of("stage", "UNIT", "decision", "REJECT",
                "nominationIds", List.of(foreign))), 400, "invalid-request", "reason");
        assertProblem(provinceOfficer.post("/api/v1/nominations/decisions", Map.of("stage", "UNIT", "decision", "APPROVE",
                "nominationIds", IntStream.range(0, 101).mapToObj(i -> uuid()).toList())), 400, "invalid-request", "nominationIds");
        assertProblem(provinceOfficer.post("/api/v1/nominations/decisions", Map.of("stage", "UNIT", "decision", "APPROVE",
                "nominationIds", List.of())), 400, "invalid-request", "nominationIds");
        assertProblem(provinceOfficer.post("/api/v1/nominations/decisions", Map.of("stage", "REGION", "decision", "APPROVE",
                "nominationIds", List.of(foreign))), 400, "invalid-request", null);
        assertThat(api.get("/api/v1/nominations/" + foreign).expect(200).json().path("status").asText()).isEqualTo("PENDING_UNIT");
    }

    // --- the roster -------------------------------------------------------------------------------------------------

    @Test
    void theRosterShowsStudentsResultsTheWaitlistAndItsPromotionsToWhomMaySeeThem() {
        String province = province();
        String district = district(province);
        String otherDistrict = district(province);
        String quietDistrict = district(province);
        String school = knownUnit(province, org.cadretraining.events.vocabulary.UnitLevel.DISTRICT);
        String otherSchool = knownUnit(province, org.cadretraining.events.vocabulary.UnitLevel.DISTRICT);
        ApiClient provider = as(officerOf(AccessRole.TRAINING_PROVIDER, school));
        ApiClient otherProvider = as(officerOf(AccessRole.TRAINING_PROVIDER, otherSchool));
        ApiClient unit = as(officerOf(AccessRole.UNIT_OFFICER, district));
        ApiClient quietUnit = as(officerOf(AccessRole.UNIT_OFFICER, quietDistrict));
        String classId = scheduleClassOf(politicalTheoryProgram(), 1, school);
        String seatedCadre = cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY);
        String waitingCadre = cadreIn(otherDistrict, CadreStatus.ACTIVE, ELEMENTARY);
        String seatedNomination = pendingProvince(seatedCadre, classId);
        String waitingNomination = pendingProvince(waitingCadre, classId);
        String enrollmentId = approve(seatedNomination).expect(200).json().path("enrollmentId").asText();
        assertThat(approve(waitingNomination).expect(200).json().path("status").asText()).isEqualTo("WAITLISTED");

        JsonNode before = provider.get("/api/v1/classes/" + classId + "/roster").expect(200).json();
        assertThat(before.path("classId").asText()).isEqualTo(classId);
        assertThat(before.path("capacity").asInt()).isEqualTo(1);
        assertThat(before.path("regulatoryCap").asInt()).isEqualTo(120);
        assertThat(before.path("seated").asInt()).isEqualTo(1);
        assertThat(before.path("filtered").asBoolean()).isFalse();
        assertThat(texts(before.path("enrollments"), "cadreId")).containsExactly(seatedCadre);
        assertThat(texts(before.path("waitlist"), "nominationId")).containsExactly(waitingNomination);
        assertThat(before.path("waitlist").get(0).path("position").asInt()).isEqualTo(1);
        assertThat(before.path("waitlist").get(0).path("unitId").asText()).isEqualTo(otherDistrict);
        assertThat(before.path("promotions")).isEmpty();

        // The seat comes free: the first in line takes it, and the roster says so.
        api.post("/api/v1/enrollments/" + enrollmentId + "/withdraw", Map.of("reason", "Ốm dài ngày")).expect(200);
        JsonNode promoted = api.get("/api/v1/nominations/" + waitingNomination).expect(200).json();
        assertThat(promoted.path("status").asText()).isEqualTo("ENROLLED");
        String promotedSeat = promoted.path("enrollmentId").asText();
        provider.post("/api/v1/enrollments/" + promotedSeat + "/result", Map.of("outcome", "GRADUATED", "attendancePercent", 96,
                "finalGrade", 8.5, "certificateNumber", "TCCT-0425", "on", END.toString())).expect(200);

        JsonNode after = provider.get("/api/v1/classes/" + classId + "/roster").expect(200).json();
        assertThat(after.path("seated").asInt()).isEqualTo(1);
        assertThat(after.path("waitlist")).isEmpty();
        assertThat(texts(after.path("promotions"), "nominationId")).containsExactly(waitingNomination);
        assertThat(after.path("promotions").get(0).path("enrollmentId").asText()).isEqualTo(promotedSeat);
        assertThat(after.path("promotions").get(0).path("promotedAt").asText()).isNotBlank();
        assertThat(texts(after.path("enrollments"), "status")).containsExactly("WITHDRAWN", "GRADUATED");
        JsonNode graduate = after.path("enrollments").get(1);
        assertThat(graduate.path("enrollmentId").asText()).isEqualTo(promotedSeat);
        assertThat(graduate.path("outcome").asText()).isEqualTo("GRADUATED");
        assertThat(graduate.path("attendancePercent").asInt()).isEqualTo(96);
        assertThat(graduate.path("finalGrade").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(graduate.path("certificateNumber").asText()).isEqualTo("TCCT-0425");
        assertThat(graduate.path("graduatedOn").asText()).isEqualTo(END.toString());
        assertThat(after.path("enrollments").get(0).path("outcome").isNull()).isTrue();
        // The same in the enrollment itself, for the provider's screen.
        JsonNode seat = provider.get("/api/v1/enrollments/" + promotedSeat).expect(200).json();
        assertThat(seat.path("attendancePercent").asInt()).isEqualTo(96);
        assertThat(seat.path("finalGrade").decimalValue()).isEqualByComparingTo("8.5");

        // A unit officer sees their own units' cadres only; a unit with none, nothing; another provider, a 403.
        JsonNode own = unit.get("/api/v1/classes/" + classId + "/roster").expect(200).json();
        assertThat(own.path("filtered").asBoolean()).isTrue();
        assertThat(texts(own.path("enrollments"), "cadreId")).containsExactly(seatedCadre);
        assertThat(own.path("promotions")).isEmpty();
        JsonNode none = quietUnit.get("/api/v1/classes/" + classId + "/roster").expect(200).json();
        assertThat(none.path("enrollments")).isEmpty();
        assertThat(none.path("waitlist")).isEmpty();
        assertThat(none.path("promotions")).isEmpty();
        assertProblem(otherProvider.get("/api/v1/classes/" + classId + "/roster"), 403, "access-denied", null);
        assertProblem(provider.get("/api/v1/classes/" + uuid() + "/roster"), 404, "not-found", null);
    }

    // --- paged lists ------------------------------------------------------------------------------------------------

    @Test
    void classesAndProgramsArePagedAndClassesFilteredByProgramStatusAndYear() {
        String programId = politicalTheoryProgram();
        String spring = classOf(programId, "IN_SERVICE", START, END, 30);
        String autumn = classOf(programId, "CONCENTRATED", START.plusMonths(6), END.plusMonths(6), 30);
        String nextYear = classOf(programId, "IN_SERVICE", START.plusYears(1), END.plusYears(1), 30);
        api.post("/api/v1/classes/" + autumn + "/open", "").expect(200);

        JsonNode all = api.get("/api/v1/classes?programId=" + programId).expect(200).json();
        assertThat(ids(all, "classId")).containsExactly(spring, autumn, nextYear);
        assertThat(all.path("totalItems").asLong()).isEqualTo(3);
        assertThat(ids(api.get("/api/v1/classes?programId=" + programId + "&year=" + START.getYear()).expect(200).json(),
                "classId")).containsExactly(spring, autumn);
        assertThat(ids(api.get("/api/v1/classes?programId=" + programId + "&status=OPEN").expect(200).json(), "classId"))
                .containsExactly(autumn);
        // Any of several statuses: the classes still taking nominations, as the nominating screen asks.
        api.post("/api/v1/classes/" + spring + "/cancel", Map.of("reason", "không đủ học viên")).expect(200);
        assertThat(ids(api.get("/api/v1/classes?programId=" + programId + "&status=SCHEDULED,OPEN").expect(200).json(), "classId"))
                .containsExactly(autumn, nextYear);
        assertThat(ids(api.get("/api/v1/classes?programId=" + programId + "&status=SCHEDULED&status=CANCELLED").expect(200).json(),
                "classId")).containsExactly(spring, nextYear);
        JsonNode paged = api.get("/api/v1/classes?programId=" + programId + "&size=2&page=1").expect(200).json();
        assertThat(ids(paged, "classId")).containsExactly(nextYear);
        assertThat(paged.path("totalPages").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/classes?programId=" + programId + "&page=5").expect(200).json().path("items")).isEmpty();
        assertProblem(api.get("/api/v1/classes?size=201"), 400, "invalid-request", "size");
        assertProblem(api.get("/api/v1/classes?status=FINISHED"), 400, "invalid-request", "status");

        // By the unit that teaches them: a provider's own classes, and none of another's.
        String province = province();
        String school = knownUnit(province, org.cadretraining.events.vocabulary.UnitLevel.DISTRICT);
        String otherSchool = knownUnit(province, org.cadretraining.events.vocabulary.UnitLevel.DISTRICT);
        String taught = scheduleClassOf(programId, 10, school);
        String taughtToo = scheduleClassOf(programId, 10, school);
        String taughtElsewhere = scheduleClassOf(programId, 10, otherSchool);
        JsonNode bySchool = api.get("/api/v1/classes?providerUnitId=" + school).expect(200).json();
        assertThat(ids(bySchool, "classId")).containsExactlyInAnyOrder(taught, taughtToo);
        assertThat(bySchool.path("totalItems").asLong()).isEqualTo(2);
        assertThat(bySchool.path("items").findValuesAsString("providerUnitId")).containsOnly(school);
        assertThat(ids(api.get("/api/v1/classes?providerUnitId=" + otherSchool + "&programId=" + programId).expect(200).json(),
                "classId")).containsExactly(taughtElsewhere);
        assertThat(api.get("/api/v1/classes?providerUnitId=" + uuid()).expect(200).json().path("totalItems").asLong()).isZero();
        assertProblem(api.get("/api/v1/classes?providerUnitId=not-a-unit"), 400, "invalid-request", "providerUnitId");

        JsonNode programs = api.get("/api/v1/programs?size=1").expect(200).json();
        assertThat(programs.path("items")).hasSize(1);
        assertThat(programs.path("size").asInt()).isEqualTo(1);
        long total = programs.path("totalItems").asLong();
        assertThat(total).isPositive();
        assertThat(programs.path("totalPages").asLong()).isEqualTo(total);
        assertThat(api.get("/api/v1/programs?size=200").expect(200).json().path("items").size()).isEqualTo((int) Math.min(200, total));
        assertProblem(api.get("/api/v1/programs?size=201"), 400, "invalid-request", "size");
        // The access rule stays: a user without grants reads no catalogue.
        assertProblem(as(user("chua.co.quyen")).get("/api/v1/programs"), 403, "access-denied", null);
    }

    @Test
    void studyPlansAreListedByTheOfficialWhoFollowsThemWithinTheCallersUnits() {
        String province = province();
        String district = district(province);
        String otherDistrict = district(province);
        ApiClient unit = as(officerOf(AccessRole.UNIT_OFFICER, district));
        String monitor = cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY);
        String own = cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY);
        String foreign = cadreIn(otherDistrict, CadreStatus.ACTIVE, ELEMENTARY);
        int year = java.time.LocalDate.now().getYear() + 2;
        for (String cadre : List.of(own, foreign)) {
            api.post("/api/v1/study-plans", Map.of("cadreId", cadre, "ladder", "PROFESSIONAL", "targetLevel", "MASTER",
                    "targetYear", year, "monitorCadreId", monitor)).expect(201);
        }

        JsonNode everyone = api.get("/api/v1/study-plans?monitorCadreId=" + monitor).expect(200).json();
        assertThat(ids(everyone, "cadreId")).containsExactlyInAnyOrder(own, foreign);
        assertThat(everyone.path("totalItems").asLong()).isEqualTo(2);
        JsonNode firstPage = api.get("/api/v1/study-plans?monitorCadreId=" + monitor + "&size=1").expect(200).json();
        assertThat(firstPage.path("items")).hasSize(1);
        assertThat(firstPage.path("totalPages").asLong()).isEqualTo(2);
        assertThat(ids(unit.get("/api/v1/study-plans?monitorCadreId=" + monitor).expect(200).json(), "cadreId"))
                .containsExactly(own);
        assertThat(unit.get("/api/v1/study-plans?monitorCadreId=" + UUID.randomUUID()).expect(200).json().path("totalItems")
                .asLong()).isZero();
        assertProblem(unit.get("/api/v1/study-plans"), 400, "invalid-request", "cadreId");
        assertProblem(unit.get("/api/v1/study-plans?cadreId=" + own + "&monitorCadreId=" + monitor), 400, "invalid-request",
                "monitorCadreId");
    }
}
