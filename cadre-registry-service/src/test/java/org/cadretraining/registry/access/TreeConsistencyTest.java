package org.cadretraining.registry.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.registry.RegistryIntegrationTest;
import org.cadretraining.registry.TestCadres;
import org.junit.jupiter.api.Test;

/**
 * The registry walks the unit tree in memory, yet never on a stale tree: a unit another instance adds or moves
 * (written straight to the shared database here) is known at the next request.
 */
class TreeConsistencyTest extends RegistryIntegrationTest {
    @Test
    void aUnitAddedOrMovedElsewhereCountsAtTheNextRequest() {
        String province = createProvince();
        String district = createUnit("Huyện Mường Nhé", "DISTRICT", province);
        String otherDistrict = createUnit("Huyện Nậm Pồ", "DISTRICT", province);
        String officer = user("to.chuc.muong.nhe");
        grant(officer, AccessRole.PERSONNEL_OFFICER, district);
        var asOfficer = as(officer);
        asOfficer.get("/api/v1/units").expect(200); // the tree is now held in memory

        String commune = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO unit (id, code, name, level, parent_id, kind, valid_from)
                        VALUES (CAST(:id AS uuid), :code, 'Xã Chung Chải', 'COMMUNE', CAST(:p AS uuid), 'COMMUNE', current_date)""")
                .param("id", commune).param("code", "X" + suffix()).param("p", district).update();
        TestCadres.register(asOfficer, commune); // 201: the new commune lies inside the officer's district


        jdbc.sql("UPDATE unit SET parent_id = CAST(:p AS uuid) WHERE id = CAST(:id AS uuid)")
                .param("id", commune).param("p", otherDistrict).update();
        assertThat(asOfficer.post("/api/v1/cadres", TestCadres.body(commune)).status()).isEqualTo(403);
    }
}
