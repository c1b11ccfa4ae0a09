package org.cadretraining.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cadretraining.events.registry.UnitClassified;
import org.cadretraining.events.registry.UnitClosed;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.registry.UnitMoved;
import org.cadretraining.events.registry.UnitRenamed;
import org.cadretraining.events.registry.UnitSplit;
import org.cadretraining.events.registry.UnitsMerged;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.junit.jupiter.api.Test;

/** The tree as it stood on any day, and which units a unit's figures are measured over: lineage, told on either side. */
class UnitRegisterTest {
    static final LocalDate REORGANIZED = LocalDate.of(2025, 7, 1);
    static final LocalDate BEFORE = LocalDate.of(2024, 12, 31);
    static final LocalDate AFTER = LocalDate.of(2025, 12, 31);
    static final Instant RECORDED = Instant.parse("2025-08-15T03:00:00Z");

    static UnitView unit(String id, UnitLevel level, UnitKind kind, String parent, LocalDate from, Object... events) {
        UnitView view = UnitView.NONE.apply(new UnitCreated(id, id.toUpperCase(), "Đơn vị " + id, level, parent, RECORDED,
                kind, null, from));
        for (Object event : events) {
            view = view.apply(event);
        }
        return view;
    }

    static List<String> ids(List<UnitView> views) {
        return views.stream().map(UnitView::unitId).toList();
    }

    @Test
    void keepsTheDatedHistoryOfParentAndNameWhateverOrderTheChangesArriveIn() {
        UnitView commune = unit("x1", UnitLevel.COMMUNE, UnitKind.COMMUNE, "district", LocalDate.of(2000, 1, 1),
                // The abolition of the district, applied first; then a rename of 2019 loaded from an older system.
                new UnitMoved("x1", "district", "province", RECORDED, REORGANIZED, "reorg-1"),
                new UnitRenamed("x1", "Xã Mường Phăng", RECORDED, LocalDate.of(2019, 5, 1)),
                new UnitClassified("x1", UnitKind.COMMUNE, "03127", RECORDED));
        assertThat(commune.parentUnitId()).isEqualTo("province");
        assertThat(commune.parentOn(BEFORE)).isEqualTo("district");
        assertThat(commune.parentOn(REORGANIZED)).isEqualTo("province");
        assertThat(commune.nameOn(LocalDate.of(2019, 4, 30))).isEqualTo("Đơn vị x1");
        assertThat(commune.nameOn(BEFORE)).isEqualTo("Xã Mường Phăng");
        assertThat(commune.name()).isEqualTo("Xã Mường Phăng");
        assertThat(commune.officialCode()).isEqualTo("03127");
        assertThat(commune.on(BEFORE).parentUnitId()).isEqualTo("district");
    }

    /** Điện Biên: the district tier until 30 June 2025, communes under the province from 1 July. */
    @Test
    void anAbolishedDistrictLeavesItsChildrenUnderTheProvinceAndItsFiguresToThem() {
        UnitRegister register = new UnitRegister(List.of(
                unit("province", UnitLevel.PROVINCE, UnitKind.PROVINCE, null, LocalDate.of(1950, 1, 1)),
                unit("district", UnitLevel.DISTRICT, UnitKind.DISTRICT, "province", LocalDate.of(1950, 1, 1),
                        new UnitClosed("district", REORGANIZED.minusDays(1), "reorg-1", List.of("x1", "x2"))),
                unit("x1", UnitLevel.COMMUNE, UnitKind.COMMUNE, "district", LocalDate.of(1950, 1, 1),
                        new UnitMoved("x1", "district", "province", RECORDED, REORGANIZED, "reorg-1")),
                unit("x2", UnitLevel.COMMUNE, UnitKind.WARD, "district", LocalDate.of(1950, 1, 1),
                        new UnitMoved("x2", "district", "province", RECORDED, REORGANIZED, "reorg-1"))));

        assertThat(ids(register.treeOn(BEFORE).subtree("district"))).containsExactlyInAnyOrder("district", "x1", "x2");
        assertThat(register.treeOn(AFTER).unit("x1").orElseThrow().parentUnitId()).isEqualTo("province");
        // Closed, the district stays a leaf under the province: it holds nobody, and what it did still adds up.
        assertThat(ids(register.treeOn(AFTER).subtree("district"))).containsExactly("district");
        assertThat(ids(register.treeOn(AFTER).subtree("province"))).containsExactlyInAnyOrder("province", "district", "x1", "x2");
        assertThat(ids(register.unitsOn(AFTER))).containsExactlyInAnyOrder("province", "x1", "x2");

        assertThat(register.measuredOver("district", BEFORE)).containsExactly("district");
        assertThat(register.measuredOver("district", AFTER)).containsExactlyInAnyOrder("x1", "x2");
        assertThat(register.predecessorsOf("x1")).extracting(UnitView.UnitLink::unitId).containsExactly("district");
        // The children never pull the district in: it was no merger.
        assertThat(register.measuredOver("x1", BEFORE)).containsExactly("x1");
    }

    /** Sóc Trăng and Hậu Giang merged into Cần Thơ, an existing unit, on 1 July 2025. */
    @Test
    void aUnitThatAbsorbedOthersIsItselfAndThemBeforeTheMergerAndItsPredecessorsFollowIt() {
        // The merger is told on the successor, the closures on the predecessors: here only the merger.
        UnitRegister register = new UnitRegister(List.of(
                unit("can-tho", UnitLevel.PROVINCE, UnitKind.PROVINCE, null, LocalDate.of(2004, 1, 1),
                        new UnitsMerged("reorg-1", "can-tho", List.of("can-tho", "soc-trang", "hau-giang"), REORGANIZED)),
                unit("soc-trang", UnitLevel.PROVINCE, UnitKind.PROVINCE, null, LocalDate.of(1992, 1, 1),
                        new UnitClosed("soc-trang", REORGANIZED.minusDays(1), "reorg-1", List.of("can-tho"))),
                unit("hau-giang", UnitLevel.PROVINCE, UnitKind.PROVINCE, null, LocalDate.of(2004, 1, 1),
                        new UnitClosed("hau-giang", REORGANIZED.minusDays(1), "reorg-1", List.of("can-tho"))),
                unit("st-1", UnitLevel.COMMUNE, UnitKind.WARD, "soc-trang", LocalDate.of(1992, 1, 1),
                        new UnitMoved("st-1", "soc-trang", "can-tho", RECORDED, REORGANIZED, "reorg-1"))));

        assertThat(register.measuredOver("can-tho", BEFORE)).containsExactlyInAnyOrder("can-tho", "soc-trang", "hau-giang");
        assertThat(register.measuredOver("can-tho", AFTER)).containsExactly("can-tho");
        assertThat(register.measuredOver("soc-trang", BEFORE)).containsExactly("soc-trang");
        assertThat(register.measuredOver("soc-trang", AFTER)).containsExactly("can-tho");
        assertThat(ids(register.included("can-tho", BEFORE, true)))
                .containsExactlyInAnyOrder("can-tho", "soc-trang", "hau-giang", "st-1");
        assertThat(ids(register.included("soc-trang", AFTER, true))).containsExactlyInAnyOrder("can-tho", "st-1");
        assertThat(register.successorsOf("soc-trang")).singleElement()
                .satisfies(l -> assertThat(l.effectiveDate()).isEqualTo(REORGANIZED));
    }

    @Test
    void aNewUnitMadeByAMergerIsTheSumOfItsPredecessorsBeforeItExisted() {
        UnitRegister register = new UnitRegister(List.of(
                unit("c1", UnitLevel.COMMUNE, UnitKind.COMMUNE, "p", LocalDate.of(2000, 1, 1),
                        new UnitClosed("c1", REORGANIZED.minusDays(1), "r", List.of("c3"))),
                unit("c2", UnitLevel.COMMUNE, UnitKind.COMMUNE, "p", LocalDate.of(2000, 1, 1)),
                unit("c3", UnitLevel.COMMUNE, UnitKind.COMMUNE, "p", REORGANIZED,
                        new UnitsMerged("r", "c3", List.of("c1", "c2"), REORGANIZED))));
        assertThat(register.measuredOver("c3", BEFORE)).containsExactlyInAnyOrder("c1", "c2");
        assertThat(register.measuredOver("c3", REORGANIZED)).containsExactly("c3");
        assertThat(register.treeOn(BEFORE).unit("c3")).isEmpty();
        // c2's closure was not seen yet: the merger told on c3 is enough to follow it.
        assertThat(register.successorsOf("c2")).extracting(UnitView.UnitLink::unitId).containsExactly("c3");
        assertThat(register.measuredOver("c1", AFTER)).containsExactly("c3");
    }

    @Test
    void aSplitUnitIsItsPartsAfterwardsAndAPartIsNothingBeforeTheSplit() {
        UnitRegister register = new UnitRegister(List.of(
                unit("whole", UnitLevel.COMMUNE, UnitKind.COMMUNE, "p", LocalDate.of(2000, 1, 1),
                        new UnitSplit("r", "whole", List.of("north", "south"), REORGANIZED),
                        new UnitClosed("whole", REORGANIZED.minusDays(1), "r", List.of("north", "south"))),
                unit("north", UnitLevel.COMMUNE, UnitKind.COMMUNE, "p", REORGANIZED),
                unit("south", UnitLevel.COMMUNE, UnitKind.WARD, "p", REORGANIZED)));
        assertThat(register.measuredOver("whole", AFTER)).containsExactlyInAnyOrder("north", "south");
        assertThat(register.measuredOver("north", BEFORE)).isEmpty();
        assertThat(register.predecessorsOf("north")).singleElement()
                .satisfies(l -> assertThat(l.lineage()).isEqualTo(UnitView.Lineage.SPLIT));
    }

    @Test
    void aCohortCountsItsUnitsSubtreeOfTheDayFollowingSuccessorsAndFiltersLevelsAndKinds() {
        Map<String, UnitView> units = Stream.of(
                unit("province", UnitLevel.PROVINCE, UnitKind.PROVINCE, null, LocalDate.of(1950, 1, 1)),
                unit("so-noi-vu", UnitLevel.PROVINCE, UnitKind.STATE_AGENCY, "province", LocalDate.of(1950, 1, 1)),
                unit("ban-to-chuc", UnitLevel.PROVINCE, UnitKind.PARTY_COMMITTEE_ORGAN, "province", LocalDate.of(1950, 1, 1)),
                unit("district", UnitLevel.DISTRICT, UnitKind.DISTRICT, "province", LocalDate.of(1950, 1, 1),
                        new UnitClosed("district", REORGANIZED.minusDays(1), "r", List.of("x1"))),
                unit("x1", UnitLevel.COMMUNE, UnitKind.COMMUNE, "district", LocalDate.of(1950, 1, 1),
                        new UnitMoved("x1", "district", "province", RECORDED, REORGANIZED, "r")))
                .collect(Collectors.toMap(UnitView::unitId, Function.identity()));
        UnitRegister register = new UnitRegister(units.values());
        Function<String, Optional<UnitView>> lookup = id -> Optional.ofNullable(units.get(id));

        Target.Cohort equivalent = new Target.Cohort(null, null, null, null, null,
                List.of(UnitKind.STATE_AGENCY, UnitKind.PARTY_COMMITTEE_ORGAN));
        assertThat(CohortUnits.on(equivalent, register, AFTER)).hasValueSatisfying(
                set -> assertThat(set).containsExactlyInAnyOrder("so-noi-vu", "ban-to-chuc"));
        assertThat(CohortUnits.covering(equivalent, register, AFTER, lookup).test("so-noi-vu")).isTrue();
        assertThat(CohortUnits.covering(equivalent, register, AFTER, lookup).test("x1")).isFalse();

        Target.Cohort ofTheDistrict = new Target.Cohort(null, null, null, "district", null);
        assertThat(CohortUnits.on(ofTheDistrict, register, BEFORE)).hasValueSatisfying(
                set -> assertThat(set).containsExactlyInAnyOrder("district", "x1"));
        assertThat(CohortUnits.on(ofTheDistrict, register, AFTER)).hasValueSatisfying(
                set -> assertThat(set).containsExactly("x1"));
        assertThat(CohortUnits.covering(ofTheDistrict, register, AFTER, lookup).test("x1")).isTrue();
        assertThat(CohortUnits.covering(ofTheDistrict, register, AFTER, lookup).test("so-noi-vu")).isFalse();

        assertThat(CohortUnits.on(new Target.Cohort(null, null, null, null, null), register, AFTER)).isEmpty();
    }
}
