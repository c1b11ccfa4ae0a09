package org.cadretraining.registry.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.registry.RegistryIntegrationTest;
import org.cadretraining.registry.TestCadres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Grants: given and taken back by who manages them on the unit, honoured by the registry at once, published. */
class GrantsTest extends RegistryIntegrationTest {

    private ApiClient.Response give(ApiClient as, String subject, AccessRole role, String unitId) {
        return as.post("/api/v1/access/grants", Map.of("subject", subject, "role", role.name(), "unitId", unitId));
    }

    @Test
    void theAdministratorGrantsAndRevokesAndTheRegistryHonoursEachAtOnceAndPublishesIt() {
        String province = createProvince();
        String district = createUnit("Huyện Mường Chà", "DISTRICT", province);
        String cadreId = TestCadres.register(api, district);
        String viewer = user("xem.ho.so");
        ApiClient asViewer = as(viewer);
        assertThat(asViewer.get("/api/v1/cadres/" + cadreId).status()).isEqualTo(403);

        JsonNode grant = give(api, viewer, AccessRole.RECORD_VIEWER, district).expect(201).json();
        String grantId = grant.path("grantId").asText();
        assertThat(grant.path("subject").asText()).isEqualTo(viewer);
        assertThat(grant.path("grantedBy").asText()).isEqualTo(ADMIN);
        // At once, in the registry: no event to wait for.
        assertThat(asViewer.get("/api/v1/cadres/" + cadreId).expect(200).json().path("fullName").asText()).isEqualTo("Lò Thị Hương");
        // The same grant again is the same grant, and publishes nothing more.
        assertThat(give(api, viewer, AccessRole.RECORD_VIEWER, district).expect(200).json().path("grantId").asText()).isEqualTo(grantId);

        JsonNode me = asViewer.get("/api/v1/access/me").expect(200).json();
        assertThat(me.path("subject").asText()).isEqualTo(viewer);
        assertThat(me.path("platformAdministrator").asBoolean()).isFalse();
        assertThat(me.path("grants")).hasSize(1);
        assertThat(me.path("grants").get(0).path("unitName").asText()).isEqualTo("Huyện Mường Chà");
        assertThat(me.path("grants").get(0).path("role").asText()).isEqualTo("RECORD_VIEWER");
        assertThat(me.path("permissions").path("PERSON_READ").get(0).asText()).isEqualTo(district);
        assertThat(me.path("permissions").has("SENSITIVE_READ")).isFalse();
        assertThat(me.path("permissions").has("REGISTER_WRITE")).isFalse();
        JsonNode adminMe = api.get("/api/v1/access/me").expect(200).json();
        assertThat(adminMe.path("platformAdministrator").asBoolean()).isTrue();
        assertThat(adminMe.path("permissions").path("GRANTS_MANAGE").toString()).contains(province);

        assertThat(api.get("/api/v1/access/grants?subject=" + viewer).expect(200).json().findValuesAsString("grantId"))
                .containsExactly(grantId);

        List<KafkaProbe.Received> granted = kafka.readUntil(Topics.ACCESS_GRANTS.name(),
                all -> all.stream().anyMatch(r -> r.value().contains(grantId)), Duration.ofSeconds(30));
        assertThat(granted).filteredOn(r -> r.value().contains(grantId)).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(viewer);
            assertThat(r.header("ce_type")).isEqualTo(EventTypes.ACCESS_GRANTED.ceType());
            assertThat(r.header("ce_actor")).isEqualTo(ADMIN);
            assertThat(r.value()).contains("\"role\":\"RECORD_VIEWER\"", "\"unitId\":\"" + district + "\"",
                    "\"grantedBy\":\"" + ADMIN + "\"");
        });

        api.delete("/api/v1/access/grants/" + grantId).expect(204);
        assertThat(asViewer.get("/api/v1/cadres/" + cadreId).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/access/grants/" + grantId).status()).isEqualTo(404);
        assertThat(asViewer.get("/api/v1/access/me").expect(200).json().path("grants")).isEmpty();
        List<KafkaProbe.Received> revoked = kafka.readUntil(Topics.ACCESS_GRANTS.name(), all -> all.stream()
                .anyMatch(r -> r.value().contains(grantId) && EventTypes.ACCESS_REVOKED.ceType().equals(r.header("ce_type"))),
                Duration.ofSeconds(30));
        assertThat(revoked).filteredOn(r -> r.value().contains(grantId)).extracting(r -> r.header("ce_type"))
                .containsExactly(EventTypes.ACCESS_GRANTED.ceType(), EventTypes.ACCESS_REVOKED.ceType());
        assertThat(revoked).filteredOn(r -> r.value().contains(grantId)).allSatisfy(r -> assertThat(r.key()).isEqualTo(viewer));
    }

    @Test
    void onlyWhoManagesGrantsOnAUnitGivesAndTakesThemThere() {
        String province = createProvince();
        String districtA = createUnit("Huyện Điện Biên Đông", "DISTRICT", province);
        String districtB = createUnit("Huyện Mường Ảng", "DISTRICT", province);
        String communeA = createUnit("Xã Phì Nhừ", "COMMUNE", districtA);
        String officer = user("to.chuc.huyen");
        grant(officer, AccessRole.PERSONNEL_OFFICER, districtA);
        ApiClient asOfficer = as(officer);
        long grants = count("access_grant");
        assertThat(give(asOfficer, user("ai.do"), AccessRole.RECORD_VIEWER, districtA).status()).isEqualTo(403);
        assertThat(asOfficer.get("/api/v1/access/grants").status()).isEqualTo(403);

        // A district's administrator manages the grants of the district, and nowhere else.
        String local = user("quan.tri.huyen");
        grant(local, AccessRole.PLATFORM_ADMINISTRATOR, districtA);
        ApiClient asLocal = as(local);
        String inCommune = give(asLocal, user("xem.xa"), AccessRole.RECORD_VIEWER, communeA).expect(201).json().path("grantId").asText();
        String onB = grant(user("xem.huyen.b"), AccessRole.RECORD_VIEWER, districtB);
        grants += 3;
        JsonNode refused = give(asLocal, user("xem.huyen.b"), AccessRole.RECORD_VIEWER, districtB).expect(403).json();
        assertThat(refused.path("type").asText()).endsWith("/access-denied");
        assertThat(give(asLocal, user("xem.tinh"), AccessRole.RECORD_VIEWER, province).status()).isEqualTo(403);
        assertThat(asLocal.delete("/api/v1/access/grants/" + onB).status()).isEqualTo(403);
        List<String> seen = asLocal.get("/api/v1/access/grants").expect(200).json().findValuesAsString("unitId");
        assertThat(seen).contains(communeA, districtA).doesNotContain(districtB, province);
        assertThat(asLocal.get("/api/v1/access/grants?unitId=" + communeA).expect(200).json().findValuesAsString("grantId"))
                .containsExactly(inCommune);
        // A new province belongs to no one's grant: only the platform-wide administrator makes one.
        assertThat(asLocal.post("/api/v1/units", Map.of("code", "P" + suffix(), "name", "Tỉnh mới", "level", "PROVINCE"))
                .status()).isEqualTo(403);
        assertThat(count("access_grant")).isEqualTo(grants);

        asLocal.delete("/api/v1/access/grants/" + inCommune).expect(204);
        assertThat(count("access_grant")).isEqualTo(grants - 1);
    }

    @Test
    void aGrantNamesASubjectARoleAndAUnitThatExists() {
        String province = createProvince();
        long grants = count("access_grant");
        assertThat(api.post("/api/v1/access/grants", Map.of("subject", " ", "role", "AUDITOR", "unitId", province))
                .expect(400).json().path("field").asText()).isEqualTo("subject");
        assertThat(api.post("/api/v1/access/grants", Map.of("subject", "x".repeat(201), "role", "AUDITOR", "unitId", province))
                .expect(400).json().path("field").asText()).isEqualTo("subject");
        JsonNode role = api.post("/api/v1/access/grants", Map.of("subject", "a.b", "role", "KING", "unitId", province))
                .expect(400).json();
        assertThat(role.path("field").asText()).isEqualTo("role");
        assertThat(role.path("detail").asText()).contains("AUDITOR");
        JsonNode unit = api.post("/api/v1/access/grants", Map.of("subject", "a.b", "role", "AUDITOR",
                "unitId", UUID.randomUUID().toString())).expect(400).json();
        assertThat(unit.path("field").asText()).isEqualTo("unitId");
        assertThat(unit.path("detail").asText()).contains("no unit");
        assertThat(api.post("/api/v1/access/grants", Map.of("subject", "a.b", "role", "AUDITOR")).expect(400).json()
                .path("field").asText()).isEqualTo("unitId");
        assertThat(count("access_grant")).isEqualTo(grants);
    }
}
