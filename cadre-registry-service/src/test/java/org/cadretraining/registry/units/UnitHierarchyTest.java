package org.cadretraining.registry.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cadretraining.events.vocabulary.UnitLevel;
import org.junit.jupiter.api.Test;

class UnitHierarchyTest {
    private static Unit unit(UnitLevel level) {
        return new Unit(UUID.randomUUID(), "C", "n", level, null);
    }

    @Test
    void aProvinceIsARootAndEverythingElseNeedsAParentOfTheSameOrAHigherLevel() {
        assertThat(UnitHierarchy.placementProblem(UnitLevel.PROVINCE, null)).isNull();
        assertThat(UnitHierarchy.placementProblem(UnitLevel.DISTRICT, unit(UnitLevel.PROVINCE))).isNull();
        assertThat(UnitHierarchy.placementProblem(UnitLevel.COMMUNE, unit(UnitLevel.DISTRICT))).isNull();
        assertThat(UnitHierarchy.placementProblem(UnitLevel.COMMUNE, unit(UnitLevel.COMMUNE))).isNull();
        assertThat(UnitHierarchy.placementProblem(UnitLevel.DISTRICT, null)).contains("needs a parent");
        assertThat(UnitHierarchy.placementProblem(UnitLevel.PROVINCE, unit(UnitLevel.PROVINCE))).contains("root");
        assertThat(UnitHierarchy.placementProblem(UnitLevel.DISTRICT, unit(UnitLevel.COMMUNE))).contains("cannot sit under");
    }
}
