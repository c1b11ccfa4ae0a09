package org.cadretraining.events.registry;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.OptionalField;

/**
 * A unit took a new name (its code and place in the tree stay), from {@code effectiveDate} where that is not the
 * day it was recorded.
 */
public record UnitRenamed(String unitId, String name, Instant renamedAt, @OptionalField LocalDate effectiveDate) {

    public UnitRenamed(String unitId, String name, Instant renamedAt) {
        this(unitId, name, renamedAt, null);
    }
}
