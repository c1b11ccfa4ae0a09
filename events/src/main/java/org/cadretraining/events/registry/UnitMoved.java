package org.cadretraining.events.registry;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.OptionalField;

/**
 * A unit was placed under another parent; its cadres and sub-units move with it. {@code effectiveDate} is the day
 * the move takes effect (an abolished district's communes are under the province from 1 July 2025), where it is not
 * the day it was recorded; {@code reorganizationId} names the reorganization that moved it, if one did.
 */
public record UnitMoved(String unitId, String fromParentUnitId, String toParentUnitId, Instant movedAt,
                        @OptionalField LocalDate effectiveDate, @OptionalField String reorganizationId) {

    public UnitMoved(String unitId, String fromParentUnitId, String toParentUnitId, Instant movedAt) {
        this(unitId, fromParentUnitId, toParentUnitId, movedAt, null, null);
    }
}
