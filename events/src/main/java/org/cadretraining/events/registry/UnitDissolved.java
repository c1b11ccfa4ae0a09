package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;

/** A unit was dissolved; the registry refuses this while it still has active cadres. */
@EventDescription("A unit was dissolved outside any reorganization; the registry refuses this while it still has "
        + "active cadres. (A reorganization closes a unit with UnitClosed instead.)")
public record UnitDissolved(
        @Property(classification = PUBLIC, description = "The dissolved unit's id (UUID, registry.units key).")
        String unitId,
        @Property(classification = PUBLIC, description = "When the unit was dissolved (UTC instant, ISO-8601 date-time).")
        Instant dissolvedAt) {
}
