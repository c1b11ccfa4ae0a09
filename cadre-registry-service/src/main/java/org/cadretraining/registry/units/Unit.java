package org.cadretraining.registry.units;

import java.util.UUID;

import org.cadretraining.events.vocabulary.UnitLevel;

/** A unit of the province: the province itself, a district or bloc, an agency or commune. */
public record Unit(UUID id, String code, String name, UnitLevel level, UUID parentId) {
}
