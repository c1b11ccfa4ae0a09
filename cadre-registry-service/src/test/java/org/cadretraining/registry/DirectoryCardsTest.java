package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Directory cards: a provider (training read on the Political School only) gets the names of cadres from anywhere in
 * its province, none from another; no sensitive field; every card read logged; a user without grants is refused.
 */
class DirectoryCardsTest extends RegistryIntegrationTest {
    @Autowired
    PersonalDataAccessLog log;

    private String cadre(String unitId, String name) {
        Map<String, Object> body = CadreFixtures.cadre(unitId, CadreFixtures.nationalId("011"));
        body.put("fullName", name);
        return api.post("/api/v1/cadres", body).expect(201).json().path("cadreId").asText();
    }

    @Test
    void theProviderReadsCardsAcrossItsProvinceOnlyWithNoSensitiveFieldAndEveryReadLogged() {
        String tag = suffix().toLowerCase();
        String province = createProvince();
        String district = createUnit("Huyện Mường Chà", "DISTRICT", province);
        String commune = createUnit("Xã Na Sang", "COMMUNE", district);
        String school = createUnit("Trường Chính trị tỉnh", "DISTRICT", province);
        String otherProvince = createUnit("Tỉnh Lai Châu", "PROVINCE", null);
        String otherDistrict = createUnit("Huyện Tam Đường", "DISTRICT", otherProvince);
        String inCommune = cadre(commune, "Lò Văn Xã " + tag);
        String inDistrict = cadre(district, "Quàng Thị Huyện " + tag);
        String elsewhere = cadre(otherDistrict, "Tòng Văn Tỉnh Khác " + tag);
        String unknown = UUID.randomUUID().toString();

        String provider = user("truong.chinhtri");
        grant(provider, AccessRole.TRAINING_PROVIDER, school);
        JsonNode cards = as(provider).get("/api/v1/cadres/cards?ids=" + String.join(",", elsewhere, inCommune, unknown, inDistrict))
                .expect(200).json();
        assertThat(cards.findValuesAsString("cadreId")).containsExactly(inCommune, inDistrict);
        JsonNode card = cards.get(0);
        assertThat(card.path("fullName").asText()).isEqualTo("Lò Văn Xã " + tag);
        assertThat(card.path("unitId").asText()).isEqualTo(commune);
        assertThat(card.path("position").asText()).isEqualTo("Chuyên viên");
        assertThat(card.path("status").asText()).isEqualTo("ACTIVE");
        List<String> fields = new ArrayList<>(card.propertyNames());
        assertThat(fields).containsExactlyInAnyOrder("cadreId", "fullName", "unitId", "position", "status");
        assertThat(cards.toString()).doesNotContain("THAI", "1988-04-12", "nationalId", "ethnicity", "party", "birthDate",
                "Tòng Văn Tỉnh Khác");

        // A record viewer of the district reads the district's cards (PERSON_READ), not the other province's.
        String viewer = user("xem.ho.so");
        grant(viewer, AccessRole.RECORD_VIEWER, district);
        assertThat(as(viewer).get("/api/v1/cadres/cards?ids=" + inCommune + "," + elsewhere).expect(200).json()
                .findValuesAsString("cadreId")).containsExactly(inCommune);

        // The other province's training officer sees only their own.
        String otherOfficer = user("daotao.laichau");
        grant(otherOfficer, AccessRole.TRAINING_OFFICER, otherProvince);
        assertThat(as(otherOfficer).get("/api/v1/cadres/cards?ids=" + inCommune + "," + elsewhere).expect(200).json()
                .findValuesAsString("cadreId")).containsExactly(elsewhere);

        // No grant at all: 403 for the batch, and the refusal is logged.
        String stranger = user("khong.quyen");
        ApiClient.Response refused = as(stranger).get("/api/v1/cadres/cards?ids=" + inCommune);
        assertThat(refused.status()).isEqualTo(403);

        assertThat(log.readsOf(inCommune)).isEqualTo(2);
        assertThat(log.readsOf(inDistrict)).isEqualTo(1);
        assertThat(log.readsOf(elsewhere)).isEqualTo(1);
        assertThat(log.refusalsOf(elsewhere)).as("left out for the provider and the viewer").isEqualTo(2);
        assertThat(log.refusalsOf(inCommune)).as("left out for the other province's officer").isEqualTo(1);
        assertThat(log.find(provider, inCommune, null, 10)).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("READ_CARDS");
            assertThat(line.granted()).isTrue();
            assertThat(line.unitId()).isEqualTo(commune);
        });
        assertThat(log.find(stranger, null, null, 10)).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("READ_CARDS");
            assertThat(line.granted()).isFalse();
        });
    }

    @Test
    void twoHundredIdsAreAnsweredMoreOrMalformedOnesAreAProblemNamingTheField() {
        String province = createProvince();
        String name = "Điêu Thị Thẻ " + suffix();
        String cadreId = cadre(province, name);
        String provider = user("truong.chinhtri");
        grant(provider, AccessRole.TRAINING_PROVIDER, province);
        List<String> ids = new ArrayList<>();
        ids.add(cadreId);
        while (ids.size() < 200) {
            ids.add(UUID.randomUUID().toString());
        }
        JsonNode cards = as(provider).get("/api/v1/cadres/cards?ids=" + String.join(",", ids)).expect(200).json();
        assertThat(cards.findValuesAsString("fullName")).containsExactly(name);

        ids.add(UUID.randomUUID().toString());
        ApiClient.Response tooMany = as(provider).get("/api/v1/cadres/cards?ids=" + String.join(",", ids));
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(400);
        assertThat(tooMany.body()).contains("ids");
        ApiClient.Response malformed = as(provider).get("/api/v1/cadres/cards?ids=" + cadreId + ",not-an-id");
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        assertThat(malformed.body()).contains("ids");
        assertThat(as(provider).get("/api/v1/cadres/cards?ids=").expect(200).json()).isEmpty();
        assertThat(as(provider).get("/api/v1/cadres/cards").status()).isEqualTo(400);
    }
}
