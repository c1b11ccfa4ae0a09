package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.registry.bulk.Column;
import org.cadretraining.registry.bulk.SheetFormat;
import org.cadretraining.registry.bulk.SheetReader;
import org.cadretraining.registry.bulk.SheetRow;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An export holds the exporter's units only, says who made it and when, and is logged as a read of everyone in it. */
class ExportAccessTest extends RegistryIntegrationTest {
    @Autowired
    PersonalDataAccessLog log;

    @Test
    void anExportNamesItsExporterAndHoldsOnlyTheCadresOfTheExportersUnits() throws IOException {
        String province = createProvince();
        String district = createUnit("Huyện Tủa Chùa", "DISTRICT", province);
        String commune = createUnit("Xã Sín Chải", "COMMUNE", district);
        String otherDistrict = createUnit("Huyện Mường Lay", "DISTRICT", province);
        String inDistrict = CadreFixtures.nationalId("011");
        String inCommune = CadreFixtures.nationalId("011");
        String outside = CadreFixtures.nationalId("011");
        api.post("/api/v1/cadres", CadreFixtures.cadre(district, inDistrict)).expect(201);
        api.post("/api/v1/cadres", CadreFixtures.cadre(commune, inCommune)).expect(201);
        api.post("/api/v1/cadres", CadreFixtures.cadre(otherDistrict, outside)).expect(201);
        String officer = user("to.chuc.tua.chua");
        grant(officer, AccessRole.PERSONNEL_OFFICER, district);

        byte[] csv = download("/api/v1/cadres/export?format=csv", officer);
        String firstLine = new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(firstLine).startsWith("\uFEFF#").contains(officer);
        assertThat(nationalIds(SheetReader.read(csv, SheetFormat.CSV))).containsExactlyInAnyOrder(inDistrict, inCommune);

        byte[] xlsx = download("/api/v1/cadres/export?format=xlsx", officer);
        assertThat(nationalIds(SheetReader.read(xlsx, SheetFormat.XLSX))).containsExactlyInAnyOrder(inDistrict, inCommune);
        assertThat(provenanceSheet(xlsx)).contains(officer, "2");

        List<PersonalDataAccessLog.Entry> lines = log.find(officer, null, null, 10);
        assertThat(lines).filteredOn(l -> l.action().equals("EXPORT_REGISTER")).hasSize(2).allSatisfy(l -> {
            assertThat(l.subjectCount()).isEqualTo(2);
            assertThat(l.unitId()).isEqualTo(district);
            assertThat(l.granted()).isTrue();
        });

        // The officer's own file goes back in unchanged: the provenance line is skipped by the import.
        JsonNode again = upload("/api/v1/cadres/import", "export.csv", csv, officer).expect(200).json();
        assertThat(again.path("rejected")).isEmpty();
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);

        // A record viewer reads records but takes no file away.
        String viewer = user("xem.ho.so");
        grant(viewer, AccessRole.RECORD_VIEWER, district);
        assertThat(as(viewer).get("/api/v1/cadres/export?format=csv").status()).isEqualTo(403);
        assertThat(log.find(viewer, null, null, 10)).singleElement().satisfies(l -> {
            assertThat(l.action()).isEqualTo("EXPORT_REGISTER");
            assertThat(l.granted()).isFalse();
        });
    }

    private static List<String> nationalIds(List<SheetRow> rows) {
        return rows.stream().map(r -> r.cell(Column.NATIONAL_ID)).toList();
    }

    private static String provenanceSheet(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet about = workbook.getSheets().filter(s -> s.getName().equals("Thông tin xuất")).findFirst().orElseThrow();
            List<String> cells = new ArrayList<>();
            for (Row row : about.read()) {
                row.forEach(cell -> cells.add(cell == null ? "" : cell.getText()));
            }
            return String.join("|", cells);
        }
    }
}
