package org.cadretraining.enrollment.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiFunction;

import org.cadretraining.enrollment.plans.PlanOwnership.Candidate;
import org.cadretraining.enrollment.units.Closure;
import org.junit.jupiter.api.Test;

class PlanOwnershipTest {
    private static final UUID PROVINCE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID DEPARTMENT = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID DIVISION = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID COMMUNE = UUID.fromString("00000000-0000-0000-0000-000000000004");
    private static final UUID OTHER_PROVINCE = UUID.fromString("00000000-0000-0000-0000-000000000005");
    /** province > department > division; province > commune; another province. */
    private static final Map<UUID, UUID> PARENTS = new HashMap<>(Map.of(DEPARTMENT, PROVINCE, DIVISION, DEPARTMENT, COMMUNE, PROVINCE));

    private static final BiFunction<UUID, UUID, OptionalInt> DISTANCE = (unit, ancestor) -> {
        UUID current = unit;
        for (int depth = 0; current != null; depth++) {
            if (current.equals(ancestor)) {
                return OptionalInt.of(depth);
            }
            current = PARENTS.get(current);
        }
        return OptionalInt.empty();
    };

    private static boolean isRoot(UUID unit) {
        return unit.equals(PROVINCE) || unit.equals(OTHER_PROVINCE);
    }

    @Test
    void oneApprovedPlanAnOwnerAYearAndThePlansOfOldAreTheProvinces() {
        assertThat(PlanOwnership.sameOwner(DEPARTMENT, DEPARTMENT, PlanOwnershipTest::isRoot)).isTrue();
        assertThat(PlanOwnership.sameOwner(DEPARTMENT, PROVINCE, PlanOwnershipTest::isRoot)).isFalse();
        assertThat(PlanOwnership.sameOwner(null, null, PlanOwnershipTest::isRoot)).isTrue();
        assertThat(PlanOwnership.sameOwner(null, PROVINCE, PlanOwnershipTest::isRoot)).isTrue();
        assertThat(PlanOwnership.sameOwner(DEPARTMENT, null, PlanOwnershipTest::isRoot)).isFalse();
    }

    @Test
    void aPlanAllocatesToItsOwnersUnitsTheProvincesToAnyOfItsUnits() {
        assertThat(PlanOwnership.mayAllocate(DEPARTMENT, DEPARTMENT, DISTANCE)).isTrue();
        assertThat(PlanOwnership.mayAllocate(DEPARTMENT, DIVISION, DISTANCE)).isTrue();
        assertThat(PlanOwnership.mayAllocate(DEPARTMENT, COMMUNE, DISTANCE)).isFalse();
        assertThat(PlanOwnership.mayAllocate(DEPARTMENT, PROVINCE, DISTANCE)).isFalse();
        assertThat(PlanOwnership.mayAllocate(PROVINCE, COMMUNE, DISTANCE)).isTrue();
        assertThat(PlanOwnership.mayAllocate(PROVINCE, OTHER_PROVINCE, DISTANCE)).isFalse();
        assertThat(PlanOwnership.mayAllocate(null, OTHER_PROVINCE, DISTANCE)).as("the province's plan of old").isTrue();
    }

    @Test
    void theGoverningPlanIsTheOneGivingTheUnitSeatsThenTheNearestOwners() {
        UUID provincial = UUID.randomUUID();
        UUID departmental = UUID.randomUUID();
        Instant early = Instant.parse("2026-01-05T00:00:00Z");
        Instant late = Instant.parse("2026-02-05T00:00:00Z");
        Candidate ofProvince = new Candidate(provincial, PROVINCE, null, false, early);
        Candidate ofDepartment = new Candidate(departmental, DEPARTMENT, null, false, late);
        assertThat(PlanOwnership.governing(List.of(ofProvince, ofDepartment), DIVISION, DISTANCE)).contains(departmental);
        assertThat(PlanOwnership.governing(List.of(ofProvince, ofDepartment), COMMUNE, DISTANCE)).contains(provincial);
        Candidate provinceGivesSeats = new Candidate(provincial, PROVINCE, null, true, early);
        assertThat(PlanOwnership.governing(List.of(provinceGivesSeats, ofDepartment), DIVISION, DISTANCE)).contains(provincial);
        // A department's plan does not govern a commune; nothing governs another province's unit.
        assertThat(PlanOwnership.governing(List.of(ofDepartment), COMMUNE, DISTANCE)).isEmpty();
        assertThat(PlanOwnership.governing(List.of(ofProvince, ofDepartment), OTHER_PROVINCE, DISTANCE)).isEmpty();
        Candidate ofOld = new Candidate(provincial, null, null, false, early);
        assertThat(PlanOwnership.governing(List.of(ofOld, ofDepartment), DIVISION, DISTANCE)).contains(departmental);
        assertThat(PlanOwnership.governing(List.of(ofOld), OTHER_PROVINCE, DISTANCE)).contains(provincial);
        // A merged owner's plan governs the units of the successor that manages it.
        Candidate merged = new Candidate(departmental, UUID.randomUUID(), DEPARTMENT, false, late);
        assertThat(PlanOwnership.governing(List.of(merged), DIVISION, DISTANCE)).contains(departmental);
    }

    @Test
    void aClosedOwnersPlansGoToItsSuccessorOrAfterASplitToTheUnitAboveIt() {
        LocalDate july = LocalDate.of(2025, 7, 1);
        UUID s1 = UUID.randomUUID();
        UUID s2 = UUID.randomUUID();
        assertThat(PlanOwnership.successorOwner(new Closure(DEPARTMENT, "r", Closure.How.MERGED, july, List.of(s1)), Optional.of(PROVINCE)))
                .contains(s1);
        assertThat(PlanOwnership.successorOwner(new Closure(DEPARTMENT, "r", Closure.How.SPLIT, july, List.of(s1, s2)), Optional.of(PROVINCE)))
                .contains(PROVINCE);
        assertThat(PlanOwnership.successorOwner(new Closure(DEPARTMENT, "r", Closure.How.SPLIT, july, List.of(s1, s2)), Optional.empty()))
                .contains(s1);
        assertThat(PlanOwnership.successorOwner(new Closure(DEPARTMENT, "r", Closure.How.CLOSED, july, List.of()), Optional.of(PROVINCE)))
                .isEmpty();
        // A merger that names its host among the predecessors: the host is no successor of itself.
        assertThat(new Closure(s1, "r", Closure.How.MERGED, july, List.of(s1, s2)).successors()).containsExactly(s2);
    }
}
