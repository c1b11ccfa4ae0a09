package org.cadretraining.platform.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class SpreadsheetWriterTest {
    private static final List<Object> HOSTILE = List.of("=1+2", "+84 912 345 678", "-A1", "@SUM(A1:A9)", "\t=cmd", "Nguyễn Văn A", 42,
            new java.math.BigDecimal("70.5"));

    @Test
    void csvNeutralisesFormulaLikeTextAndKeepsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetWriter.Format.CSV, out, "x",
                new SpreadsheetWriter.Provenance("nhansu.tinh", "29/11/2026 22:38:00 +07:00"))) {
            writer.row(List.of("Tên chỉ tiêu", "Số"));
            writer.row(HOSTILE);
            writer.appendix("Xuất bởi", List.of(List.of("left out of a CSV")));
        }
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF# Xuất bởi (exported by): nhansu.tinh; lúc (at): 29/11/2026 22:38:00 +07:00\r\n");
        assertThat(csv).doesNotContain("left out");
        assertThat(csv.lines().toList().get(2)).isEqualTo("'=1+2,'+84 912 345 678,'-A1,'@SUM(A1:A9),'\t=cmd,Nguyễn Văn A,42,70.5");
    }

    @Test
    void xlsxNeutralisesFormulaLikeTextAndKeepsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetWriter.Format.XLSX, out, "Chỉ tiêu")) {
            writer.row(HOSTILE);
            writer.appendix("Xuất bởi", List.of(List.of("Người xuất", "=evil")));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            List<String> texts = new ArrayList<>();
            rows.get(0).forEach(cell -> texts.add(cell.getText()));
            assertThat(texts).containsExactly("'=1+2", "'+84 912 345 678", "'-A1", "'@SUM(A1:A9)", "'\t=cmd", "Nguyễn Văn A", "42", "70.5");
            assertThat(rows.get(0).getCell(6).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            List<Row> second = workbook.getSheets().toList().get(1).read();
            assertThat(second.get(0).getCell(1).getText()).isEqualTo("'=evil");
        }
        assertThat(new String(out.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("<f>");
    }
}
