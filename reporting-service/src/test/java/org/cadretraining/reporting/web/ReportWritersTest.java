package org.cadretraining.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.reporting.views.ClassStatistics;
import org.cadretraining.reporting.web.Labels.Lang;
import org.cadretraining.reporting.web.ReportWriters.Format;
import org.cadretraining.reporting.views.UnitProgressReport;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetProgress;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The three formats, read back: the frame (title, unit, period, date) and the table, Vietnamese intact. */
class ReportWritersTest {
    static final Instant AS_OF = Instant.parse("2025-11-20T03:15:00Z");

    static UnitProgressReport province() {
        Map<String, Long> pt = new LinkedHashMap<>(Map.of());
        pt.put("NONE", 120L);
        pt.put("ELEMENTARY", 60L);
        pt.put("INTERMEDIATE", 90L);
        pt.put("ADVANCED", 30L);
        pt.put("BACHELOR", 0L);
        return new UnitProgressReport("u1", "DB", "Tỉnh Điện Biên", UnitLevel.PROVINCE, UnitProgressReport.Scope.SUBTREE, 30,
                300, 141, 210, 75, 35, pt, Map.of("UNIVERSITY", 300L), Map.of("NONE", 300L),
                new UnitProgressReport.StudyingNow(12, Map.of()), Map.of(), Map.of(), AS_OF);
    }

    @Test
    void theProgressReportAsCsvHasAByteOrderMarkTheFrameAndTheTable() {
        String csv = new String(ReportWriters.write(Reports.progress(province(), Lang.VI), Format.CSV), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFBáo cáo chất lượng đội ngũ cán bộ\r\n");
        assertThat(csv).contains("Đơn vị: Tỉnh Điện Biên", "Kỳ báo cáo: Năm 2025", "Số liệu tính đến: 10:15 ngày 20/11/2025");
        assertThat(csv).contains("STT,Nội dung,Số lượng,Tỷ lệ (%)", "1,Tổng số cán bộ,300,100.0", "2,Nữ,141,47.0",
                "3,Dân tộc thiểu số,210,70.0", "II,Lý luận chính trị", "Trung cấp,90,30.0");
    }

    @Test
    void aTargetNamedLikeAFormulaComesOutAsTextInCsvAndXlsx() throws Exception {
        TargetProgress hostile = new TargetProgress("t1", "=1+2", new Target.Cohort(null, null, null, null, null), null, 10, 5,
                50.0, 70, LocalDate.of(2030, 12, 31), 2, 5, false, TargetProgress.Status.AT_RISK, null);
        Report report = Reports.targets(List.of(hostile), "@Tỉnh Điện Biên", AS_OF, Lang.VI);
        String csv = new String(ReportWriters.write(report, Format.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains("1,'=1+2,10,5,50.0").contains("Đơn vị: @Tỉnh Điện Biên").doesNotContain(",=1+2");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(ReportWriters.write(report, Format.XLSX)))) {
            assertThat(wb.getFirstSheet().read()).anySatisfy(row -> assertThat(row.getCellText(1)).isEqualTo("'=1+2"));
        }
    }

    @Test
    void theProgressReportAsXlsxReadsBackWithNumbersAsNumbers() throws Exception {
        byte[] xlsx = ReportWriters.write(Reports.progress(province(), Lang.EN), Format.XLSX);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Cadre quality report");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Unit: Tỉnh Điện Biên");
            assertThat(rows.get(3).getCellText(0)).startsWith("Figures as of: 20 Nov 2025");
            Row header = rows.stream().filter(r -> "No.".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(header.getCellText(1)).isEqualTo("Item");
            Row women = rows.stream().filter(r -> "Women".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(women.getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(141));
            assertThat(women.getCellAsNumber(3)).hasValueSatisfying(n -> assertThat(n.doubleValue()).isEqualTo(47.0));
        }
    }

    @Test
    void thePdfEmbedsAFontWithTheVietnameseGlyphs() throws Exception {
        TargetProgress target = new TargetProgress("t1", "70% Ủy viên BCH Đảng bộ tỉnh có trình độ sau đại học",
                new Target.Cohort(null, null, null, null, null), null, 40, 25, 62.5, 70, LocalDate.of(2025, 12, 31), 3, 29, true,
                TargetProgress.Status.ON_TRACK, null);
        byte[] pdf = ReportWriters.write(Reports.targets(List.of(target), "Tỉnh Sóc Trăng", AS_OF, Lang.VI), Format.PDF);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU", "Đơn vị: Tỉnh Sóc Trăng", "Kỳ báo cáo: Năm 2025",
                "Số liệu tính đến: 10:15 ngày 20/11/2025", "Ủy viên BCH Đảng bộ tỉnh", "62,5", "31/12/2025", "Đúng tiến độ");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("LiberationSans");
    }

    @Test
    void classStatisticsCarryTheRatioAgainstItsRule() {
        ClassStatistics stats = new ClassStatistics(2025, null, null, new LinkedHashMap<>(Map.of(
                StudyMode.CONCENTRATED, new ClassStatistics.ModeFigures(2, 94, 47.0, 0.9, null))), null, 2, 94, null);
        String csv = new String(ReportWriters.write(Reports.classes(stats, "Tỉnh Điện Biên", AS_OF, Lang.VI), Format.CSV),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Kỳ báo cáo: Năm 2025", "1,Tập trung,2,94,47.0,90.0,", "Tổng cộng,2,94,47.0");
    }
}
