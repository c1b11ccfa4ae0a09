package org.cadretraining.events.enrollment;

import java.time.Instant;

import org.cadretraining.events.vocabulary.NominationStage;

/** The unit or the province approved a nomination. Keyed by cadreId. */
public record NominationApproved(String nominationId, String cadreId, String classId, NominationStage stage,
                                 Instant approvedAt) {
}
