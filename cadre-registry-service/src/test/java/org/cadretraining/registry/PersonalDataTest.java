package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Reads of a person: only on the reader's units, every one of them (and every refusal) in the access log that
 * auditors read, with national ID, ethnicity and party data masked unless the reader may see them.
 */
class PersonalDataTest extends RegistryIntegrationTest {
    @Autowired
    PersonalDataAccessLog log;

    @Test
    void aRecordViewerReadsTheirUnitsCadresMaskedAPersonnelOfficerUnmaskedAndAnAuditorSeesWhoReadWhat() {
        String province = createProvince();
        String district = createUnit("Huyện Mường Chà", "DISTRICT", province);
        String otherDistrict = createUnit("Huyện Nậm Pồ", "DISTRICT", province);
        String tag = suffix().toLowerCase();
        String nationalId = CadreFixtures.nationalId("011");
        Map<String, Object> body = CadreFixtures.cadre(district, nationalId);
        body.put("fullName", "Lò Thị Hương " + tag);
        String cadreId = api.post("/api/v1/cadres", body).expect(201).json().path("cadreId").asText();
        Map<String, Object> other = CadreFixtures.cadre(otherDistrict, CadreFixtures.nationalId("011"));
        other.put("fullName", "Lò Thị Hương " + tag + " khác");
        String elsewhere = api.post("/api/v1/cadres", other).expect(201).json().path("cadreId").asText();

        String viewer = user("xem.ho.so");
        String officer = user("to.chuc");
        String auditor = user("thanh.tra.huyen");
        String provinceAuditor = user("thanh.tra.tinh");
        grant(viewer, AccessRole.RECORD_VIEWER, district);
        grant(officer, AccessRole.PERSONNEL_OFFICER, district);
        grant(auditor, AccessRole.AUDITOR, district);
        grant(provinceAuditor, AccessRole.AUDITOR, province);
        ApiClient asViewer = as(viewer);
        ApiClient asOfficer = as(officer);
        // A change, so that the history holds the profile before and after.
        Map<String, Object> change = CadreFixtures.cadre(district, nationalId);
        change.remove("unitId");
        change.put("fullName", "Lò Thị Hương " + tag);
        change.put("position", "Phó Trưởng phòng");
        put("/api/v1/cadres/" + cadreId, change, officer).expect(200);

        JsonNode masked = asViewer.get("/api/v1/cadres/" + cadreId).expect(200).json();
        assertThat(masked.path("fullName").asText()).isEqualTo("Lò Thị Hương " + tag);
        assertThat(masked.path("nationalId").asText()).isEqualTo("*********" + nationalId.substring(9));
        assertThat(masked.path("ethnicity").isNull()).isTrue();
        assertThat(masked.path("partyMember").isNull()).isTrue();
        assertThat(masked.path("partyJoinDate").isNull()).isTrue();
        assertThat(masked.path("masked").toString()).isEqualTo("[\"nationalId\",\"ethnicity\",\"partyMember\",\"partyJoinDate\"]");
        assertThat(masked.toString()).doesNotContain(nationalId, "THAI", "2012-05-19");

        JsonNode whole = asOfficer.get("/api/v1/cadres/" + cadreId).expect(200).json();
        assertThat(whole.path("nationalId").asText()).isEqualTo(nationalId);
        assertThat(whole.path("ethnicity").asText()).isEqualTo("THAI");
        assertThat(whole.path("partyMember").asBoolean()).isTrue();
        assertThat(whole.path("partyJoinDate").asText()).isEqualTo("2012-05-19");
        assertThat(whole.path("masked")).isEmpty();

        JsonNode history = asViewer.get("/api/v1/cadres/" + cadreId + "/history").expect(200).json();
        assertThat(history.toString()).doesNotContain(nationalId, "THAI", "2012-05-19");
        assertThat(history.get(1).path("before").path("position").asText()).isEqualTo("Chuyên viên");
        assertThat(history.get(1).path("after").path("nationalId").asText()).isEqualTo("*********" + nationalId.substring(9));
        assertThat(history.get(1).path("masked").toString()).contains("nationalId", "ethnicity", "partyMember", "partyJoinDate");
        assertThat(asOfficer.get("/api/v1/cadres/" + cadreId + "/history").expect(200).json().toString()).contains(nationalId);
        asViewer.get("/api/v1/cadres/" + cadreId + "/rotations").expect(200);
        asViewer.get("/api/v1/cadres/" + cadreId + "/succession").expect(200);

        // Lists hold only the reader's units, and no sensitive field at all.
        JsonNode found = asViewer.get("/api/v1/cadres?q=" + tag).expect(200).json();
        assertThat(found.path("items").findValuesAsString("cadreId")).containsExactly(cadreId);
        assertThat(found.toString()).doesNotContain(nationalId, "THAI");
        assertThat(asViewer.get("/api/v1/cadres?includeSubunits=true&q=" + tag + "&unitId=" + province).expect(200).json()
                .path("items").findValuesAsString("cadreId")).containsExactly(cadreId);
        assertThat(api.get("/api/v1/cadres?q=" + tag).expect(200).json().path("totalItems").asLong()).isEqualTo(2);

        // Elsewhere, refused, and the refusal is logged too.
        assertThat(asViewer.get("/api/v1/cadres/" + elsewhere).status()).isEqualTo(403);
        assertThat(asViewer.get("/api/v1/cadres/" + elsewhere + "/history").status()).isEqualTo(403);
        assertThat(asViewer.get("/api/v1/cadres?unitId=" + otherDistrict).status()).isEqualTo(403);
        String stranger = user("khong.quyen");
        assertThat(as(stranger).get("/api/v1/cadres/" + cadreId).status()).isEqualTo(403);
        assertThat(log.refusalsOf(elsewhere)).isEqualTo(2);
        assertThat(log.refusalsOf(cadreId)).isEqualTo(1);
        assertThat(log.readsOf(cadreId)).isEqualTo(6); // two profiles, two histories, rotations, succession
        assertThat(asViewer.get("/api/v1/access-log?subjectId=" + cadreId).status()).as("a record viewer is no auditor")
                .isEqualTo(403);

        JsonNode lines = as(auditor).get("/api/v1/access-log?subjectId=" + cadreId).expect(200).json();
        assertThat(lines.findValuesAsString("actor")).contains(viewer, officer).doesNotContain(stranger);
        assertThat(lines.findValuesAsString("action")).contains("READ_PROFILE", "READ_HISTORY", "READ_ROTATIONS", "READ_SUCCESSION");
        assertThat(lines.toString()).doesNotContain(nationalId, "Lò Thị Hương");
        // The refusal by the route's rule names no unit: it is for the province's auditor.
        assertThat(as(auditor).get("/api/v1/access-log?subjectId=" + elsewhere).expect(200).json()).isEmpty();
        JsonNode provinceLines = as(provinceAuditor).get("/api/v1/access-log?subjectId=" + cadreId).expect(200).json();
        assertThat(provinceLines).anySatisfy(l -> {
            assertThat(l.path("actor").asText()).isEqualTo(stranger);
            assertThat(l.path("granted").asBoolean()).isFalse();
        });
        JsonNode refusedElsewhere = as(provinceAuditor).get("/api/v1/access-log?subjectId=" + elsewhere).expect(200).json();
        assertThat(refusedElsewhere).hasSize(2).allSatisfy(l -> {
            assertThat(l.path("actor").asText()).isEqualTo(viewer);
            assertThat(l.path("granted").asBoolean()).isFalse();
            assertThat(l.path("unitId").asText()).isEqualTo(otherDistrict);
        });
        List<String> searches = as(provinceAuditor).get("/api/v1/access-log?actor=" + viewer).expect(200).json()
                .findValuesAsString("action");
        assertThat(searches).contains("SEARCH_CADRES");
    }
}
