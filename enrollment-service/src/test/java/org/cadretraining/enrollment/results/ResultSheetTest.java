package org.cadretraining.enrollment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.cadretraining.enrollment.results.ResultSheet.RawRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class ResultSheetTest {
    @Test
    void readsCsvWithQuotesSemicolonsAndABom() throws Exception {
        String csv = "\uFEFFEnrollmentId;Outcome;FinalGrade;CertificateNumber\n"
                + "a;GRADUATED;8,5;\"TC;2026\"\n\n"
                + "b;FAILED;;\n";
        List<RawRow> rows = ResultSheet.read("ket-qua.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows).extracting(RawRow::line).containsExactly(2, 4);
        assertThat(rows.get(0).get("certificatenumber")).isEqualTo("TC;2026");
        assertThat(rows.get(0).get("finalgrade")).isEqualTo("8,5");
        assertThat(rows.get(1).get("finalgrade")).isNull();
        assertThat(ResultSheet.missingColumns(rows)).isEmpty();
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithNumbersAsText() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Kết quả");
            ws.value(0, 0, "enrollmentId");
            ws.value(0, 1, "outcome");
            ws.value(0, 2, "attendancePercent");
            ws.value(1, 0, "x");
            ws.value(1, 1, "DROPPED_OUT");
            ws.value(1, 2, 85);
        }
        List<RawRow> rows = ResultSheet.read("ket-qua.xlsx", new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.get("attendancepercent")).isEqualTo("85");
            assertThat(r.get("outcome")).isEqualTo("DROPPED_OUT");
        });
    }

    @Test
    void aHeaderWithoutTheKeyColumnsIsNamed() throws Exception {
        List<RawRow> rows = ResultSheet.read("x.csv", new ByteArrayInputStream("id,result\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(ResultSheet.missingColumns(rows)).containsExactly("enrollmentid", "outcome");
    }

    @Test
    void datesAsOfficialsWriteThem() {
        assertThat(ResultSheet.date("2026-06-26")).isEqualTo(LocalDate.of(2026, 6, 26));
        assertThat(ResultSheet.date("26/06/2026")).isEqualTo(LocalDate.of(2026, 6, 26));
        assertThat(ResultSheet.date("46199")).isEqualTo(LocalDate.of(2026, 6, 26));
        assertThatThrownBy(() -> ResultSheet.date("June 26")).isInstanceOf(IllegalArgumentException.class);
    }
}
