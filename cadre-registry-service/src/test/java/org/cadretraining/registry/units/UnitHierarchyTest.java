package org.cadretraining.registry.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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

    @Test
    void aDissolvedUnitTakesNoSubUnits() {
        Unit dissolved = new Unit(UUID.randomUUID(), "D", "n", UnitLevel.DISTRICT, null, Instant.now());
        assertThat(UnitHierarchy.placementProblem(UnitLevel.COMMUNE, dissolved)).contains("dissolved");
    }

    @Test
    void aUnitCannotMoveUnderItselfOrUnderOneOfItsDescendants() {
        Unit province = unit(UnitLevel.PROVINCE);
        Unit district = new Unit(UUID.randomUUID(), "D", "n", UnitLevel.DISTRICT, province.id());
        Unit commune = new Unit(UUID.randomUUID(), "X", "n", UnitLevel.COMMUNE, district.id());
        Unit otherDistrict = new Unit(UUID.randomUUID(), "D2", "n", UnitLevel.DISTRICT, province.id());

        assertThat(UnitHierarchy.moveProblem(district, commune, List.of(district, province))).contains("cycle");
        assertThat(UnitHierarchy.moveProblem(district, district, List.of(province))).contains("cycle");
        assertThat(UnitHierarchy.moveProblem(commune, otherDistrict, List.of(province))).isNull();
        assertThat(UnitHierarchy.moveProblem(district, otherDistrict, List.of(province))).isNull();
        assertThat(UnitHierarchy.moveProblem(district, commune(otherDistrict), List.of(otherDistrict, province)))
                .contains("cannot sit under");
    }

    private static Unit commune(Unit parent) {
        return new Unit(UUID.randomUUID(), "X2", "n", UnitLevel.COMMUNE, parent.id());
    }

    @Test
    void aUnitIsDissolvedOnlyWhenNoActiveCadreAndNoLiveSubUnitRemains() {
        Unit commune = unit(UnitLevel.COMMUNE);
        assertThat(UnitHierarchy.dissolutionProblem(commune, 0, 0)).isNull();
        assertThat(UnitHierarchy.dissolutionProblem(commune, 3, 0)).contains("3 active cadre");
        assertThat(UnitHierarchy.dissolutionProblem(commune, 0, 2)).contains("2 sub-unit");
        assertThat(UnitHierarchy.dissolutionProblem(new Unit(commune.id(), "C", "n", UnitLevel.COMMUNE, null, Instant.now()), 0, 0))
                .contains("already dissolved");
    }
}
