package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A cadre's life on the register: profile changes, search, transfer, departure, records, planning, rotation, audit. */
class CadreLifecycleTest extends RegistryIntegrationTest {
    private static final String REGISTRY = "org.cadretraining.registry.";

    private String register(String unitId) {
        return api.post("/api/v1/cadres", CadreFixtures.cadre(unitId, CadreFixtures.nationalId("017"))).expect(201)
                .json().path("cadreId").asText();
    }

    private Map<String, Object> profileOf(String cadreId) {
        JsonNode c = api.get("/api/v1/cadres/" + cadreId).expect(200).json();
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("nationalId", "fullName", "birthDate", "gender", "ethnicity", "position", "rank",
                "managementTier", "partyJoinDate")) {
            body.put(field, c.path(field).isNull() ? null : c.path(field).asText());
        }
        body.put("partyMember", c.path("partyMember").asBoolean());
        return body;
    }

    @Test
    void aProfileChangePublishesWhatOtherServicesSeeAndTheTrailRecordsWhoAndWhat() {
        String unit = createProvince();
        String cadreId = register(unit);
        // Two personnel officers of the province make the changes: the trail names each by their token's subject.
        grant("nguyen.van.a", AccessRole.PERSONNEL_OFFICER, unit);
        grant("tran.thi.b", AccessRole.PERSONNEL_OFFICER, unit);

        Map<String, Object> change = profileOf(cadreId);
        change.put("position", "Phó Trưởng phòng");
        change.put("rank", "PRINCIPAL_SPECIALIST");
        change.put("managementTier", "PROVINCIAL_STANDING_COMMITTEE");
        change.put("committeeMemberships", List.of(Map.of("committee", "PROVINCIAL_EXECUTIVE", "termStart", 2025, "termEnd", 2030)));
        JsonNode updated = put("/api/v1/cadres/" + cadreId, change, "nguyen.van.a").expect(200).json();
        assertThat(updated.path("position").asText()).isEqualTo("Phó Trưởng phòng");
        assertThat(updated.path("committeeMemberships").get(0).path("committee").asText()).isEqualTo("PROVINCIAL_EXECUTIVE");
        assertThat(updated.path("levels").path("professional").asText()).isEqualTo("UNIVERSITY");

        // The same profile again, and a change only the registry keeps (party join date): no event.
        put("/api/v1/cadres/" + cadreId, change, "nguyen.van.a").expect(200);
        change.put("partyJoinDate", "2013-03-03");
        put("/api/v1/cadres/" + cadreId, change, "tran.thi.b").expect(200);

        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(),
                all -> ceTypesOf(all, cadreId).contains(REGISTRY + "CadreProfileUpdated.v1"), Duration.ofSeconds(30));
        assertThat(ceTypesOf(records, cadreId)).containsOnlyOnce(REGISTRY + "CadreProfileUpdated.v1");
        KafkaProbe.Received event = records.stream().filter(r -> cadreId.equals(r.key())
                && r.header("ce_type").contains("ProfileUpdated")).findFirst().orElseThrow();
        assertThat(event.value()).contains("\"rank\":\"PRINCIPAL_SPECIALIST\"", "\"committee\":\"PROVINCIAL_EXECUTIVE\"",
                "\"ethnicMinority\":true").doesNotContain("nationalId", "THAI", "partyJoinDate", "partyMember");
        assertThat(outboxFor(cadreId)).isEqualTo(3); // registered, one record, one profile update

        JsonNode history = api.get("/api/v1/cadres/" + cadreId + "/history").expect(200).json();
        assertThat(history.findValuesAsString("action")).containsExactly("CADRE_REGISTERED", "PROFILE_UPDATED", "PROFILE_UPDATED");
        assertThat(history.findValuesAsString("actingUser")).containsExactly(ADMIN, "nguyen.van.a", "tran.thi.b");
        assertThat(history.get(1).path("before").path("position").asText()).isEqualTo("Chuyên viên");
        assertThat(history.get(1).path("after").path("position").asText()).isEqualTo("Phó Trưởng phòng");
        assertThat(history.get(2).path("after").path("partyJoinDate").asText()).isEqualTo("2013-03-03");

        // The trail cannot be edited, even by the service's own database user.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE subject_id = CAST(:id AS uuid)")
                .param("id", cadreId).update()).hasMessageContaining("append-only");
    }

    @Test
    void aProfileChangeIsCheckedLikeARegistrationAndAUnitChangeMustBeATransfer() {
        String unit = createProvince();
        String cadreId = register(unit);
        long events = events();

        Map<String, Object> change = profileOf(cadreId);
        change.put("committeeMemberships", List.of(Map.of("committee", "DISTRICT_EXECUTIVE", "termStart", 2020, "termEnd", 2030)));
        assertThat(put("/api/v1/cadres/" + cadreId, change, null).expect(400).json().path("field").asText())
                .isEqualTo("committeeMemberships[0]");
        change.remove("committeeMemberships");
        change.put("partyMember", false);
        assertThat(put("/api/v1/cadres/" + cadreId, change, null).expect(400).json().path("field").asText())
                .isEqualTo("partyJoinDate");
        change = profileOf(cadreId);
        change.put("unitId", createProvince());
        events++;
        assertThat(put("/api/v1/cadres/" + cadreId, change, null).expect(409).json().path("type").asText())
                .endsWith("/problems/unit-change-is-a-transfer");
        change.remove("unitId");
        String other = api.post("/api/v1/cadres", CadreFixtures.cadre(unit, CadreFixtures.nationalId("017"))).expect(201)
                .json().path("nationalId").asText();
        events += 2;
        change.put("nationalId", other);
        assertThat(put("/api/v1/cadres/" + cadreId, change, null).expect(409).json().path("field").asText()).isEqualTo("nationalId");
        put("/api/v1/cadres/" + java.util.UUID.randomUUID(), change, null).expect(404);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void searchFindsByUnitWithSubunitsByTierAndByNameWithoutDiacriticsInPages() {
        String province = createProvince();
        String district = createUnit("Huyện Tuần Giáo", "DISTRICT", province);
        String commune = createUnit("Xã Quài Cang", "COMMUNE", district);
        String tag = suffix().toLowerCase();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = CadreFixtures.cadre(i < 2 ? district : commune, CadreFixtures.nationalId("012"));
            body.put("fullName", "Nguyễn Văn Đức " + tag + " " + (char) ('A' + i));
            body.put("managementTier", i == 0 ? "DISTRICT_STANDING_COMMITTEE" : "UNIT");
            api.post("/api/v1/cadres", body).expect(201);
        }
        JsonNode direct = api.get("/api/v1/cadres?unitId=" + district).expect(200).json();
        assertThat(direct.path("totalItems").asLong()).isEqualTo(2);
        JsonNode tree = api.get("/api/v1/cadres?unitId=" + province + "&includeSubunits=true&size=2&page=1").expect(200).json();
        assertThat(tree.path("totalItems").asLong()).isEqualTo(5);
        assertThat(tree.path("totalPages").asLong()).isEqualTo(3);
        assertThat(tree.path("items")).hasSize(2);
        assertThat(tree.path("items").get(0).path("fullName").asText()).endsWith(" C");
        assertThat(tree.path("items").get(0).has("nationalId")).isFalse();
        assertThat(api.get("/api/v1/cadres?unitId=" + province + "&includeSubunits=true&tier=DISTRICT_STANDING_COMMITTEE")
                .expect(200).json().path("totalItems").asLong()).isEqualTo(1);
        JsonNode byName = api.get("/api/v1/cadres?q=nguyen%20van%20duc%20" + tag).expect(200).json();
        assertThat(byName.path("totalItems").asLong()).isEqualTo(5);
        assertThat(api.get("/api/v1/cadres?q=NGUY%E1%BB%84N%20" + tag.toUpperCase()).expect(200).json()
                .path("totalItems").asLong()).isZero(); // "NGUYỄN <tag>" is not a contiguous part of the name
        assertThat(api.get("/api/v1/cadres?q=%C4%91%E1%BB%A9c%20" + tag).expect(200).json() // "đức <tag>"
                .path("totalItems").asLong()).isEqualTo(5);
        assertThat(api.get("/api/v1/cadres?size=500").expect(400).json().path("field").asText()).isEqualTo("size");
        assertThat(api.get("/api/v1/cadres?tier=MAYOR").expect(400).json().path("field").asText()).isEqualTo("tier");
    }

    @Test
    void searchFindsByTheLevelReachedOnALadderAndBySeatsOnACommittee() {
        String unit = createUnit("Xã Mường Phăng", "COMMUNE", createProvince());
        String[] politicalTheory = {null, "ELEMENTARY", "INTERMEDIATE", "ADVANCED"};
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < politicalTheory.length; i++) {
            Map<String, Object> body = CadreFixtures.cadre(unit, CadreFixtures.nationalId("011"));
            List<Map<String, Object>> records = new java.util.ArrayList<>(List.of(
                    Map.of("ladder", "PROFESSIONAL", "level", "UNIVERSITY", "fieldOfStudy", "Luật", "year", 2010)));
            if (politicalTheory[i] != null) {
                // A lower record beside the highest: the level reached is the highest.
                records.add(Map.of("ladder", "POLITICAL_THEORY", "level", "ELEMENTARY", "year", 2011));
                records.add(Map.of("ladder", "POLITICAL_THEORY", "level", politicalTheory[i], "year", 2015));
            }
            body.put("qualifications", records);
            if (i == 3) {
                body.put("committeeMemberships", List.of(Map.of("committee", "DISTRICT_EXECUTIVE", "termStart", 2020, "termEnd", 2025),
                        Map.of("committee", "PROVINCIAL_EXECUTIVE", "termStart", 2025, "termEnd", 2030)));
            }
            ids.add(api.post("/api/v1/cadres", body).expect(201).json().path("cadreId").asText());
        }
        String base = "/api/v1/cadres?unitId=" + unit + "&ladder=POLITICAL_THEORY";
        assertThat(api.get(base + "&level=INTERMEDIATE").expect(200).json().findValuesAsString("cadreId"))
                .containsExactly(ids.get(2));
        assertThat(api.get(base + "&level=INTERMEDIATE&levelMatch=AT_LEAST").expect(200).json().findValuesAsString("cadreId"))
                .containsExactlyInAnyOrder(ids.get(2), ids.get(3));
        // Who still needs the intermediate course: no record at all, or only the elementary one.
        assertThat(api.get(base + "&level=INTERMEDIATE&levelMatch=BELOW").expect(200).json().findValuesAsString("cadreId"))
                .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(api.get(base + "&level=NONE").expect(200).json().findValuesAsString("cadreId")).containsExactly(ids.get(0));

        String committees = "/api/v1/cadres?unitId=" + unit + "&committee=";
        assertThat(api.get(committees + "PROVINCIAL_EXECUTIVE&committeeYear=2027").expect(200).json().findValuesAsString("cadreId"))
                .containsExactly(ids.get(3));
        assertThat(api.get(committees + "DISTRICT_EXECUTIVE&committeeYear=2027").expect(200).json().path("totalItems").asLong()).isZero();
        assertThat(api.get(committees + "DISTRICT_EXECUTIVE&committeeYear=2021").expect(200).json().findValuesAsString("cadreId"))
                .containsExactly(ids.get(3));

        assertThat(api.get(base + "&level=MASTER").expect(400).json().path("field").asText()).isEqualTo("level");
        assertThat(api.get("/api/v1/cadres?level=ADVANCED").expect(400).json().path("field").asText()).isEqualTo("ladder");
        assertThat(api.get(base).expect(400).json().path("field").asText()).isEqualTo("level");
        assertThat(api.get(base + "&level=ADVANCED&levelMatch=ABOVE").expect(400).json().path("field").asText()).isEqualTo("levelMatch");
        assertThat(api.get(committees + "CITY_COUNCIL").expect(400).json().path("field").asText()).isEqualTo("committee");
    }

    @Test
    void aRefusalSpeaksTheCallersLanguage() {
        String unit = createUnit("Xã Pú Nhi", "COMMUNE", createProvince());
        org.cadretraining.platform.infrastructure.ApiClient vi = api.withHeader("Accept-Language", "vi-VN,vi;q=0.9");
        Map<String, Object> body = CadreFixtures.cadre(unit, CadreFixtures.nationalId("011"));
        body.remove("fullName");
        JsonNode missing = vi.post("/api/v1/cadres", body).expect(400).json();
        assertThat(missing.path("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(missing.path("errors").get(0).path("field").asText()).isEqualTo("fullName");
        assertThat(missing.path("errors").get(0).path("reason").asText()).isEqualTo("không được để trống");
        JsonNode english = api.withHeader("Accept-Language", "en").post("/api/v1/cadres", body).expect(400).json();
        assertThat(english.path("title").asText()).isEqualTo("Invalid request");
        assertThat(english.path("errors").get(0).path("reason").asText()).isEqualTo("must not be blank");

        assertThat(vi.get("/api/v1/cadres?tier=MAYOR").expect(400).json().path("errors").get(0).path("reason").asText())
                .startsWith("phải là một trong các giá trị ");
        String cadreId = register(unit);
        assertThat(vi.post("/api/v1/cadres/" + cadreId + "/transfer", Map.of("toUnitId", unit)).expect(409).json()
                .path("title").asText()).isEqualTo("Cán bộ đã ở đơn vị đó");
        // A language the platform does not speak gets English.
        assertThat(api.withHeader("Accept-Language", "fr").post("/api/v1/cadres/" + cadreId + "/transfer", Map.of("toUnitId", unit))
                .expect(409).json().path("title").asText()).isEqualTo("Already in that unit");
    }

    @Test
    void aTransferAndADeparturePublishTheirEventsAndADepartedCadreStaysPut() {
        String province = createProvince();
        String from = createUnit("Sở Nội vụ", "DISTRICT", province);
        String to = createUnit("Sở Tài chính", "DISTRICT", province);
        String cadreId = register(from);

        JsonNode moved = post("/api/v1/cadres/" + cadreId + "/transfer", Map.of("toUnitId", to, "effectiveDate", "2026-09-01",
                "reason", "điều động"), null).expect(200).json();
        assertThat(moved.path("unitId").asText()).isEqualTo(to);
        assertThat(post("/api/v1/cadres/" + cadreId + "/transfer", Map.of("toUnitId", to), null).expect(409).json()
                .path("type").asText()).endsWith("/problems/already-in-unit");

        assertThat(post("/api/v1/cadres/" + cadreId + "/departure", Map.of("status", "ACTIVE", "effectiveDate", "2026-10-01"), null)
                .expect(400).json().path("field").asText()).isEqualTo("status");
        JsonNode retired = post("/api/v1/cadres/" + cadreId + "/departure", Map.of("status", "RETIRED",
                "effectiveDate", "2026-10-01", "reason", "nghỉ hưu"), null).expect(200).json();
        assertThat(retired.path("status").asText()).isEqualTo("RETIRED");
        assertThat(retired.path("departedOn").asText()).isEqualTo("2026-10-01");
        assertThat(post("/api/v1/cadres/" + cadreId + "/departure", Map.of("status", "LEFT", "effectiveDate", "2026-10-02"), null)
                .expect(409).json().path("type").asText()).endsWith("/problems/cadre-not-active");
        assertThat(post("/api/v1/cadres/" + cadreId + "/transfer", Map.of("toUnitId", from), null).expect(409).json()
                .path("type").asText()).endsWith("/problems/cadre-not-active");

        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(),
                all -> ceTypesOf(all, cadreId).size() >= 4, Duration.ofSeconds(30));
        assertThat(ceTypesOf(records, cadreId)).containsExactly(REGISTRY + "CadreRegistered.v1",
                REGISTRY + "CadreQualificationRecorded.v1", REGISTRY + "CadreTransferred.v1", REGISTRY + "CadreDeparted.v1");
        assertThat(records.stream().filter(r -> cadreId.equals(r.key()) && r.header("ce_type").contains("Transferred"))
                .findFirst().orElseThrow().value()).contains("\"fromUnitId\":\"" + from + "\"", "\"toUnitId\":\"" + to + "\"",
                "\"effectiveDate\":\"2026-09-01\"");
        assertThat(api.get("/api/v1/cadres/" + cadreId + "/history").expect(200).json().findValuesAsString("action"))
                .containsExactly("CADRE_REGISTERED", "TRANSFERRED", "RETIRED");
    }

    @Test
    void aManualRecordRaisesTheDerivedLevelAndALowerOneNeverLowersIt() {
        String cadreId = register(createProvince());
        JsonNode master = post("/api/v1/cadres/" + cadreId + "/qualifications", Map.of("ladder", "PROFESSIONAL", "level", "MASTER",
                "fieldOfStudy", "Quản lý công", "institution", "Học viện Hành chính Quốc gia", "year", 2018), null).expect(201).json();
        assertThat(master.path("levels").path("professional").asText()).isEqualTo("MASTER");
        assertThat(master.path("record").path("source").asText()).isEqualTo("MANUAL");
        JsonNode college = post("/api/v1/cadres/" + cadreId + "/qualifications", Map.of("ladder", "PROFESSIONAL", "level", "COLLEGE",
                "year", 2008), null).expect(201).json();
        assertThat(college.path("levels").path("professional").asText()).isEqualTo("MASTER");
        assertThat(post("/api/v1/cadres/" + cadreId + "/qualifications", Map.of("ladder", "STATE_MANAGEMENT", "level", "MASTER"), null)
                .expect(400).json().path("field").asText()).isEqualTo("level");
        assertThat(post("/api/v1/cadres/" + cadreId + "/qualifications", Map.of("ladder", "POLITICAL_THEORY", "level", "ADVANCED",
                "year", 1990), null).expect(400).json().path("field").asText()).isEqualTo("year");

        JsonNode cadre = api.get("/api/v1/cadres/" + cadreId).expect(200).json();
        assertThat(cadre.path("qualifications")).hasSize(3);
        assertThat(cadre.path("levels").path("professional").asText()).isEqualTo("MASTER");
        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(),
                all -> ceTypesOf(all, cadreId).size() >= 4, Duration.ofSeconds(30));
        assertThat(records.stream().filter(r -> cadreId.equals(r.key()) && r.value().contains("\"level\":\"COLLEGE\""))
                .findFirst().orElseThrow().value()).contains("\"currentLevel\":\"MASTER\"", "\"source\":\"MANUAL\"");
    }

    @Test
    void successionEntriesArePlannedAndWithdrawnWithTheirEvents() {
        String cadreId = register(createProvince());
        JsonNode entry = post("/api/v1/cadres/" + cadreId + "/succession", Map.of("plannedTitle", "Phó Chủ tịch UBND tỉnh",
                "termStart", 2025, "termEnd", 2030, "decidedOn", "2024-06-01"), null).expect(201).json();
        String entryId = entry.path("id").asText();
        assertThat(post("/api/v1/cadres/" + cadreId + "/succession", Map.of("plannedTitle", "Phó Chủ tịch UBND tỉnh",
                "termStart", 2025, "termEnd", 2030, "decidedOn", "2024-06-01"), null).expect(409).json().path("type").asText())
                .endsWith("/problems/already-planned");
        assertThat(post("/api/v1/cadres/" + cadreId + "/succession", Map.of("plannedTitle", "Giám đốc Sở",
                "termStart", 2025, "termEnd", 2027, "decidedOn", "2024-06-01"), null).expect(400).json().path("detail").asText())
                .contains("five years");

        JsonNode withdrawn = post("/api/v1/cadres/" + cadreId + "/succession/" + entryId + "/withdrawal",
                Map.of("decidedOn", "2025-02-01", "reason", "không còn đủ tiêu chuẩn"), null).expect(200).json();
        assertThat(withdrawn.path("withdrawnOn").asText()).isEqualTo("2025-02-01");
        post("/api/v1/cadres/" + cadreId + "/succession/" + entryId + "/withdrawal", Map.of("decidedOn", "2025-02-02"), null).expect(409);
        // Withdrawn, the title and term can be planned again.
        post("/api/v1/cadres/" + cadreId + "/succession", Map.of("plannedTitle", "Phó Chủ tịch UBND tỉnh",
                "termStart", 2025, "termEnd", 2030, "decidedOn", "2025-06-01"), null).expect(201);
        assertThat(api.get("/api/v1/cadres/" + cadreId + "/succession").expect(200).json()).hasSize(2);

        // Retiring takes the cadre out of every live plan.
        post("/api/v1/cadres/" + cadreId + "/departure", Map.of("status", "RETIRED", "effectiveDate", "2026-10-01"), null).expect(200);
        JsonNode entries = api.get("/api/v1/cadres/" + cadreId + "/succession").expect(200).json();
        assertThat(entries.findValuesAsString("withdrawnOn")).containsExactly("2025-02-01", "2026-10-01");
        assertThat(entries.get(1).path("withdrawalReason").asText()).isEqualTo("cadre departed");

        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(),
                all -> ceTypesOf(all, cadreId).size() >= 7, Duration.ofSeconds(30));
        assertThat(ceTypesOf(records, cadreId)).endsWith(REGISTRY + "CadrePlanned.v1", REGISTRY + "CadreUnplanned.v1",
                REGISTRY + "CadrePlanned.v1", REGISTRY + "CadreDeparted.v1", REGISTRY + "CadreUnplanned.v1");
        assertThat(records.stream().filter(r -> cadreId.equals(r.key()) && r.header("ce_type").contains("CadrePlanned"))
                .findFirst().orElseThrow().value()).contains("\"termStart\":2025", "\"termEnd\":2030", "\"entryId\":\"" + entryId + "\"");
    }

    @Test
    void startingARotationTransfersTheCadre() {
        String province = createProvince();
        String from = createUnit("Văn phòng Tỉnh ủy", "DISTRICT", province);
        String to = createUnit("Huyện Mường Nhé", "DISTRICT", province);
        String cadreId = register(from);
        assertThat(post("/api/v1/cadres/" + cadreId + "/rotations", Map.of("toUnitId", to, "startDate", "2026-07-01",
                "endDate", "2026-01-01"), null).expect(400).json().path("field").asText()).isEqualTo("endDate");
        JsonNode rotation = post("/api/v1/cadres/" + cadreId + "/rotations", Map.of("toUnitId", to, "startDate", "2026-07-01",
                "endDate", "2028-06-30", "reason", "luân chuyển cán bộ trẻ"), null).expect(201).json();
        assertThat(rotation.path("fromUnitId").asText()).isEqualTo(from);
        assertThat(api.get("/api/v1/cadres/" + cadreId).expect(200).json().path("unitId").asText()).isEqualTo(to);
        assertThat(api.get("/api/v1/cadres/" + cadreId + "/rotations").expect(200).json()).hasSize(1);
        // Rotating to where the cadre already is writes nothing, not even the rotation.
        post("/api/v1/cadres/" + cadreId + "/rotations", Map.of("toUnitId", to, "startDate", "2026-08-01"), null).expect(409);
        assertThat(api.get("/api/v1/cadres/" + cadreId + "/rotations").expect(200).json()).hasSize(1);

        List<KafkaProbe.Received> records = kafka.readUntil(Topics.CADRES.name(),
                all -> ceTypesOf(all, cadreId).size() >= 4, Duration.ofSeconds(30));
        assertThat(ceTypesOf(records, cadreId)).endsWith(REGISTRY + "CadreRotated.v1", REGISTRY + "CadreTransferred.v1");
    }
}
