package org.cadretraining.events.registry;

import java.time.Instant;

import java.time.LocalDate;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * A unit was created in the registry. {@code code} is the province's own code for it; {@code officialCode} the code of
 * Decision 19/2025/QĐ-TTg where the unit has one (2 digits for a province, 5 for a commune), never reused;
 * {@code validFrom} the day it exists from.
 */
public record UnitCreated(
        String unitId,
        String code,
        String name,
        UnitLevel level,
        @OptionalField String parentUnitId,
        Instant createdAt,
        @OptionalField UnitKind kind,
        @OptionalField String officialCode,
        @OptionalField LocalDate validFrom) {

    /** A unit as the registry described it before kinds, official codes and validity. */
    public UnitCreated(String unitId, String code, String name, UnitLevel level, String parentUnitId, Instant createdAt) {
        this(unitId, code, name, level, parentUnitId, createdAt, null, null, null);
    }
}
