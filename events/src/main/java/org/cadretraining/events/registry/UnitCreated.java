package org.cadretraining.events.registry;

import java.time.Instant;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.UnitLevel;

/** A unit (province, district or bloc, agency or commune) was created in the registry. */
public record UnitCreated(
        String unitId,
        String code,
        String name,
        UnitLevel level,
        @OptionalField String parentUnitId,
        Instant createdAt) {
}
