package org.cadretraining.platform.sheets;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Hostile workbooks, each built here byte by byte, are refused before any reader builds a row from them. */
class WorkbookGuardTest {
    private static final WorkbookGuard.Limits LIMITS = WorkbookGuard.Limits.forUploads(100_001);
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    @Test
    void anOrdinaryWorkbookPasses() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Cán bộ");
            for (int r = 0; r < 2_000; r++) {
                sheet.value(r, 0, "Nguyễn Văn " + r);
                sheet.value(r, 1, r);
            }
        }
        assertThatCode(() -> WorkbookGuard.check(out.toByteArray(), LIMITS)).doesNotThrowAnyException();
    }

    @Test
    void aZipBombIsRefusedByItsRatio() throws IOException {
        // 200 MB of blanks inflate from a few hundred kilobytes.
        StringBuilder padding = new StringBuilder(SHEET_START).append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
        byte[] xlsx = zip(Map.of("xl/worksheets/sheet1.xml", new Repeat(padding.toString(), ' ', 200L * 1024 * 1024,
                "</t></is></c></row>" + SHEET_END)));
        assertThatThrownBy(() -> WorkbookGuard.check(xlsx, LIMITS)).isInstanceOf(WorkbookGuard.RefusedWorkbook.class)
                .hasMessageContaining("inflates");
    }

    @Test
    void aWorkbookInflatingBeyondTheTotalIsRefused() throws IOException {
        WorkbookGuard.Limits small = new WorkbookGuard.Limits(4L * 1024 * 1024, 1_000_000, 64L * 1024 * 1024, 100_001);
        byte[] xlsx = zip(Map.of("xl/media/blank.bin", new Repeat("", 'x', 8L * 1024 * 1024, "")));
        assertThatThrownBy(() -> WorkbookGuard.check(xlsx, small)).hasMessageContaining("inflates beyond 4 MB");
    }

    @Test
    void aRowNumberedTwoBillionIsRefusedAtOnce() throws IOException {
        byte[] xlsx = zip(Map.of("xl/worksheets/sheet1.xml", text(SHEET_START
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>CCCD</t></is></c></row>"
                + "<row r=\"2147483647\"><c r=\"A2147483647\" t=\"inlineStr\"><is><t>x</t></is></c></row>" + SHEET_END)));
        assertThatThrownBy(() -> WorkbookGuard.check(xlsx, LIMITS)).hasMessageContaining("2147483647").hasMessageContaining("100001");
    }

    @Test
    void anOversizedSharedStringsTableIsRefused() throws IOException {
        WorkbookGuard.Limits limits = new WorkbookGuard.Limits(256L * 1024 * 1024, 1_000_000, 2L * 1024 * 1024, 100_001);
        byte[] xlsx = zip(Map.of("xl/sharedStrings.xml", new Repeat("<sst>", 'a', 3L * 1024 * 1024, "</sst>")));
        assertThatThrownBy(() -> WorkbookGuard.check(xlsx, limits)).hasMessageContaining("shared text");
    }

    @Test
    void theServicesHostileWorkbooksAreRefusedForTheReasonTheyAreMadeFor() {
        byte[] strings = HostileWorkbooks.hugeSharedStrings();
        assertThatThrownBy(() -> WorkbookGuard.check(strings, LIMITS)).as("%d bytes on the wire", strings.length)
                .hasMessageContaining("shared text");
        assertThatThrownBy(() -> WorkbookGuard.check(HostileWorkbooks.zipBomb(), LIMITS)).hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> WorkbookGuard.check(HostileWorkbooks.rowNumbered(2_147_483_647L), LIMITS)).hasMessageContaining("2147483647");
    }

    @Test
    void aFormulaIsRefused() throws IOException {
        byte[] xlsx = zip(Map.of("xl/worksheets/sheet1.xml", text(SHEET_START
                + "<row r=\"1\"><c r=\"A1\"><f>HYPERLINK(\"http://evil\",\"x\")</f><v>0</v></c></row>" + SHEET_END)));
        assertThatThrownBy(() -> WorkbookGuard.check(xlsx, LIMITS)).hasMessageContaining("formula").hasMessageContaining("A1")
                .satisfies(e -> {
                    WorkbookGuard.RefusedWorkbook refused = (WorkbookGuard.RefusedWorkbook) e;
                    org.assertj.core.api.Assertions.assertThat(refused.isFormula()).isTrue();
                    org.assertj.core.api.Assertions.assertThat(refused.row()).isEqualTo(1);
                    org.assertj.core.api.Assertions.assertThat(refused.column()).isZero();
                });
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        assertThatThrownBy(() -> WorkbookGuard.check("Họ tên,CCCD\n".getBytes(StandardCharsets.UTF_8), LIMITS))
                .hasMessageContaining("not a readable .xlsx");
    }

    @Test
    void anExternalEntityIsNeverFetched() throws IOException {
        byte[] xlsx = zip(Map.of("xl/worksheets/sheet1.xml", text("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet><sheetData><row r=\"1\"><c><v>&e;</v></c></row></sheetData></worksheet>")));
        assertThatThrownBy(() -> WorkbookGuard.check(xlsx, LIMITS)).isInstanceOf(WorkbookGuard.RefusedWorkbook.class);
    }

    private static Content text(String xml) {
        return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    private interface Content {
        void writeTo(ZipOutputStream out) throws IOException;
    }

    /** A part made of a head, a character repeated, and a tail: large when inflated, small when deflated. */
    private record Repeat(String head, char fill, long count, String tail) implements Content {
        @Override
        public void writeTo(ZipOutputStream out) throws IOException {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) fill);
            for (long written = 0; written < count; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, count - written));
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] zip(Map<String, Content> parts) throws IOException {
        Map<String, Content> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", text("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
        all.putAll(parts);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, Content> part : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().writeTo(zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
