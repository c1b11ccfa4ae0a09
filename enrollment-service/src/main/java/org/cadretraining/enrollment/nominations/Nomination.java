package org.cadretraining.enrollment.nominations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.cadretraining.events.vocabulary.FundingSource;

/** Cử đi học: a unit's proposal to send a cadre to a class, and where its approval stands. */
public record Nomination(UUID id, UUID cadreId, UUID classId, UUID unitId, UUID planId, NominationStatus status,
                         FundingSource fundingSource, BigDecimal cost, String reason, Instant nominatedAt,
                         Instant decidedAt, Instant waitlistedAt, UUID enrollmentId) {

    public Nomination with(NominationStatus next, String why, Instant at) {
        return new Nomination(id, cadreId, classId, unitId, planId, next, fundingSource, cost, why == null ? reason : why,
                nominatedAt, at, next == NominationStatus.WAITLISTED ? at : waitlistedAt, enrollmentId);
    }

    /** The same nomination, now the successor unit's: its stage, approvals and place on the waitlist stay. */
    public Nomination reassignedTo(UUID successor) {
        return new Nomination(id, cadreId, classId, successor, planId, status, fundingSource, cost, reason, nominatedAt,
                decidedAt, waitlistedAt, enrollmentId);
    }

    public Nomination enrolledAs(UUID enrollment, Instant at) {
        return new Nomination(id, cadreId, classId, unitId, planId, NominationStatus.ENROLLED, fundingSource, cost, reason,
                nominatedAt, at, waitlistedAt, enrollment);
    }
}
