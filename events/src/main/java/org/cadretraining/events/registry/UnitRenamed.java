package org.cadretraining.events.registry;

import java.time.Instant;

/** A unit took a new name (its code and place in the tree stay). */
public record UnitRenamed(String unitId, String name, Instant renamedAt) {
}
