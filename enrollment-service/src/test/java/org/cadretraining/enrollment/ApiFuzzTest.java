package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.fuzz.ApiFuzzer;
import org.cadretraining.platform.fuzz.FuzzReport;
import org.cadretraining.platform.fuzz.RequestRecordCheck;
import org.cadretraining.platform.fuzz.WriteProbe;
import org.junit.jupiter.api.Test;

/**
 * Bad input, generated from the enrollment service's own API description, sent as the platform administrator (so that
 * no access rule hides the validation): each request gets a 4xx problem, and no table changes (the outbox among them).
 * {@code -Dfuzz.seed=} replays a run.
 */
class ApiFuzzTest extends EnrollmentTestSupport {
    @Test
    void everyBadRequestGetsA4xxProblemAndNothingIsWritten() {
        // Real resources for the paths to name, so that bad input reaches past their lookup.
        String unit = district(province());
        String program = politicalTheoryProgram();
        String classId = scheduleClass(program, 30);
        String cadre = cadreIn(unit, CadreStatus.ACTIVE, ELEMENTARY);
        String enrollment = enroll(cadre, classId).expect(201).json().path("enrollmentId").asText();
        String nomination = nominate(cadreIn(unit, CadreStatus.ACTIVE, ELEMENTARY), classId).expect(201).json()
                .path("nominationId").asText();
        String plan = api.post("/api/v1/plans", Map.of("year", 2031, "name", "Kế hoạch đào tạo năm 2031",
                "needsDeadline", "2031-03-31")).expect(201).json().path("planId").asText();
        FuzzReport report = ApiFuzzer.against("http://localhost:" + port)
                .token(adminToken())
                .known("programId", program).known("classId", classId).known("cadreId", cadre)
                .known("enrollmentId", enrollment).known("nominationId", nomination).known("planId", plan)
                .writes(WriteProbe.rowCounts(dataSource))
                .build().run();
        report.assertClean();
        assertThat(report.sentByKind()).containsKeys("WRONG_TYPE", "TOO_LONG", "HUGE_STRING", "UNKNOWN_ENUM", "DEEP_NESTING",
                "RANDOM_BYTES", "WRONG_CONTENT_TYPE", "OUT_OF_RANGE", "NAN_LIKE", "PARAM_WRONG_TYPE", "MULTIPART_RANDOM_FILE");
    }

    /**
     * Found by the fuzzer: {@code "graduatedOn": []} was read as no date at all, and graduated the cadre as of today. A
     * date is text (yyyy-MM-dd), or nothing.
     */
    @Test
    void aDateThatIsNotTextIsRefusedAndChangesNothing() {
        String classId = scheduleClass(politicalTheoryProgram(), 30);
        String enrollment = enroll(cadreIn(district(province()), CadreStatus.ACTIVE, ELEMENTARY), classId).expect(201).json()
                .path("enrollmentId").asText();
        for (String notADate : new String[] {"[]", "[2026, 7, 31]", "20000"}) {
            ApiClient.Response response = api.post("/api/v1/enrollments/" + enrollment + "/graduation",
                    "{\"graduatedOn\":" + notADate + "}");
            assertProblem(response, 400, "invalid-request", "graduatedOn");
        }
        assertThat(api.get("/api/v1/enrollments/" + enrollment).expect(200).json().path("status").asText()).isEqualTo("ENROLLED");
    }

    @Test
    void everyStringAndListOfEveryRequestHasAMaximumSize() {
        RequestRecordCheck.assertBounded("org.cadretraining.enrollment");
    }
}
