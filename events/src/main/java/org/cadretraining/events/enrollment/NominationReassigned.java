package org.cadretraining.events.enrollment;

import java.time.Instant;

import org.cadretraining.events.OptionalField;

/**
 * An open nomination now belongs to another unit: the unit that nominated the cadre was merged, split or closed in a
 * reorganization ({@code reorganizationId}), and its successor takes over the nomination and the seat it may win.
 * Keyed by cadreId.
 */
public record NominationReassigned(String nominationId, String cadreId, String classId, String fromUnitId,
                                   String toUnitId, @OptionalField String planId,
                                   @OptionalField String reorganizationId, Instant reassignedAt) {
}
