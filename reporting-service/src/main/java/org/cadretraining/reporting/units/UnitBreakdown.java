package org.cadretraining.reporting.units;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.cadretraining.reporting.classes.ClassChange;
import org.cadretraining.reporting.targets.TargetTally;

/**
 * The target and class figures of one unit's own cadres, so that targets and class statistics can be narrowed to a
 * unit by summing over its subtree, as unit progress is. A change is itself a breakdown of deltas.
 *
 * @param targets targetId → the tally of this unit's cadres (where the cadre serves now)
 * @param classes classId → the students this unit sent to the class (the unit a seat was taken for)
 */
public record UnitBreakdown(Map<String, TargetTally> targets, Map<String, ClassChange.Delta> classes) {
    public static final UnitBreakdown EMPTY = new UnitBreakdown(Map.of(), Map.of());

    public UnitBreakdown {
        targets = targets == null ? Map.of() : targets;
        classes = classes == null ? Map.of() : classes;
    }

    /** This plus a change; entries that fall back to zero are dropped, so a unit's value does not grow forever. */
    public UnitBreakdown plus(UnitBreakdown change) {
        Map<String, TargetTally> t = new HashMap<>(targets);
        change.targets.forEach((id, d) -> t.merge(id, d, (a, b) -> nonZero(a.plus(b))));
        Map<String, ClassChange.Delta> c = new HashMap<>(classes);
        change.classes.forEach((id, d) -> c.merge(id, d, (a, b) -> nonZero(a.plus(b))));
        return new UnitBreakdown(t, c);
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
                targets.merge(targetId, delta, (a, b) -> nonZero(a.plus(b)));
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
