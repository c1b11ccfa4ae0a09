package org.cadretraining.registry.units;

import java.time.LocalDate;
import java.util.UUID;

/** One link of the lineage: {@code predecessorId} passed to {@code successorId} on {@code effectiveDate}. */
public record UnitLink(UUID predecessorId, UUID successorId, UUID reorganizationId, String change, LocalDate effectiveDate) {
    public UnitLink(UUID predecessorId, UUID successorId, UUID reorganizationId, SuccessionKind change, LocalDate effectiveDate) {
        this(predecessorId, successorId, reorganizationId, change.name(), effectiveDate);
    }
}
