package org.cadretraining.enrollment.nominations;

import java.time.Instant;
import java.util.UUID;

/** A waitlisted nomination that took a seat freed by a withdrawal: the seat it got, and when. */
public record WaitlistPromotion(UUID nominationId, UUID cadreId, UUID unitId, UUID enrollmentId, Instant promotedAt) {
}
