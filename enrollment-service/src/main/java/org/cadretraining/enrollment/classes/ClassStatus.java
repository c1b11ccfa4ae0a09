package org.cadretraining.enrollment.classes;

import java.util.Set;

/**
 * Where a class is in its life: SCHEDULED → OPEN (nominations) → IN_PROGRESS → COMPLETED (bế giảng), or CANCELLED
 * from any state before completion.
 */
public enum ClassStatus {
    SCHEDULED, OPEN, IN_PROGRESS, COMPLETED, CANCELLED;

    public Set<ClassStatus> next() {
        return switch (this) {
            case SCHEDULED -> Set.of(OPEN, CANCELLED);
            case OPEN -> Set.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> Set.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> Set.of();
        };
    }

    public boolean canMoveTo(ClassStatus target) {
        return next().contains(target);
    }

    /**
     * Whether seats may still be given. Direct enrollment into a scheduled or running class stays allowed (the
     * province enrols people late, and the demo loads past cohorts); a closed class takes no one.
     */
    public boolean seatsCanBeGiven() {
        return this != COMPLETED && this != CANCELLED;
    }

    /** Whether units may nominate into it: once it is open or before, not once it runs. */
    public boolean takesNominations() {
        return this == SCHEDULED || this == OPEN;
    }
}
