package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Renaming, moving and dissolving units, with their events on registry.units. */
class UnitLifecycleTest extends RegistryIntegrationTest {

    @Test
    void renameMoveAndDissolvePublishTheirEventsInOrderKeyedByUnit() {
        String province = createProvince();
        String districtA = createUnit("Huyện Mường Chà", "DISTRICT", province);
        String districtB = createUnit("Huyện Tủa Chùa", "DISTRICT", province);
        String commune = createUnit("Xã Sá Tổng", "COMMUNE", districtA);
        grant("ban-to-chuc", AccessRole.PERSONNEL_OFFICER, province);

        JsonNode renamed = post("/api/v1/units/" + commune + "/rename", Map.of("name", "Xã Sá Tổng mới"), "ban-to-chuc")
                .expect(200).json();
        assertThat(renamed.path("name").asText()).isEqualTo("Xã Sá Tổng mới");
        // Renaming to the same name again changes nothing and publishes nothing.
        post("/api/v1/units/" + commune + "/rename", Map.of("name", "Xã Sá Tổng mới"), null).expect(200);

        JsonNode moved = post("/api/v1/units/" + commune + "/move", Map.of("parentUnitId", districtB), null).expect(200).json();
        assertThat(moved.path("parentUnitId").asText()).isEqualTo(districtB);
        assertThat(api.get("/api/v1/units/" + commune).expect(200).json().path("parentUnitId").asText()).isEqualTo(districtB);

        JsonNode dissolved = post("/api/v1/units/" + commune + "/dissolve", Map.of(), null).expect(200).json();
        assertThat(dissolved.path("dissolvedAt").isNull()).isFalse();

        List<KafkaProbe.Received> records = kafka.readUntil(Topics.UNITS.name(),
                all -> ceTypesOf(all, commune).size() >= 4, Duration.ofSeconds(30));
        assertThat(ceTypesOf(records, commune)).containsExactly(
                "org.cadretraining.registry.UnitCreated.v1", "org.cadretraining.registry.UnitRenamed.v1",
                "org.cadretraining.registry.UnitMoved.v1", "org.cadretraining.registry.UnitDissolved.v1");
        KafkaProbe.Received move = records.stream().filter(r -> commune.equals(r.key())
                && r.header("ce_type").contains("UnitMoved")).findFirst().orElseThrow();
        assertThat(move.value()).contains("\"fromParentUnitId\":\"" + districtA + "\"", "\"toParentUnitId\":\"" + districtB + "\"");

        List<String> actions = jdbc.sql("SELECT action || ':' || acting_user FROM audit_entry WHERE subject_id = CAST(:id AS uuid) ORDER BY id")
                .param("id", commune).query(String.class).list();
        assertThat(actions).containsExactly("UNIT_CREATED:" + ADMIN, "UNIT_RENAMED:ban-to-chuc", "UNIT_MOVED:" + ADMIN,
                "UNIT_DISSOLVED:" + ADMIN);
    }

    @Test
    void aMoveThatWouldMakeACycleOrBreakTheLevelsIsRefused() {
        String province = createProvince();
        String district = createUnit("Huyện Điện Biên", "DISTRICT", province);
        String commune = createUnit("Xã Thanh Nưa", "COMMUNE", district);
        String otherProvince = createProvince();
        String otherCommune = createUnit("Xã Pá Khoang", "COMMUNE", createUnit("Huyện Mường Ảng", "DISTRICT", otherProvince));
        long events = events();

        JsonNode cycle = post("/api/v1/units/" + district + "/move", Map.of("parentUnitId", commune), null).expect(409).json();
        assertThat(cycle.path("type").asText()).endsWith("/problems/unit-move-refused");
        assertThat(cycle.path("detail").asText()).contains("cycle");
        assertThat(post("/api/v1/units/" + district + "/move", Map.of("parentUnitId", district), null).expect(409)
                .json().path("detail").asText()).contains("cycle");

        JsonNode level = post("/api/v1/units/" + province + "/move", Map.of("parentUnitId", otherProvince), null).expect(409).json();
        assertThat(level.path("detail").asText()).contains("root");
        JsonNode upward = post("/api/v1/units/" + district + "/move", Map.of("parentUnitId", otherCommune), null).expect(409).json();
        assertThat(upward.path("detail").asText()).contains("cannot sit under");

        post("/api/v1/units/" + commune + "/move", Map.of("parentUnitId", java.util.UUID.randomUUID().toString()), null).expect(400);
        // Refused moves publish nothing.
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aUnitWithActiveCadresOrLiveSubUnitsCannotBeDissolved() {
        String province = createProvince();
        String district = createUnit("Huyện Nậm Pồ", "DISTRICT", province);
        String commune = createUnit("Xã Nà Hỳ", "COMMUNE", district);
        String cadreId = api.post("/api/v1/cadres", CadreFixtures.cadre(commune, CadreFixtures.nationalId("010"))).expect(201)
                .json().path("cadreId").asText();

        JsonNode problem = post("/api/v1/units/" + commune + "/dissolve", Map.of(), null).expect(409).json();
        assertThat(problem.path("type").asText()).endsWith("/problems/unit-not-empty");
        assertThat(problem.path("detail").asText()).contains("1 active cadre");
        assertThat(post("/api/v1/units/" + district + "/dissolve", Map.of(), null).expect(409).json()
                .path("detail").asText()).contains("sub-unit");

        // Once the cadre has left, the commune can go; then its district too.
        post("/api/v1/cadres/" + cadreId + "/departure", Map.of("status", "RETIRED", "effectiveDate", "2026-01-01"), null).expect(200);
        post("/api/v1/units/" + commune + "/dissolve", Map.of(), null).expect(200);
        post("/api/v1/units/" + district + "/dissolve", Map.of(), null).expect(200);
        assertThat(post("/api/v1/units/" + district + "/dissolve", Map.of(), null).expect(409).json()
                .path("type").asText()).endsWith("/problems/unit-dissolved");
        // A dissolved unit takes no one.
        assertThat(api.post("/api/v1/cadres", CadreFixtures.cadre(commune, CadreFixtures.nationalId("010"))).expect(400)
                .json().path("detail").asText()).contains("dissolved");
        assertThat(api.post("/api/v1/units", Map.of("code", "X" + suffix(), "name", "Xã mới", "level", "COMMUNE",
                "parentUnitId", district)).expect(400).json().path("detail").asText()).contains("dissolved");
    }
}
