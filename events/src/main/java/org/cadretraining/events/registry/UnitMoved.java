package org.cadretraining.events.registry;

import java.time.Instant;

/** A unit was placed under another parent; its cadres and sub-units move with it. */
public record UnitMoved(String unitId, String fromParentUnitId, String toParentUnitId, Instant movedAt) {
}
