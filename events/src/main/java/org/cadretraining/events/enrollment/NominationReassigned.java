package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/**
 * An open nomination now belongs to another unit: the unit that nominated the cadre was merged, split or closed in a
 * reorganization ({@code reorganizationId}), and its successor takes over the nomination and the seat it may win.
 * Keyed by cadreId.
 */
@EventDescription("An open nomination now belongs to another unit: the nominating unit was merged, split or closed in "
        + "a reorganization, and its successor takes over the nomination and the seat it may win. Keyed by cadreId.")
public record NominationReassigned(
        @Property(classification = PERSONAL, description = "The reassigned nomination's id, as its CadreNominated named it.")
        String nominationId,
        @Property(classification = PERSONAL, description = "The nominated cadre's id (registry.cadres key; the record key).")
        String cadreId,
        @Property(classification = PUBLIC, description = "The class the nomination is for (enrollment.classes key).")
        String classId,
        @Property(classification = PUBLIC, description = "The unit that held the nomination until now (registry.units key).")
        String fromUnitId,
        @Property(classification = PUBLIC, description = "The successor unit that holds the nomination from now on (registry.units key).")
        String toUnitId,
        @Property(classification = PUBLIC, description = "The training plan whose quota the nomination is under, unchanged by the reassignment (enrollment.plans key); absent when outside any plan.")
        @OptionalField String planId,
        @Property(classification = PUBLIC, description = "The registry's reorganization that caused the reassignment (UUID, as on UnitsMerged, UnitSplit, UnitClosed); absent when not known.")
        @OptionalField String reorganizationId,
        @Property(classification = PERSONAL, description = "When the nomination was reassigned (UTC instant, ISO-8601 date-time).")
        Instant reassignedAt) {
}
