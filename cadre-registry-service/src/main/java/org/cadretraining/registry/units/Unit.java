package org.cadretraining.registry.units;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.events.vocabulary.UnitLevel;

/** A unit of the province: the province itself, a district or bloc, an agency or commune. */
public record Unit(UUID id, String code, String name, UnitLevel level, UUID parentId, Instant dissolvedAt) {
    public Unit(UUID id, String code, String name, UnitLevel level, UUID parentId) {
        this(id, code, name, level, parentId, null);
    }

    public boolean dissolved() {
        return dissolvedAt != null;
    }
}
