package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.cadretraining.platform.sheets.HostileWorkbooks;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Results one at a time and by upload, the class lifecycle with its events, funding, and individual study plans. */
class ResultsAndLifecycleTest extends EnrollmentTestSupport {

    private List<String> enrolledIn(String classId, int count) {
        return replicatedCadres(count, CadreStatus.ACTIVE).stream()
                .map(c -> enroll(c, classId).expect(201).json().path("enrollmentId").asText()).toList();
    }

    private ApiClient.Response upload(String classId, String filename, byte[] content, boolean atomic) {
        return api.upload("/api/v1/classes/" + classId + "/results?atomic=" + atomic, "file", filename,
                "application/octet-stream", content);
    }

    @Test
    void providersRecordResultsOneAtATimeWithTheirEvents() {
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        List<String> cadres = replicatedCadres(3, CadreStatus.ACTIVE);
        List<String> ids = cadres.stream().map(c -> enroll(c, classId).expect(201).json().path("enrollmentId").asText()).toList();

        JsonNode graduated = api.post("/api/v1/enrollments/" + ids.get(0) + "/result", Map.of("outcome", "GRADUATED",
                "attendancePercent", 96, "finalGrade", 8.5, "certificateNumber", "TC-12-001", "on", END.toString())).expect(200).json();
        assertThat(graduated.path("status").asText()).isEqualTo("GRADUATED");
        assertThat(graduated.path("finalGrade").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(graduated.path("attendancePercent").asInt()).isEqualTo(96);
        api.post("/api/v1/enrollments/" + ids.get(1) + "/result", Map.of("outcome", "FAILED", "finalGrade", 4.0,
                "on", END.toString())).expect(200);
        api.post("/api/v1/enrollments/" + ids.get(2) + "/result", Map.of("outcome", "DROPPED_OUT", "attendancePercent", 30,
                "on", START.plusDays(40).toString())).expect(200);

        assertThat(json(awaitRecord(Topics.ENROLLMENTS.name(), cadres.get(0), EventTypes.COURSE_GRADUATED.ceType()))
                .path("confers").path("level").asText()).isEqualTo("INTERMEDIATE");
        JsonNode failed = json(awaitRecord(Topics.ENROLLMENTS.name(), cadres.get(1), EventTypes.COURSE_FAILED.ceType()));
        assertThat(failed.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(failed.path("endedOn").asText()).isEqualTo(END.toString());
        assertThat(json(awaitRecord(Topics.ENROLLMENTS.name(), cadres.get(2), EventTypes.COURSE_FAILED.ceType()))
                .path("outcome").asText()).isEqualTo("DROPPED_OUT");

        assertProblem(api.post("/api/v1/enrollments/" + ids.get(1) + "/result", Map.of("outcome", "GRADUATED")),
                409, "result-already-recorded", null);
        assertProblem(api.post("/api/v1/enrollments/" + ids.get(0) + "/result", Map.of("outcome", "FAILED")),
                409, "already-graduated", null);
        assertProblem(api.post("/api/v1/enrollments/" + ids.get(0) + "/result", Map.of("outcome", "PASSED")),
                400, "invalid-request", "outcome");
        assertProblem(api.post("/api/v1/enrollments/" + ids.get(0) + "/result", Map.of("outcome", "FAILED", "finalGrade", 11)),
                400, "invalid-request", "finalGrade");
    }

    @Test
    void anUploadReportsEveryBadRowByLineAndCommitsAllOrNoneAsAsked() throws Exception {
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        List<String> ids = enrolledIn(classId, 3);
        String other = enrolledIn(scheduleClass(politicalTheoryProgram(), 10), 1).get(0);
        String csv = "enrollmentId,outcome,attendancePercent,finalGrade,certificateNumber,date\n"
                + ids.get(0) + ",GRADUATED,95,\"8,5\",TC-12-101,31/07/2026\n"
                + ids.get(1) + ",FAILED,80,4,,2026-07-31\n"
                + ids.get(2) + ",PASSED,80,7,,2026-07-31\n"
                + other + ",GRADUATED,90,7,,2026-07-31\n"
                + ids.get(1) + ",FAILED,80,4,,2030-01-01\n";
        long events = count("outbox_event");

        ApiClient.Response atomic = upload(classId, "ket-qua.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        atomic.expect(422);
        JsonNode report = atomic.json();
        assertThat(report.path("committed").asBoolean()).isFalse();
        assertThat(report.path("accepted").asInt()).isZero();
        assertThat(report.path("rejected").findValuesAsString("line")).containsExactly("4", "5", "6");
        assertThat(report.path("rejected").get(0).path("field").asText()).isEqualTo("outcome");
        assertThat(report.path("rejected").get(1).path("reason").asText()).contains("no enrollment");
        assertThat(report.path("rejected").get(2).path("reason").asText()).contains("twice");
        assertThat(count("outbox_event")).isEqualTo(events);
        assertThat(api.get("/api/v1/enrollments/" + ids.get(0)).expect(200).json().path("status").asText()).isEqualTo("ENROLLED");

        JsonNode partial = upload(classId, "ket-qua.csv", csv.getBytes(StandardCharsets.UTF_8), false).expect(200).json();
        assertThat(partial.path("accepted").asInt()).isEqualTo(2);
        assertThat(partial.path("rejected")).hasSize(3);
        JsonNode first = api.get("/api/v1/enrollments/" + ids.get(0)).expect(200).json();
        assertThat(first.path("status").asText()).isEqualTo("GRADUATED");
        assertThat(first.path("graduatedOn").asText()).isEqualTo("2026-07-31");
        assertThat(first.path("certificateNumber").asText()).isEqualTo("TC-12-101");
        assertThat(api.get("/api/v1/enrollments/" + ids.get(1)).expect(200).json().path("status").asText()).isEqualTo("FAILED");

        // The last one by Excel; a result already recorded is a row error, with the line it came from.
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(xlsx, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Kết quả");
            List<String> header = List.of("enrollmentId", "outcome", "attendancePercent", "finalGrade", "date");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            ws.value(1, 0, ids.get(2));
            ws.value(1, 1, "GRADUATED");
            ws.value(1, 2, 91);
            ws.value(1, 3, 7.25);
            ws.value(1, 4, "2026-07-31");
            ws.value(2, 0, ids.get(0));
            ws.value(2, 1, "FAILED");
        }
        JsonNode excel = upload(classId, "ket-qua.xlsx", xlsx.toByteArray(), false).expect(200).json();
        assertThat(excel.path("accepted").asInt()).isEqualTo(1);
        assertThat(excel.path("rejected").findValuesAsString("line")).containsExactly("3");
        assertThat(api.get("/api/v1/enrollments/" + ids.get(2)).expect(200).json().path("finalGrade").decimalValue())
                .isEqualByComparingTo("7.25");
        assertProblem(upload(classId, "ket-qua.csv", "id,result\n1,2\n".getBytes(StandardCharsets.UTF_8), true),
                400, "invalid-request", "file");
    }

    @Test
    void hostileFilesAreRefusedBeforeARowIsBuiltAndFormulaLikeCellsAreRowErrors() throws Exception {
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        String id = enrolledIn(classId, 1).get(0);
        long events = count("outbox_event");
        JsonNode far = assertProblem(upload(classId, "far.xlsx", HostileWorkbooks.rowNumbered(2_147_483_647L), true),
                422, "unreadable-file", "file");
        assertThat(far.path("detail").asText()).contains("2147483647");
        assertThat(assertProblem(upload(classId, "bomb.xlsx", HostileWorkbooks.zipBomb(), true), 422, "unreadable-file", "file")
                .path("detail").asText()).contains("inflates");
        assertThat(assertProblem(upload(classId, "strings.xlsx", HostileWorkbooks.hugeSharedStrings(), true), 422, "unreadable-file", "file")
                .path("detail").asText()).contains("shared text");
        ByteArrayOutputStream formula = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(formula, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Kết quả");
            ws.value(0, 0, "enrollmentId");
            ws.value(0, 1, "outcome");
            ws.value(1, 0, id);
            ws.formula(1, 1, "IF(1,\"GRADUATED\",\"FAILED\")");
        }
        assertThat(assertProblem(upload(classId, "formula.xlsx", formula.toByteArray(), true), 422, "unreadable-file", "file")
                .path("detail").asText()).contains("formula", "B2");
        // Text that a spreadsheet would run as a formula: the row is refused, the field named.
        String csv = "enrollmentId,outcome,certificateNumber\n" + id + ",GRADUATED,'=HYPERLINK(\"http://x\")\n";
        JsonNode report = upload(classId, "ket-qua.csv", csv.getBytes(StandardCharsets.UTF_8), true).expect(422).json();
        assertThat(report.path("rejected").get(0).path("field").asText()).isEqualTo("certificateNumber");
        assertThat(count("outbox_event")).isEqualTo(events);
        assertThat(api.get("/api/v1/enrollments/" + id).expect(200).json().path("status").asText()).isEqualTo("ENROLLED");
    }

    @Test
    void aClassMovesThroughItsLifeAndCompletingItPublishesTheCounts() {
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        List<String> ids = enrolledIn(classId, 3);
        assertProblem(api.post("/api/v1/classes/" + classId + "/start", ""), 409, "invalid-class-transition", null);
        assertThat(api.post("/api/v1/classes/" + classId + "/open", "").expect(200).json().path("status").asText()).isEqualTo("OPEN");
        api.post("/api/v1/classes/" + classId + "/start", Map.of("on", START.toString())).expect(200);
        api.post("/api/v1/enrollments/" + ids.get(0) + "/graduation", Map.of("graduatedOn", END.toString())).expect(200);
        api.post("/api/v1/enrollments/" + ids.get(1) + "/result", Map.of("outcome", "FAILED", "on", END.toString())).expect(200);
        ApiClient.Response pending = api.post("/api/v1/classes/" + classId + "/complete", Map.of("on", END.toString()));
        assertProblem(pending, 409, "results-pending", null);
        assertThat(pending.json().path("detail").asText()).contains("1 student(s)");
        api.post("/api/v1/enrollments/" + ids.get(2) + "/result", Map.of("outcome", "DROPPED_OUT", "on", END.toString())).expect(200);
        assertThat(api.post("/api/v1/classes/" + classId + "/complete", Map.of("on", END.toString())).expect(200).json()
                .path("status").asText()).isEqualTo("COMPLETED");
        assertProblem(api.post("/api/v1/classes/" + classId + "/cancel", ""), 409, "invalid-class-transition", null);

        assertThat(json(awaitRecord(Topics.CLASSES.name(), classId, EventTypes.CLASS_OPENED.ceType())).path("classId").asText())
                .isEqualTo(classId);
        assertThat(json(awaitRecord(Topics.CLASSES.name(), classId, EventTypes.CLASS_STARTED.ceType())).path("startedOn").asText())
                .isEqualTo(START.toString());
        JsonNode completed = json(awaitRecord(Topics.CLASSES.name(), classId, EventTypes.CLASS_COMPLETED.ceType()));
        assertThat(completed.path("completedOn").asText()).isEqualTo(END.toString());
        assertThat(List.of(completed.path("enrolled").asInt(), completed.path("graduated").asInt(), completed.path("failed").asInt(),
                completed.path("droppedOut").asInt())).containsExactly(3, 1, 1, 1);
        assertProblem(enroll(replicatedCadre(CadreStatus.ACTIVE), classId), 409, "class-closed", "classId");
    }

    @Test
    void cancellingAClassWithdrawsItsSeatsAndClosesItsNominations() {
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        String seatedCadre = replicatedCadre(CadreStatus.ACTIVE);
        String enrollmentId = enroll(seatedCadre, classId).expect(201).json().path("enrollmentId").asText();
        String nominee = replicatedCadre(CadreStatus.ACTIVE);
        String nominationId = nominate(nominee, classId).expect(201).json().path("nominationId").asText();

        assertThat(api.post("/api/v1/classes/" + classId + "/cancel", Map.of("reason", "Không đủ học viên")).expect(200).json()
                .path("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/v1/enrollments/" + enrollmentId).expect(200).json().path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.get("/api/v1/nominations/" + nominationId).expect(200).json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(json(awaitRecord(Topics.CLASSES.name(), classId, EventTypes.CLASS_CANCELLED.ceType())).path("reason").asText())
                .isEqualTo("Không đủ học viên");
        assertThat(json(awaitRecord(Topics.ENROLLMENTS.name(), seatedCadre, EventTypes.ENROLLMENT_WITHDRAWN.ceType()))
                .path("reason").asText()).contains("class cancelled");
        awaitRecord(Topics.ENROLLMENTS.name(), nominee, EventTypes.NOMINATION_REJECTED.ceType());
        assertProblem(nominate(replicatedCadre(CadreStatus.ACTIVE), classId), 409, "class-not-open", "classId");
    }

    @Test
    void eachEnrollmentRecordsItsFundingSourceAndCost() {
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        String enrollmentId = enrolledIn(classId, 1).get(0);
        assertThat(api.get("/api/v1/enrollments/" + enrollmentId).expect(200).json().path("fundingSource").asText())
                .isEqualTo("STATE_BUDGET");
        JsonNode funded = api.post("/api/v1/enrollments/" + enrollmentId + "/funding",
                Map.of("fundingSource", "SELF_FUNDED", "cost", 12500000)).expect(200).json();
        assertThat(funded.path("fundingSource").asText()).isEqualTo("SELF_FUNDED");
        assertThat(funded.path("cost").asLong()).isEqualTo(12500000);
        assertProblem(api.post("/api/v1/enrollments/" + enrollmentId + "/funding", Map.of("fundingSource", "DONOR")),
                400, "invalid-request", "fundingSource");
        assertProblem(api.post("/api/v1/enrollments/" + enrollmentId + "/funding", Map.of("fundingSource", "UNIT", "cost", -1)),
                400, "invalid-request", "cost");
    }

    @Test
    void individualStudyPlansNameTheTargetAndTheMonitor() {
        String cadre = uuid();
        String monitor = uuid();
        JsonNode created = api.post("/api/v1/study-plans", Map.of("cadreId", cadre, "ladder", "PROFESSIONAL",
                "targetLevel", "MASTER", "targetYear", LocalDate.now().getYear() + 3, "monitorCadreId", monitor)).expect(201).json();
        assertThat(created.path("targetLevel").asText()).isEqualTo("MASTER");
        assertThat(api.get("/api/v1/study-plans?cadreId=" + cadre).expect(200).json().findValuesAsString("monitorCadreId"))
                .containsExactly(monitor);
        assertThat(api.get("/api/v1/study-plans?cadreId=" + monitor).expect(200).json().path("items")).hasSize(1);
        assertProblem(api.post("/api/v1/study-plans", Map.of("cadreId", cadre, "ladder", "PROFESSIONAL", "targetLevel", "ADVANCED",
                "targetYear", 2030, "monitorCadreId", monitor)), 400, "invalid-request", "targetLevel");
        assertProblem(api.post("/api/v1/study-plans", Map.of("cadreId", cadre, "ladder", "POLITICAL_THEORY",
                "targetLevel", "ADVANCED", "targetYear", 2030, "monitorCadreId", cadre)), 400, "invalid-request", "monitorCadreId");
    }
}
