package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.cadretraining.events.Topics;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.registry.bulk.Column;
import org.cadretraining.registry.bulk.SheetFormat;
import org.cadretraining.registry.bulk.SheetReader;
import org.cadretraining.registry.bulk.SheetRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.cadretraining.platform.sheets.HostileWorkbooks;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bulk import and export through the HTTP API, with the rows and files an Organization Board really has. */
class CadreImportTest extends RegistryIntegrationTest {
    private static final String HEADER = String.join(",", Column.headers());

    private String unitCode() {
        String code = "IMP-" + suffix();
        api.post("/api/v1/units", Map.of("code", code, "name", "Sở Nội vụ tỉnh Điện Biên", "level", "PROVINCE")).expect(201);
        return code;
    }

    /** A man born in 1988, from province 014. */
    private static String id() {
        return "014088" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private static String row(String id, String name, String unit) {
        return id + "," + name + ",12/03/1988,Nam,Thái," + unit + ",Chuyên viên,Chuyên viên,Đơn vị,Có,19/05/2012,Đại học,Trung cấp,Chưa có";
    }

    private static byte[] csv(List<String> rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private long[] written() {
        return new long[]{count("cadre"), events(), count("audit_entry"), count("qualification_record")};
    }

    @Test
    void validRowsAreUpsertedByNationalIdAndEachRejectedRowIsReportedWithLineColumnAndReason() {
        String unit = unitCode();
        String a = id();
        String b = id();
        List<String> rows = List.of(
                row(a, "Quàng Văn Minh", unit),
                row(id(), "Lò Văn Sơn", unit).replace("12/03/1988", "31/02/1988"),
                row(b, "Cà Văn Tâm", unit),
                row(id(), "Tòng Văn Hải", unit).replace("Thái", "Người Sao Hỏa"),
                row(id(), "Lường Văn Chung", "KHONG-CO"),
                row(a, "Quàng Văn Minh", unit),
                row("014188000001", "Vì Văn Dũng", unit),
                ",,,,,,,,,,,,,");
        long[] before = written();

        JsonNode dry = upload("/api/v1/cadres/import?dryRun=true", "can-bo.csv", csv(rows)).expect(200).json();
        assertThat(dry.path("committed").asBoolean()).isFalse();
        assertThat(dry.path("created").asInt()).isEqualTo(2);
        assertThat(written()).containsExactly(before);

        JsonNode report = upload("/api/v1/cadres/import", "can-bo.csv", csv(rows)).expect(200).json();
        assertThat(report.path("committed").asBoolean()).isTrue();
        assertThat(report.path("rows").asInt()).isEqualTo(7);
        assertThat(report.path("created").asInt()).isEqualTo(2);
        List<String> rejected = new ArrayList<>();
        report.path("rejected").forEach(r -> rejected.add(r.path("line").asInt() + "|" + r.path("column").asText() + "|"
                + r.path("reason").asText()));
        assertThat(rejected).containsExactly(
                "3|Ngày sinh|must be a date as dd/mm/yyyy",
                "5|Dân tộc|must be one of: " + String.join(", ", Arrays.stream(org.cadretraining.registry.cadres.Ethnicity.values())
                        .map(org.cadretraining.registry.cadres.Ethnicity::vietnameseName).toList()),
                "6|Mã đơn vị|no unit has this code",
                "7|Số CCCD|the same national ID is on line 2",
                "8|Số CCCD|its 4th digit does not match the gender and century of birth");

        String cadreId = jdbc.sql("SELECT id::text FROM cadre WHERE national_id = :id").param("id", a).query(String.class).single();
        JsonNode cadre = api.get("/api/v1/cadres/" + cadreId).expect(200).json();
        assertThat(cadre.path("fullName").asText()).isEqualTo("Quàng Văn Minh");
        assertThat(cadre.path("levels").path("professional").asText()).isEqualTo("UNIVERSITY");
        assertThat(cadre.path("levels").path("politicalTheory").asText()).isEqualTo("INTERMEDIATE");
        assertThat(cadre.path("qualifications").findValuesAsString("source")).containsOnly("IMPORTED");
        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(), all -> ceTypesOf(all, cadreId).size() >= 3,
                Duration.ofSeconds(30));
        assertThat(ceTypesOf(records, cadreId)).containsExactly("org.cadretraining.registry.CadreRegistered.v1",
                "org.cadretraining.registry.CadreQualificationRecorded.v1",
                "org.cadretraining.registry.CadreQualificationRecorded.v1");

        // The same file again: nothing changes and nothing is published.
        long[] after = written();
        JsonNode again = upload("/api/v1/cadres/import", "can-bo.csv", csv(rows)).expect(200).json();
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);
        assertThat(written()).containsExactly(after);

        // All or nothing: with rejected rows, nothing is written.
        JsonNode strict = upload("/api/v1/cadres/import?allOrNothing=true", "can-bo.csv",
                csv(List.of(row(id(), "Lò Thị Mai", unit), rows.get(1)))).expect(200).json();
        assertThat(strict.path("committed").asBoolean()).isFalse();
        assertThat(written()).containsExactly(after);
    }

    @Test
    void anExcelImportUpdatesTransfersAndRaisesLevelsAndAnExportImportedAgainChangesNothing() throws IOException {
        String unit = unitCode();
        String other = unitCode();
        String a = id();
        upload("/api/v1/cadres/import", "can-bo.csv", csv(List.of(row(a, "Quàng Văn Minh", unit)))).expect(200);
        String cadreId = jdbc.sql("SELECT id::text FROM cadre WHERE national_id = :id").param("id", a).query(String.class).single();

        // The next year's sheet: moved to another unit, promoted, and now holds advanced political theory.
        byte[] xlsx = xlsx(List.of(List.of(a, "Quàng Văn Minh", "12/03/1988", "Nam", "Thái", other, "Phó Giám đốc",
                "Chuyên viên chính", "Ban Thường vụ Tỉnh ủy", "Có", "19/05/2012", "Đại học", "Cao cấp", "Chuyên viên")));
        JsonNode report = upload("/api/v1/cadres/import", "can-bo-2027.xlsx", xlsx).expect(200).json();
        assertThat(report.path("updated").asInt()).isEqualTo(1);
        assertThat(report.path("transferred").asInt()).isEqualTo(1);
        assertThat(report.path("levelsRecorded").asInt()).isEqualTo(2);
        JsonNode cadre = api.get("/api/v1/cadres/" + cadreId).expect(200).json();
        assertThat(cadre.path("position").asText()).isEqualTo("Phó Giám đốc");
        assertThat(cadre.path("managementTier").asText()).isEqualTo("PROVINCIAL_STANDING_COMMITTEE");
        assertThat(cadre.path("levels").path("politicalTheory").asText()).isEqualTo("ADVANCED");
        assertThat(cadre.path("levels").path("stateManagement").asText()).isEqualTo("SPECIALIST");

        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(), all -> ceTypesOf(all, cadreId).size() >= 7,
                Duration.ofSeconds(30));
        assertThat(ceTypesOf(records, cadreId).subList(3, 7)).containsExactly(
                "org.cadretraining.registry.CadreProfileUpdated.v1", "org.cadretraining.registry.CadreTransferred.v1",
                "org.cadretraining.registry.CadreQualificationRecorded.v1",
                "org.cadretraining.registry.CadreQualificationRecorded.v1");
        // A lower level in a later file never lowers the record.
        upload("/api/v1/cadres/import", "cu.xlsx", xlsx(List.of(List.of(a, "Quàng Văn Minh", "12/03/1988", "Nam", "Thái", other,
                "Phó Giám đốc", "Chuyên viên chính", "Ban Thường vụ Tỉnh ủy", "Có", "19/05/2012", "Đại học", "Sơ cấp", "")))).expect(200);
        assertThat(api.get("/api/v1/cadres/" + cadreId).expect(200).json().path("levels").path("politicalTheory").asText())
                .isEqualTo("ADVANCED");

        for (SheetFormat format : SheetFormat.values()) {
            byte[] exported = download("/api/v1/cadres/export?format=" + format.name().toLowerCase());
            List<SheetRow> rows = SheetReader.read(exported, format);
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.cell(Column.NATIONAL_ID)).isEqualTo(a);
                assertThat(r.cell(Column.POLITICAL_THEORY)).isEqualTo("Cao cấp");
                assertThat(r.cell(Column.UNIT_CODE)).isEqualTo(other);
            });
            long[] before = written();
            JsonNode reimport = upload("/api/v1/cadres/import", "export" + format.extension(), exported).expect(200).json();
            assertThat(reimport.path("rejected")).isEmpty();
            assertThat(reimport.path("created").asInt() + reimport.path("updated").asInt()).isZero();
            assertThat(reimport.path("unchanged").asInt()).isEqualTo(rows.size());
            assertThat(written()).containsExactly(before);
        }
    }

    @Test
    void theTemplateHasTheVietnameseHeadersInBothFormats() {
        for (SheetFormat format : SheetFormat.values()) {
            byte[] template = download("/api/v1/cadres/import/template?format=" + format.name().toLowerCase());
            assertThat(SheetReader.read(template, format)).isEmpty(); // the header matched, and there are no rows
        }
        assertThat(new String(download("/api/v1/cadres/import/template?format=csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFFSố CCCD,Họ và tên,Ngày sinh");
    }

    @Test
    void malformedFilesAreRejectedWithAProblemAndNothingIsWritten() throws IOException {
        String unit = unitCode();
        List<String> good = List.of(row(id(), "Quàng Văn Minh", unit));
        long[] before = written();

        assertProblem(upload("/api/v1/cadres/import", "can-bo.txt", csv(good)), 415, "unsupported-file-type");
        assertProblem(upload("/api/v1/cadres/import", "can-bo.xls", csv(good)), 415, "unsupported-file-type");

        byte[] whole = xlsx(List.of(List.of(id(), "Quàng Văn Minh", "12/03/1988", "Nam", "Thái", unit, "", "", "", "", "", "", "", "")));
        assertProblem(upload("/api/v1/cadres/import", "cut.xlsx", Arrays.copyOf(whole, whole.length / 2)), 422, "unreadable-file");
        assertProblem(upload("/api/v1/cadres/import", "fake.xlsx", csv(good)), 422, "unreadable-file");

        ByteArrayOutputStream formula = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(formula, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sheet1");
        List<String> headers = Column.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        List<String> cells = List.of(id(), "Quàng Văn Minh", "12/03/1988", "Nam", "Thái", unit);
        for (int c = 0; c < cells.size(); c++) {
            sheet.value(1, c, cells.get(c));
        }
        sheet.formula(1, 6, "HYPERLINK(\"http://example.invalid\",\"x\")");
        workbook.finish();
        JsonNode problem = assertProblem(upload("/api/v1/cadres/import", "formula.xlsx", formula.toByteArray()), 422, "formula-cell");
        assertThat(problem.path("detail").asText()).contains("line 2", "Chức vụ");
        assertProblem(upload("/api/v1/cadres/import", "formula.csv",
                csv(List.of(row(id(), "=1+1", unit)))), 422, "formula-cell");
        // Formula-like text is refused as well, also behind the apostrophe that makes a spreadsheet show it as text.
        assertProblem(upload("/api/v1/cadres/import", "apostrophe.csv", csv(List.of(row(id(), "'=HYPERLINK(\"http://x\")", unit)))),
                422, "formula-cell");
        assertProblem(upload("/api/v1/cadres/import", "at.csv", csv(List.of(row(id(), "@SUM(A1)", unit)))), 422, "formula-cell");
        assertProblem(upload("/api/v1/cadres/import", "text-formula.xlsx", xlsx(List.of(List.of(id(), "+cmd|'/c calc'!A1", "12/03/1988",
                "Nam", "Thái", unit)))), 422, "formula-cell");

        // Hostile workbooks are refused before a row is built from them.
        JsonNode farRow = assertProblem(upload("/api/v1/cadres/import", "far-row.xlsx", HostileWorkbooks.rowNumbered(2_147_483_647L)),
                422, "unreadable-file");
        assertThat(farRow.path("detail").asText()).contains("2147483647");
        assertThat(assertProblem(upload("/api/v1/cadres/import", "bomb.xlsx", HostileWorkbooks.zipBomb()), 422, "unreadable-file")
                .path("detail").asText()).contains("inflates");
        assertThat(assertProblem(upload("/api/v1/cadres/import", "strings.xlsx", HostileWorkbooks.hugeSharedStrings()), 422, "unreadable-file")
                .path("detail").asText()).contains("shared text");

        String huge = "A".repeat(10 * 1024 * 1024);
        problem = assertProblem(upload("/api/v1/cadres/import", "big.csv", csv(List.of(row(id(), huge, unit)))), 422, "cell-too-large");
        assertThat(problem.path("detail").asText()).contains("line 2", "Họ và tên").doesNotContain("AAAA");
        // In a workbook, ten megabytes of one letter are a zip bomb (refused as one); a long cell of varied text is too large.
        assertProblem(upload("/api/v1/cadres/import", "big.xlsx", xlsx(List.of(List.of(id(), huge)))), 422, "unreadable-file");
        String varied = new java.util.Random(7).ints(5_000, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertProblem(upload("/api/v1/cadres/import", "long.xlsx", xlsx(List.of(List.of(id(), varied)))), 422, "cell-too-large");

        byte[] latin = (HEADER + "\n" + row(id(), "Quàng Văn Minh", unit) + "\n").getBytes(Charset.forName("windows-1258"));
        assertProblem(upload("/api/v1/cadres/import", "ansi.csv", latin), 422, "not-utf8");
        assertProblem(upload("/api/v1/cadres/import", "utf16.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_16)), 422, "not-utf8");
        assertProblem(upload("/api/v1/cadres/import", "no-header.csv",
                String.join("\n", good).getBytes(StandardCharsets.UTF_8)), 422, "wrong-columns");
        assertProblem(upload("/api/v1/cadres/import", "empty.csv", new byte[0]), 422, "unreadable-file");
        assertThat(upload("/api/v1/cadres/import", "huge.csv", new byte[25 * 1024 * 1024]).status()).isEqualTo(413);

        assertThat(written()).containsExactly(before);
    }

    private static JsonNode assertProblem(ApiClient.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonNode problem = response.json();
        assertThat(problem.path("type").asText()).endsWith("/problems/" + type);
        return problem;
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Danh sách");
        List<String> headers = Column.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
