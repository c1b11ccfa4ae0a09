package org.cadretraining.enrollment.nominations;

import org.cadretraining.events.vocabulary.NominationStage;

/** PENDING_UNIT → PENDING_PROVINCE → ENROLLED or WAITLISTED (→ ENROLLED on promotion); REJECTED or WITHDRAWN end it. */
public enum NominationStatus {
    PENDING_UNIT, PENDING_PROVINCE, ENROLLED, WAITLISTED, REJECTED, WITHDRAWN;

    /** The stage whose decision the nomination waits for, or null when it waits for none. */
    public NominationStage awaiting() {
        return switch (this) {
            case PENDING_UNIT -> NominationStage.UNIT;
            case PENDING_PROVINCE -> NominationStage.PROVINCE;
            default -> null;
        };
    }

    /** The stage a rejection is taken at: the one awaited, or the province's for a place on the waitlist. */
    public NominationStage rejectableAt() {
        return this == WAITLISTED ? NominationStage.PROVINCE : awaiting();
    }

    /** Whether it still holds a claim on the class: counts against the unit's allocation and blocks a second one. */
    public boolean isLive() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
