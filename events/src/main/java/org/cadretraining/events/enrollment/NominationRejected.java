package org.cadretraining.events.enrollment;

import java.time.Instant;

import org.cadretraining.events.vocabulary.NominationStage;

/** The unit or the province rejected a nomination, with the reason. Keyed by cadreId. */
public record NominationRejected(String nominationId, String cadreId, String classId, NominationStage stage,
                                 String reason, Instant rejectedAt) {
}
