package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/**
 * A unit took a new name (its code and place in the tree stay), from {@code effectiveDate} where that is not the
 * day it was recorded.
 */
@EventDescription("A unit took a new name; its codes and place in the tree stay, and the old name stays in its history.")
public record UnitRenamed(
        @Property(classification = PUBLIC, description = "The renamed unit's id (UUID, registry.units key).")
        String unitId,
        @Property(classification = PUBLIC, description = "The unit's new name, in Vietnamese (e.g. \"Phường Mường Thanh\").")
        String name,
        @Property(classification = PUBLIC, description = "When the new name was recorded (UTC instant, ISO-8601 date-time).")
        Instant renamedAt,
        @Property(classification = PUBLIC, description = "The first day the new name holds (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh); absent when that is the day of renamedAt.")
        @OptionalField LocalDate effectiveDate) {
    public UnitRenamed(String unitId, String name, Instant renamedAt) {
        this(unitId, name, renamedAt, null);
    }
}
