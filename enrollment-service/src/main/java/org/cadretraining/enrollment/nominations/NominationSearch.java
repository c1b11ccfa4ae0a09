package org.cadretraining.enrollment.nominations;

import java.util.UUID;

import org.cadretraining.events.vocabulary.NominationStage;

/**
 * What a list of nominations is filtered by; every field may be null (or false) for no filter. {@code awaiting} is
 * the stage whose decision they wait for (UNIT: PENDING_UNIT, PROVINCE: PENDING_PROVINCE), beside {@code status}.
 */
public record NominationSearch(UUID unitId, boolean includeSubunits, UUID classId, NominationStatus status,
                               NominationStage awaiting) {
}
