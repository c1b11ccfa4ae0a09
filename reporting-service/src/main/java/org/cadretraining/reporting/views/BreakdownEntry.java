package org.cadretraining.reporting.views;


/**
 * One figure of a unit's breakdown: a target's tally or a class's counts, under the key
 * {@code <unitId>/t/<targetId>} or {@code <unitId>/c/<classId>}. One small entry a key, not one value a unit, so
 * that a change rewrites a few bytes however many classes a unit sends cadres to; a unit's entries are read back
 * with a prefix scan of {@code <unitId>/}.
 */
public record BreakdownEntry(TargetTally target, ClassChange.Delta klass) {
    public static final BreakdownEntry ZERO = new BreakdownEntry(null, null);
    private static final String TARGET = "/t/";
    private static final String CLASS = "/c/";

    public BreakdownEntry plus(BreakdownEntry delta) {
        TargetTally t = target == null ? TargetTally.ZERO.apply(delta.target == null ? TargetTally.ZERO : delta.target)
                : delta.target == null ? target : target.apply(delta.target);
        ClassChange.Delta k = klass == null ? delta.klass : delta.klass == null ? klass : klass.plus(delta.klass);
        return new BreakdownEntry(t, k);
    }

    public static String prefix(String unitId) {
        return unitId + "/";
    }

    public static String targetKey(String unitId, String targetId) {
        return unitId + TARGET + targetId;
    }

    public static String classKey(String unitId, String classId) {
        return unitId + CLASS + classId;
    }

    /** Adds an entry read under {@code key} to the breakdown being summed. */
    public static void addTo(String key, BreakdownEntry entry, java.util.Map<String, TargetTally> targets,
                             java.util.Map<String, ClassChange.Delta> classes) {
        int t = key.indexOf(TARGET);
        int c = key.indexOf(CLASS);
        if (t >= 0 && entry.target != null && !entry.target.isZero()) {
            targets.merge(key.substring(t + TARGET.length()), entry.target, TargetTally::combine);
        } else if (c >= 0 && entry.klass != null && !entry.klass.isZero()) {
            classes.merge(key.substring(c + CLASS.length()), entry.klass, ClassChange.Delta::plus);
        }
    }
}
