package org.cadretraining.reporting.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * The target and class figures of one unit's own cadres (or of a subtree, summed), so that targets and class
 * statistics can be narrowed to a unit as unit progress is. As a change, the deltas one cadre change makes to one
 * unit; the store keeps them as {@link BreakdownEntry}s.
 *
 * @param targets targetId → the tally of this unit's cadres (where the cadre serves now)
 * @param classes classId → the students this unit sent to the class (the unit a seat was taken for)
 */
public record UnitBreakdown(Map<String, TargetTally> targets, Map<String, ClassChange.Delta> classes) {
    public UnitBreakdown {
        targets = targets == null ? Map.of() : targets;
        classes = classes == null ? Map.of() : classes;
    }

    /** This change as store entries, one a target and one a class. */
    public List<Map.Entry<String, BreakdownEntry>> entries(String unitId) {
        List<Map.Entry<String, BreakdownEntry>> entries = new java.util.ArrayList<>();
        targets.forEach((id, d) -> entries.add(Map.entry(BreakdownEntry.targetKey(unitId, id), new BreakdownEntry(d, null))));
        classes.forEach((id, d) -> entries.add(Map.entry(BreakdownEntry.classKey(unitId, id), new BreakdownEntry(null, d))));
        return entries;
    }

    /** Sums entries read from the store (any units) into one breakdown. */
    public static UnitBreakdown sum(Map<String, BreakdownEntry> entries) {
        Map<String, TargetTally> targets = new HashMap<>();
        Map<String, ClassChange.Delta> classes = new HashMap<>();
        entries.forEach((key, entry) -> BreakdownEntry.addTo(key, entry, targets, classes));
        return new UnitBreakdown(targets, classes);
    }

    /** Breakdowns of several units together. */
    public static UnitBreakdown sum(java.util.Collection<UnitBreakdown> parts) {
        Map<String, TargetTally> targets = new HashMap<>();
        Map<String, ClassChange.Delta> classes = new HashMap<>();
        for (UnitBreakdown part : parts) {
            part.targets.forEach((id, tally) -> targets.merge(id, tally, TargetTally::combine));
            part.classes.forEach((id, delta) -> classes.merge(id, delta, ClassChange.Delta::plus));
        }
        return new UnitBreakdown(targets, classes);
    }

    private static TargetTally nonZero(TargetTally tally) {
        return tally.isZero() ? null : tally;
    }

    private static ClassChange.Delta nonZero(ClassChange.Delta delta) {
        return delta.isZero() ? null : delta;
    }

    /** Gathers the deltas one cadre change makes to one unit. */
    public static class Builder {
        /** For deltas that have no unit to go to. */
        public static final Builder DISCARD = new Builder() {
            @Override
            public Builder target(String targetId, TargetTally delta) {
                return this;
            }

            @Override
            public Builder klass(String classId, ClassChange.Delta delta) {
                return this;
            }
        };
        private final Map<String, TargetTally> targets = new HashMap<>();
        private final Map<String, ClassChange.Delta> classes = new HashMap<>();

        public Builder target(String targetId, TargetTally delta) {
            if (!delta.isZero()) {
                targets.merge(targetId, delta, (a, b) -> nonZero(a.sum(b)));
            }
            return this;
        }

        public Builder klass(String classId, ClassChange.Delta delta) {
            if (!delta.isZero()) {
                classes.merge(classId, delta, (a, b) -> nonZero(a.plus(b)));
            }
            return this;
        }

        public Optional<UnitBreakdown> build() {
            return targets.isEmpty() && classes.isEmpty() ? Optional.empty()
                    : Optional.of(new UnitBreakdown(Map.copyOf(targets), Map.copyOf(classes)));
        }
    }
}
