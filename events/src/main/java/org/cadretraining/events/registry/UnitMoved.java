package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/**
 * A unit was placed under another parent; its cadres and sub-units move with it. {@code effectiveDate} is the day
 * the move takes effect (an abolished district's communes are under the province from 1 July 2025), where it is not
 * the day it was recorded; {@code reorganizationId} names the reorganization that moved it, if one did.
 */
@EventDescription("A unit was placed under another parent in the unit tree; its cadres and sub-units move with it "
        + "(no CadreTransferred is sent for them).")
public record UnitMoved(
        @Property(classification = PUBLIC, description = "The moved unit's id (UUID, registry.units key).")
        String unitId,
        @Property(classification = PUBLIC, description = "The parent it sat under before the move (registry.units key).")
        String fromParentUnitId,
        @Property(classification = PUBLIC, description = "The parent it sits under from the move (registry.units key).")
        String toParentUnitId,
        @Property(classification = PUBLIC, description = "When the move was recorded (UTC instant, ISO-8601 date-time).")
        Instant movedAt,
        @Property(classification = PUBLIC, description = "The day the move takes effect, e.g. 2025-07-01 for an abolished district's communes (ISO-8601 date, officials' calendar); absent when that is the day of movedAt.")
        @OptionalField LocalDate effectiveDate,
        @Property(classification = PUBLIC, description = "The registry's reorganization that moved the unit (UUID, as on UnitsMerged, UnitSplit, UnitClosed); absent for a move on its own.")
        @OptionalField String reorganizationId) {
    public UnitMoved(String unitId, String fromParentUnitId, String toParentUnitId, Instant movedAt) {
        this(unitId, fromParentUnitId, toParentUnitId, movedAt, null, null);
    }
}
