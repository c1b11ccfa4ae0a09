package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/**
 * A cadre moved from one unit to another (điều động), or with their unit in a reorganization ({@code reorganizationId}
 * names it; {@code reason} says which merger or split).
 */
@EventDescription("A cadre moved from one unit to another (điều động), or with their unit in a reorganization "
        + "(merger, split, closure) that reorganizationId names.")
public record CadreTransferred(
        @Property(classification = PERSONAL, description = "The cadre's id (UUID, registry.cadres key).")
        String cadreId,
        @Property(classification = PUBLIC, description = "The unit the cadre served in before the move (registry.units key).")
        String fromUnitId,
        @Property(classification = PUBLIC, description = "The unit the cadre serves in from effectiveDate (registry.units key).")
        String toUnitId,
        @Property(classification = PERSONAL, description = "The first day the cadre serves in toUnitId (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate effectiveDate,
        @Property(classification = PERSONAL, description = "Why the cadre moved (free text; for a reorganization, which merger or split); absent when none was given.")
        @OptionalField String reason,
        @Property(classification = PUBLIC, description = "The registry's reorganization that moved the cadre with their unit (UUID, as on UnitsMerged, UnitSplit, UnitClosed); absent for an individual transfer.")
        @OptionalField String reorganizationId) {
    public CadreTransferred(String cadreId, String fromUnitId, String toUnitId, LocalDate effectiveDate, String reason) {
        this(cadreId, fromUnitId, toUnitId, effectiveDate, reason, null);
    }
}
