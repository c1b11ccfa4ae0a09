package org.cadretraining.reporting.views;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The units a target's cohort counts cadres of: its unit's subtree (following the unit's successors once it is
 * closed: Sóc Trăng's 2025 targets are measured inside Cần Thơ after the merger), restricted to the unit levels and
 * kinds it names. A cohort that names none of these counts every unit, known or not.
 */
public final class CohortUnits {
    private CohortUnits() {
    }

    /** Whether the cohort filters on units at all. */
    public static boolean filtersUnits(Target.Cohort cohort) {
        return cohort.unitId() != null || !cohort.unitLevels().isEmpty() || !cohort.unitKinds().isEmpty();
    }

    /** The units the cohort counts on {@code day}, in the tree of that day; empty when it counts every unit. */
    public static Optional<Set<String>> on(Target.Cohort cohort, UnitRegister register, LocalDate day) {
        if (!filtersUnits(cohort)) {
            return Optional.empty();
        }
        Set<String> units = new LinkedHashSet<>();
        Iterable<UnitView> candidates = cohort.unitId() == null ? register.treeOn(day).all()
                : register.included(cohort.unitId(), day, true);
        for (UnitView unit : candidates) {
            if (matches(cohort, unit)) {
                units.add(unit.unitId());
            }
        }
        return Optional.of(units);
    }

    /**
     * Whether a cadre serving in a unit is in the cohort's units on {@code day}, walking up from the unit: the unit
     * need not be in the register yet (a unit created a moment ago), {@code lookup} finds it.
     */
    public static Predicate<String> covering(Target.Cohort cohort, UnitRegister register, LocalDate day,
                                             Function<String, Optional<UnitView>> lookup) {
        if (!filtersUnits(cohort)) {
            return unitId -> true;
        }
        Set<String> roots = cohort.unitId() == null ? null : register.measuredOver(cohort.unitId(), day);
        return unitId -> {
            Optional<UnitView> unit = unitId == null ? Optional.empty() : lookup.apply(unitId);
            if (unit.isEmpty() || !matches(cohort, unit.get())) {
                return false;
            }
            return roots == null || UnitTree.isWithin(unitId, roots::contains,
                    id -> lookup.apply(id).map(u -> u.parentOn(day)).orElse(null));
        };
    }

    private static boolean matches(Target.Cohort cohort, UnitView unit) {
        return (cohort.unitLevels().isEmpty() || cohort.unitLevels().contains(unit.level()))
                && (cohort.unitKinds().isEmpty() || cohort.unitKinds().contains(unit.kind()));
    }
}
