package org.cadretraining.events.registry;

import java.time.Instant;

/** A unit was dissolved; the registry refuses this while it still has active cadres. */
public record UnitDissolved(String unitId, Instant dissolvedAt) {
}
