package org.cadretraining.registry.units;

import org.cadretraining.events.vocabulary.UnitLevel;

/** Where a unit may sit: a province at the top, and below a unit only units of the same or a lower level. */
public final class UnitHierarchy {
    private UnitHierarchy() {
    }

    /** Why {@code level} cannot be placed under {@code parent}, or null when it can. */
    public static String placementProblem(UnitLevel level, Unit parent) {
        if (parent == null) {
            return level == UnitLevel.PROVINCE ? null : "a " + level + " unit needs a parent unit";
        }
        if (level == UnitLevel.PROVINCE) {
            return "a PROVINCE unit is the root of its tree and has no parent";
        }
        if (level.ordinal() < parent.level().ordinal()) {
            return "a " + level + " unit cannot sit under a " + parent.level() + " unit";
        }
        return null;
    }
}
