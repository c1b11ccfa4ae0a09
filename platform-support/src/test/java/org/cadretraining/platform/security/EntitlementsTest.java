package org.cadretraining.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadretraining.events.vocabulary.AccessRole;
import org.junit.jupiter.api.Test;

class EntitlementsTest {
    /** Province P; districts D1, D2 under it; commune C1 under D1. */
    private static final UnitAncestry TREE = tree(Map.of("D1", "P", "D2", "P", "C1", "D1"), "P");

    @Test
    void aGrantCoversItsUnitAndEverythingBelowItAndNothingElse() {
        Entitlements district = Entitlements.of(List.of(grant(AccessRole.PERSONNEL_OFFICER, "D1")), false, TREE);
        assertThat(district.covers(Permission.REGISTER_WRITE, "D1")).isTrue();
        assertThat(district.covers(Permission.REGISTER_WRITE, "C1")).isTrue();
        assertThat(district.covers(Permission.REGISTER_WRITE, "D2")).isFalse();
        assertThat(district.covers(Permission.REGISTER_WRITE, "P")).isFalse();
        assertThat(district.covers(Permission.REGISTER_WRITE, "unknown")).isFalse();
        assertThat(district.covers(Permission.REGISTER_WRITE, null)).isFalse();
    }

    @Test
    void aRoleGivesItsOwnPermissionsOnly() {
        Entitlements viewer = Entitlements.of(List.of(grant(AccessRole.REPORT_VIEWER, "P")), false, TREE);
        assertThat(viewer.covers(Permission.REPORTS_READ, "C1")).isTrue();
        assertThat(viewer.covers(Permission.PERSON_READ, "C1")).isFalse();
        assertThat(viewer.holdsAnywhere(Permission.REGISTER_WRITE)).isFalse();
        Entitlements records = Entitlements.of(List.of(grant(AccessRole.RECORD_VIEWER, "P")), false, TREE);
        assertThat(records.covers(Permission.PERSON_READ, "C1")).isTrue();
        assertThat(records.covers(Permission.SENSITIVE_READ, "C1")).as("a record viewer sees sensitive fields masked").isFalse();
    }

    @Test
    void wholeProvinceActionsNeedAGrantAtTheTop() {
        Entitlements districtTrainer = Entitlements.of(List.of(grant(AccessRole.TRAINING_OFFICER, "D1")), false, TREE);
        assertThat(districtTrainer.holdsAnywhere(Permission.PLANS_MANAGE)).isTrue();
        assertThat(districtTrainer.coversARoot(Permission.PLANS_MANAGE)).isFalse();
        Entitlements provinceTrainer = Entitlements.of(List.of(grant(AccessRole.TRAINING_OFFICER, "P")), false, TREE);
        assertThat(provinceTrainer.coversARoot(Permission.PLANS_MANAGE)).isTrue();
    }

    @Test
    void noGrantsMeansNothingAndTheConfiguredAdministratorMeansEverything() {
        Entitlements nobody = Entitlements.of(List.of(), false, TREE);
        for (Permission permission : Permission.values()) {
            assertThat(nobody.holdsAnywhere(permission)).as(permission.name()).isFalse();
        }
        assertThat(nobody.scope(Permission.PERSON_READ).isEmpty()).isTrue();
        Entitlements administrator = Entitlements.of(List.of(), true, TREE);
        assertThat(administrator.covers(Permission.ACCESS_LOG_READ, "C1")).isTrue();
        assertThat(administrator.coversARoot(Permission.PLANS_MANAGE)).isTrue();
        assertThat(administrator.scope(Permission.PERSON_READ).covers("anything")).isTrue();
    }

    @Test
    void aBrokenTreeWithACycleGrantsNothingAndDoesNotHang() {
        UnitAncestry cycle = tree(Map.of("A", "B", "B", "A"));
        Entitlements e = Entitlements.of(List.of(grant(AccessRole.PERSONNEL_OFFICER, "X")), false, cycle);
        assertThat(e.covers(Permission.REGISTER_WRITE, "A")).isFalse();
    }

    @Test
    void everyRoleHasPermissionsAndTheAdministratorHasThemAll() {
        for (AccessRole role : AccessRole.values()) {
            assertThat(Permission.of(role)).as(role.name()).isNotEmpty();
        }
        assertThat(Permission.of(AccessRole.PLATFORM_ADMINISTRATOR)).containsExactlyInAnyOrder(Permission.values());
        assertThat(Permission.ACCESS_LOG_READ.grantedBy(AccessRole.AUDITOR)).isTrue();
        assertThat(Permission.ACCESS_LOG_READ.grantedBy(AccessRole.PERSONNEL_OFFICER)).isFalse();
    }

    private static Grant grant(AccessRole role, String unitId) {
        return new Grant("g-" + role + unitId, "user", role, unitId);
    }

    private static UnitAncestry tree(Map<String, String> parents, String... roots) {
        Map<String, String> all = new HashMap<>(parents);
        for (String root : roots) {
            all.put(root, null);
        }
        return new UnitAncestry() {
            @Override
            public Optional<String> parentOf(String unitId) {
                return Optional.ofNullable(all.get(unitId));
            }

            @Override
            public boolean knows(String unitId) {
                return all.containsKey(unitId);
            }
        };
    }
}
