package org.cadretraining.registry.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cadretraining.platform.web.DomainProblem;
import org.junit.jupiter.api.Test;

class SheetReaderTest {
    private static final String HEADER = String.join(",", Column.headers());

    private static byte[] csv(String body) {
        return (HEADER + "\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsQuotedCellsSkipsBlankRowsAndKeepsLineNumbers() {
        List<SheetRow> rows = SheetReader.read(csv("011088000123,\"Quàng, Văn Minh\"\n,,,\n'011088000456,x\n"), SheetFormat.CSV);
        assertThat(rows).extracting(SheetRow::line).containsExactly(2, 4);
        assertThat(rows.get(0).cell(Column.FULL_NAME)).isEqualTo("Quàng, Văn Minh");
        // The apostrophe that keeps a number's leading zero in Excel is not part of the value.
        assertThat(rows.get(1).cell(Column.NATIONAL_ID)).isEqualTo("011088000456");
    }

    @Test
    void acceptsAByteOrderMarkAndSemicolons() {
        byte[] bom = ("\uFEFF" + String.join(";", Column.headers()) + "\n011088000123;Lò Văn Sơn\n").getBytes(StandardCharsets.UTF_8);
        assertThat(SheetReader.read(bom, SheetFormat.CSV).get(0).cell(Column.FULL_NAME)).isEqualTo("Lò Văn Sơn");
    }

    @Test
    void exportedSheetsReadBackTheSameAndAFormulaLikeValueIsNeutralisedThenRefused() throws IOException {
        for (SheetFormat format : SheetFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (SheetWriter writer = SheetWriter.open(format, out)) {
                writer.write(List.of("011088000123", "Nguyễn Văn Đức", "12/03/1988", "Nam", "Thái", "DB-01", "Chuyên viên"));
            }
            SheetRow row = SheetReader.read(out.toByteArray(), format).get(0);
            assertThat(row.cell(Column.FULL_NAME)).isEqualTo("Nguyễn Văn Đức");
            assertThat(row.cell(Column.POSITION)).isEqualTo("Chuyên viên");

            // A value that looks like a formula leaves as text (a leading apostrophe), and the import will not take
            // it back in, so that it cannot travel on to someone else's spreadsheet.
            ByteArrayOutputStream hostile = new ByteArrayOutputStream();
            try (SheetWriter writer = SheetWriter.open(format, hostile)) {
                writer.write(List.of("011088000123", "Nguyễn Văn Đức", "12/03/1988", "Nam", "Thái", "DB-01", "=cmd|' /C calc'!A0"));
            }
            if (format == SheetFormat.CSV) {
                assertThat(hostile.toString(StandardCharsets.UTF_8)).contains(",'=cmd|' /C calc'!A0");
            }
            assertProblem(() -> SheetReader.read(hostile.toByteArray(), format), "formula-cell");
        }
    }

    @Test
    void refusesWhatIsNotAnImportableSheet() {
        assertProblem(() -> SheetReader.read(new byte[0], SheetFormat.CSV), "unreadable-file");
        assertProblem(() -> SheetReader.read("Họ tên,CCCD\n".getBytes(StandardCharsets.UTF_8), SheetFormat.CSV), "wrong-columns");
        assertProblem(() -> SheetReader.read(new byte[]{'a', (byte) 0xC3, 0x28}, SheetFormat.CSV), "not-utf8");
        assertProblem(() -> SheetReader.read(csv("x," + "y".repeat(SheetReader.MAX_CELL_CHARS + 1)), SheetFormat.CSV), "cell-too-large");
        assertProblem(() -> SheetReader.read(csv("x,=SUM(A1:A2)"), SheetFormat.CSV), "formula-cell");
        assertProblem(() -> SheetReader.read(csv("x"), SheetFormat.XLSX), "unreadable-file");
        assertThat(SheetFormat.ofFileName("DANH-SACH.XLSX")).contains(SheetFormat.XLSX);
        assertThat(SheetFormat.ofFileName("danh-sach.xls")).isEmpty();
        assertThat(SheetFormat.ofFileName(null)).isEmpty();
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String type) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.type().toString()).endsWith("/" + type));
    }
}
