package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.registry.bulk.Column;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A district's personnel officer keeps the register of the district, and of nothing else. */
class PersonnelOfficerTest extends RegistryIntegrationTest {

    private static void assertDenied(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.json().path("type").asText()).endsWith("/problems/access-denied");
    }

    @Test
    void registersAndTransfersInsideTheDistrictAndIsRefusedEverywhereElse() {
        String province = createProvince();
        String district = createUnit("Huyện Tuần Giáo", "DISTRICT", province);
        String otherDistrict = createUnit("Huyện Mường Nhé", "DISTRICT", province);
        String officer = user("to.chuc.tuan.giao");
        grant(officer, AccessRole.PERSONNEL_OFFICER, district);
        ApiClient asOfficer = as(officer);

        // Inside the district: a commune, a cadre, a transfer down to the commune, a profile change, a departure.
        String commune = asOfficer.post("/api/v1/units", Map.of("code", "X" + suffix(), "name", "Xã Quài Cang",
                "level", "COMMUNE", "parentUnitId", district)).expect(201).json().path("unitId").asText();
        String cadreId = asOfficer.post("/api/v1/cadres", CadreFixtures.cadre(district, CadreFixtures.nationalId("011")))
                .expect(201).json().path("cadreId").asText();
        assertThat(asOfficer.post("/api/v1/cadres/" + cadreId + "/transfer", Map.of("toUnitId", commune)).expect(200).json()
                .path("unitId").asText()).isEqualTo(commune);
        asOfficer.post("/api/v1/cadres/" + cadreId + "/qualifications", Map.of("ladder", "POLITICAL_THEORY",
                "level", "INTERMEDIATE", "year", 2020)).expect(201);
        asOfficer.post("/api/v1/cadres/" + cadreId + "/succession", Map.of("plannedTitle", "Chủ tịch UBND xã",
                "termStart", 2025, "termEnd", 2030, "decidedOn", "2024-06-01")).expect(201);
        String elsewhere = api.post("/api/v1/cadres", CadreFixtures.cadre(otherDistrict, CadreFixtures.nationalId("011")))
                .expect(201).json().path("cadreId").asText();
        long events = events();
        long cadres = count("cadre");

        // Elsewhere: another district, the province above, a transfer out of the district or into it from outside.
        assertDenied(asOfficer.post("/api/v1/cadres", CadreFixtures.cadre(otherDistrict, CadreFixtures.nationalId("011"))));
        assertDenied(asOfficer.post("/api/v1/cadres", CadreFixtures.cadre(province, CadreFixtures.nationalId("011"))));
        assertDenied(asOfficer.post("/api/v1/cadres/" + cadreId + "/transfer", Map.of("toUnitId", otherDistrict)));
        assertDenied(asOfficer.post("/api/v1/cadres/" + cadreId + "/transfer", Map.of("toUnitId", province)));
        assertDenied(asOfficer.post("/api/v1/cadres/" + cadreId + "/rotations", Map.of("toUnitId", otherDistrict,
                "startDate", "2026-07-01")));
        assertDenied(asOfficer.post("/api/v1/cadres/" + elsewhere + "/transfer", Map.of("toUnitId", district)));
        assertDenied(asOfficer.post("/api/v1/cadres/" + elsewhere + "/departure", Map.of("status", "RETIRED",
                "effectiveDate", "2026-10-01")));
        assertDenied(asOfficer.post("/api/v1/cadres/" + elsewhere + "/qualifications", Map.of("ladder", "PROFESSIONAL",
                "level", "MASTER")));
        assertDenied(asOfficer.post("/api/v1/cadres/" + elsewhere + "/succession", Map.of("plannedTitle", "Phó Chủ tịch",
                "termStart", 2025, "termEnd", 2030, "decidedOn", "2024-06-01")));
        assertDenied(asOfficer.get("/api/v1/cadres/" + elsewhere));
        assertDenied(asOfficer.post("/api/v1/units", Map.of("code", "X" + suffix(), "name", "Huyện mới", "level", "DISTRICT",
                "parentUnitId", province)));
        assertDenied(asOfficer.post("/api/v1/units", Map.of("code", "P" + suffix(), "name", "Tỉnh mới", "level", "PROVINCE")));
        assertDenied(asOfficer.post("/api/v1/units/" + otherDistrict + "/rename", Map.of("name", "Huyện khác")));
        assertDenied(asOfficer.post("/api/v1/units/" + commune + "/move", Map.of("parentUnitId", otherDistrict)));
        Map<String, Object> profile = CadreFixtures.cadre(otherDistrict, CadreFixtures.nationalId("011"));
        profile.remove("unitId");
        profile.remove("qualifications");
        assertDenied(put("/api/v1/cadres/" + elsewhere, profile, officer));
        // Nothing was written by any of them.
        assertThat(events()).isEqualTo(events);
        assertThat(count("cadre")).isEqualTo(cadres);
        assertThat(asOfficer.get("/api/v1/cadres/" + cadreId).expect(200).json().path("unitId").asText()).isEqualTo(commune);

        // The unit tree is every official's: the officer reads all of it.
        assertThat(asOfficer.get("/api/v1/units/" + otherDistrict).expect(200).json().path("name").asText()).isEqualTo("Huyện Mường Nhé");
        JsonNode history = asOfficer.get("/api/v1/cadres/" + cadreId + "/history").expect(200).json();
        assertThat(history.findValuesAsString("actingUser")).containsOnly(officer);
    }

    @Test
    void anImportPlacesAndChangesCadresOnlyInTheOfficersUnits() {
        String province = createProvince();
        String district = createUnit("Huyện Điện Biên", "DISTRICT", province);
        String otherDistrict = createUnit("Huyện Mường Ảng", "DISTRICT", province);
        String officer = user("to.chuc.dien.bien");
        grant(officer, AccessRole.PERSONNEL_OFFICER, district);
        String code = api.get("/api/v1/units/" + district).expect(200).json().path("code").asText();
        String otherCode = api.get("/api/v1/units/" + otherDistrict).expect(200).json().path("code").asText();
        String outsider = CadreFixtures.nationalId("011");
        api.post("/api/v1/cadres", CadreFixtures.cadre(otherDistrict, outsider)).expect(201);

        List<String> rows = new ArrayList<>();
        rows.add(String.join(",", Column.headers()));
        rows.add(row(CadreFixtures.nationalId("011"), code));
        rows.add(row(CadreFixtures.nationalId("011"), otherCode));
        rows.add(row(outsider, code)); // would move a cadre of another district into this one
        JsonNode report = upload("/api/v1/cadres/import", "can-bo.csv",
                (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8), officer).expect(200).json();
        assertThat(report.path("created").asInt()).isEqualTo(1);
        assertThat(report.path("transferred").asInt()).isZero();
        assertThat(report.path("rejected")).hasSize(2);
        assertThat(report.path("rejected").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(report.path("rejected").get(0).path("column").asText()).isEqualTo(Column.UNIT_CODE.header());
        assertThat(report.path("rejected").get(0).path("reason").asText()).contains("grants");
        assertThat(report.path("rejected").get(1).path("line").asInt()).isEqualTo(4);
        assertThat(report.path("rejected").get(1).path("column").asText()).isEqualTo(Column.NATIONAL_ID.header());
        assertThat(jdbc.sql("SELECT unit_id::text FROM cadre WHERE national_id = :id").param("id", outsider)
                .query(String.class).single()).isEqualTo(otherDistrict);

        // A record viewer neither imports nor downloads the template.
        String viewer = user("xem.ho.so");
        grant(viewer, AccessRole.RECORD_VIEWER, district);
        assertDenied(upload("/api/v1/cadres/import", "can-bo.csv", (rows.get(0) + "\n").getBytes(StandardCharsets.UTF_8), viewer));
        assertDenied(as(viewer).get("/api/v1/cadres/import/template?format=csv"));
        as(officer).get("/api/v1/cadres/import/template?format=csv").expect(200);
    }

    /** A woman born in 1988, Thái, party member since 2012, in the unit with this code. */
    private static String row(String nationalId, String unitCode) {
        return nationalId + ",Lò Thị Hương,12/04/1988,Nữ,Thái," + unitCode
                + ",Chuyên viên,Chuyên viên,Đơn vị,Có,19/05/2012,Đại học,Trung cấp,Chưa có";
    }
}
