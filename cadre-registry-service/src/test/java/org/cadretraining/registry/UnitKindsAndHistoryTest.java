package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.cadretraining.events.Topics;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.registry.bulk.Column;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Units have a kind apart from their level, an official code that is never given twice, and a validity; cadres and
 * qualifications carry the day they began or were awarded, so that history can be loaded late.
 */
class UnitKindsAndHistoryTest extends RegistryIntegrationTest {

    private String officialCode(int digits) {
        while (true) {
            String code = String.format("%0" + digits + "d", ThreadLocalRandom.current().nextInt((int) Math.pow(10, digits)));
            if (jdbc.sql("SELECT count(*) FROM unit WHERE official_code = :c").param("c", code).query(Long.class).single() == 0) {
                return code;
            }
        }
    }

    private ApiClient.Response create(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("code", "K" + suffix()));
        body.putAll(fields);
        return api.post("/api/v1/units", body);
    }

    @Test
    void aDepartmentIsAProvinceLevelStateAgencyAndUnitCreatedCarriesKindCodeAndValidity() {
        String provinceCode = officialCode(2);
        JsonNode province = create(Map.of("name", "Tỉnh Điện Biên", "level", "PROVINCE", "officialCode", provinceCode,
                "validFrom", "2004-01-01")).expect(201).json();
        String provinceId = province.path("unitId").asText();
        assertThat(province.path("kind").asText()).isEqualTo("PROVINCE");
        JsonNode department = create(Map.of("name", "Sở Nội vụ", "level", "PROVINCE", "kind", "STATE_AGENCY",
                "parentUnitId", provinceId, "validFrom", "2008-04-01")).expect(201).json();
        String departmentId = department.path("unitId").asText();
        assertThat(department.path("level").asText()).isEqualTo("PROVINCE");
        assertThat(department.path("kind").asText()).isEqualTo("STATE_AGENCY");
        assertThat(department.path("validFrom").asText()).isEqualTo("2008-04-01");
        assertThat(department.path("validTo").isNull()).isTrue();

        List<KafkaProbe.Received> records = kafka.readUntil(Topics.UNITS.name(), all -> ceTypesOf(all, departmentId).size() >= 1,
                Duration.ofSeconds(30));
        String created = records.stream().filter(r -> departmentId.equals(r.key())).findFirst().orElseThrow().value();
        assertThat(created).contains("\"kind\":\"STATE_AGENCY\"", "\"validFrom\":\"2008-04-01\"", "\"level\":\"PROVINCE\"");
        String provinceEvent = records.stream().filter(r -> provinceId.equals(r.key())).findFirst().orElseThrow().value();
        assertThat(provinceEvent).contains("\"officialCode\":\"" + provinceCode + "\"");

        // A kind that fixes another level, a code on a unit that has none, a code of the wrong length, a future start.
        assertThat(create(Map.of("name", "Phường", "level", "DISTRICT", "kind", "WARD", "parentUnitId", provinceId)).expect(400)
                .json().path("detail").asText()).contains("kind", "COMMUNE level");
        assertThat(create(Map.of("name", "Sở Y tế", "level", "PROVINCE", "kind", "STATE_AGENCY", "parentUnitId", provinceId,
                "officialCode", "12")).expect(400).json().path("detail").asText()).contains("officialCode", "only administrative units");
        assertThat(create(Map.of("name", "Xã", "level", "COMMUNE", "parentUnitId", provinceId, "officialCode", "123")).expect(400)
                .json().path("detail").asText()).contains("5 digits");
        assertThat(create(Map.of("name", "Xã", "level", "COMMUNE", "parentUnitId", provinceId,
                "validFrom", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString())).expect(400)
                .json().path("detail").asText()).contains("validFrom");
        assertThat(create(Map.of("name", "Xã", "level", "COMMUNE", "parentUnitId", provinceId, "validFrom", "2000-01-01")).expect(400)
                .json().path("detail").asText()).contains("validFrom", "before its parent");
    }

    @Test
    void anOfficialCodeIsUniqueAndNeverGivenAgainEvenAfterItsUnitIsClosed() {
        String province = createProvince();
        String code = officialCode(5);
        String commune = create(Map.of("name", "Xã Thanh Nưa", "level", "COMMUNE", "parentUnitId", province, "officialCode", code))
                .expect(201).json().path("unitId").asText();

        JsonNode taken = create(Map.of("name", "Xã Thanh Luông", "level", "COMMUNE", "parentUnitId", province, "officialCode", code))
                .expect(409).json();
        assertThat(taken.path("type").asText()).endsWith("/problems/official-code-taken");
        post("/api/v1/units/" + commune + "/dissolve", Map.of(), null).expect(200);
        assertThat(create(Map.of("name", "Xã Thanh Luông", "level", "COMMUNE", "parentUnitId", province, "officialCode", code))
                .expect(409).json().path("detail").asText()).contains("never given to another unit");
    }

    @Test
    void classifyingAUnitPublishesUnitClassifiedAndClassifyingItAgainChangesNothing() {
        String province = createProvince();
        String unit = createUnit("Phường Him Lam", "COMMUNE", province);
        String code = officialCode(5);

        JsonNode ward = post("/api/v1/units/" + unit + "/classify", Map.of("kind", "WARD", "officialCode", code), null).expect(200).json();
        assertThat(ward.path("kind").asText()).isEqualTo("WARD");
        assertThat(ward.path("officialCode").asText()).isEqualTo(code);
        long events = outboxFor(unit);
        post("/api/v1/units/" + unit + "/classify", Map.of("kind", "WARD", "officialCode", code), null).expect(200);
        assertThat(outboxFor(unit)).isEqualTo(events);
        assertThat(post("/api/v1/units/" + unit + "/classify", Map.of("kind", "PROVINCE"), null).expect(400).json()
                .path("detail").asText()).contains("kind");
        String bloc = createUnit("Đảng ủy các cơ quan tỉnh", "PROVINCE", null);
        assertThat(post("/api/v1/units/" + bloc + "/classify", Map.of("kind", "AGENCY_PARTY_BLOC"), null).expect(400).json()
                .path("detail").asText()).contains("root");
        String other = createUnit("Xã Nà Tấu", "COMMUNE", province);
        assertThat(post("/api/v1/units/" + other + "/classify", Map.of("kind", "COMMUNE", "officialCode", code), null)
                .expect(409).json().path("type").asText()).endsWith("/problems/official-code-taken");

        List<KafkaProbe.Received> records = kafka.readUntil(Topics.UNITS.name(), all -> ceTypesOf(all, unit).size() >= 2,
                Duration.ofSeconds(30));
        assertThat(ceTypesOf(records, unit)).containsExactly("org.cadretraining.registry.UnitCreated.v1",
                "org.cadretraining.registry.UnitClassified.v1");
        assertThat(records.stream().filter(r -> unit.equals(r.key())).toList().get(1).value())
                .contains("\"kind\":\"WARD\"", "\"officialCode\":\"" + code + "\"");
    }

    @Test
    void theTreeAsOfADayHasTheNamesAndParentsOfThatDay() {
        String province = create(Map.of("name", "Tỉnh Điện Biên", "level", "PROVINCE", "validFrom", "2004-01-01")).expect(201)
                .json().path("unitId").asText();
        String district = create(Map.of("name", "Huyện Mường Nhé", "level", "DISTRICT", "parentUnitId", province,
                "validFrom", "2004-01-01")).expect(201).json().path("unitId").asText();
        String commune = create(Map.of("name", "Xã Chung Chải", "level", "COMMUNE", "parentUnitId", district,
                "validFrom", "2010-01-01")).expect(201).json().path("unitId").asText();
        post("/api/v1/units/" + commune + "/rename", Map.of("name", "Xã Chung Chải (mới)", "effectiveDate", "2024-01-01"), null)
                .expect(200);
        post("/api/v1/units/" + commune + "/move", Map.of("parentUnitId", province, "effectiveDate", "2025-07-01"), null).expect(200);
        // A change cannot take effect before the one before it.
        assertThat(post("/api/v1/units/" + commune + "/rename", Map.of("name", "Xã Chung Chải 2", "effectiveDate", "2023-01-01"),
                null).expect(400).json().path("detail").asText()).contains("effectiveDate");

        assertThat(unitAsOf("2009-12-31", commune)).isNull();
        JsonNode early = unitAsOf("2023-06-30", commune);
        assertThat(early.path("name").asText()).isEqualTo("Xã Chung Chải");
        assertThat(early.path("parentUnitId").asText()).isEqualTo(district);
        JsonNode before = unitAsOf("2025-06-30", commune);
        assertThat(before.path("name").asText()).isEqualTo("Xã Chung Chải (mới)");
        assertThat(before.path("parentUnitId").asText()).isEqualTo(district);
        assertThat(unitAsOf("2025-07-01", commune).path("parentUnitId").asText()).isEqualTo(province);
        assertThat(api.get("/api/v1/units?asOf=30-06-2025").status()).isEqualTo(400);
    }

    @Test
    void aCadreServingSinceAnEarlierDayAndAQualificationAwardedOnADayCarryThoseDaysOnTheirEvents() {
        String province = create(Map.of("name", "Tỉnh Điện Biên", "level", "PROVINCE", "validFrom", "2004-01-01")).expect(201)
                .json().path("unitId").asText();
        Map<String, Object> body = CadreFixtures.cadre(province, CadreFixtures.nationalId("011"));
        body.put("servingSince", "2023-09-01");
        body.put("qualifications", List.of(Map.of("ladder", "PROFESSIONAL", "level", "UNIVERSITY", "fieldOfStudy", "Luật",
                "year", 2010, "awardedOn", "2010-06-30")));
        JsonNode cadre = api.post("/api/v1/cadres", body).expect(201).json();
        String cadreId = cadre.path("cadreId").asText();
        assertThat(cadre.path("servingSince").asText()).isEqualTo("2023-09-01");
        assertThat(cadre.path("qualifications").get(0).path("awardedOn").asText()).isEqualTo("2010-06-30");
        api.post("/api/v1/cadres/" + cadreId + "/qualifications", Map.of("ladder", "POLITICAL_THEORY", "level", "INTERMEDIATE",
                "awardedOn", "2024-05-20")).expect(201);

        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(), all -> ceTypesOf(all, cadreId).size() >= 3,
                Duration.ofSeconds(30));
        List<String> values = records.stream().filter(r -> cadreId.equals(r.key())).map(KafkaProbe.Received::value).toList();
        assertThat(values.get(0)).contains("\"effectiveDate\":\"2023-09-01\"");
        assertThat(values.get(1)).contains("\"awardedOn\":\"2010-06-30\"");
        assertThat(values.get(2)).contains("\"awardedOn\":\"2024-05-20\"", "\"year\":2024");

        // Not before the unit existed, not after today, not a year apart from the award day.
        Map<String, Object> early = CadreFixtures.cadre(province, CadreFixtures.nationalId("011"));
        early.put("servingSince", "2003-12-31");
        assertThat(api.post("/api/v1/cadres", early).expect(400).json().path("detail").asText()).contains("servingSince");
        Map<String, Object> late = CadreFixtures.cadre(province, CadreFixtures.nationalId("011"));
        late.put("servingSince", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString());
        assertThat(api.post("/api/v1/cadres", late).expect(400).json().path("detail").asText()).contains("servingSince");
        assertThat(api.post("/api/v1/cadres/" + cadreId + "/qualifications", Map.of("ladder", "STATE_MANAGEMENT",
                "level", "SPECIALIST", "year", 2020, "awardedOn", "2021-01-05")).expect(400).json().path("detail").asText())
                .contains("awardedOn");
    }

    @Test
    void anImportMayCarryTheDayEachCadreBeganServing() {
        String code = "KI-" + suffix();
        api.post("/api/v1/units", Map.of("code", code, "name", "Sở Tư pháp", "level", "PROVINCE", "validFrom", "2004-01-01"))
                .expect(201);
        String nationalId = "014088" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String row = nationalId + ",Quàng Văn Minh,12/03/1988,Nam,Thái," + code
                + ",Chuyên viên,Chuyên viên,Đơn vị,Có,19/05/2012,Đại học,Trung cấp,Chưa có,15/08/2024";
        byte[] csv = (String.join(",", Column.headers()) + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
        JsonNode report = upload("/api/v1/cadres/import", "lich-su.csv", csv).expect(200).json();
        assertThat(report.path("created").asInt()).as(report.toString()).isEqualTo(1);
        String cadreId = jdbc.sql("SELECT id::text FROM cadre WHERE national_id = :id").param("id", nationalId)
                .query(String.class).single();
        assertThat(api.get("/api/v1/cadres/" + cadreId).expect(200).json().path("servingSince").asText()).isEqualTo("2024-08-15");
        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(), all -> ceTypesOf(all, cadreId).size() >= 1,
                Duration.ofSeconds(30));
        assertThat(records.stream().filter(r -> cadreId.equals(r.key())).findFirst().orElseThrow().value())
                .contains("\"effectiveDate\":\"2024-08-15\"");

        // Transferred into a unit that began later (a merger's successor), the cadre keeps the day they began: the
        // same row, naming the new unit, imports unchanged; a new cadre with that day is refused there.
        String laterCode = "KL-" + suffix();
        String later = api.post("/api/v1/units", Map.of("code", laterCode, "name", "Sở Tư pháp (mới)", "level", "PROVINCE"))
                .expect(201).json().path("unitId").asText();
        api.post("/api/v1/cadres/" + cadreId + "/transfer", Map.of("toUnitId", later, "effectiveDate",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), "reason", "Sáp nhập")).expect(200);
        byte[] again = (String.join(",", Column.headers()) + "\n" + row.replace("," + code + ",", "," + laterCode + ",") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode unchanged = upload("/api/v1/cadres/import", "lich-su-2.csv", again).expect(200).json();
        assertThat(unchanged.path("rejected")).as(unchanged.toString()).isEmpty();
        assertThat(unchanged.path("unchanged").asInt()).isEqualTo(1);
        String newcomer = "014088" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        JsonNode refused = upload("/api/v1/cadres/import", "lich-su-3.csv", (String.join(",", Column.headers()) + "\n"
                + row.replace(nationalId, newcomer).replace("," + code + ",", "," + laterCode + ",") + "\n")
                .getBytes(StandardCharsets.UTF_8)).expect(200).json();
        assertThat(refused.path("rejected").findValuesAsString("column")).containsExactly("Ngày bắt đầu công tác");
    }

    private JsonNode unitAsOf(String day, String unitId) {
        for (JsonNode unit : api.get("/api/v1/units?asOf=" + day).expect(200).json()) {
            if (unitId.equals(unit.path("unitId").asText())) {
                return unit;
            }
        }
        return null;
    }
}
