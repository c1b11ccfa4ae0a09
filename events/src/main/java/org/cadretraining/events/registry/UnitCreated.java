package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * A unit was created in the registry. {@code code} is the province's own code for it; {@code officialCode} the code of
 * Decision 19/2025/QĐ-TTg where the unit has one (2 digits for a province, 5 for a commune), never reused;
 * {@code validFrom} the day it exists from.
 */
@EventDescription("A unit (the province, a commune or ward, a department, an agency party bloc…) was created in the "
        + "register, with its place in the unit tree.")
public record UnitCreated(
        @Property(classification = PUBLIC, description = "The unit's id (UUID, registry.units key).")
        String unitId,
        @Property(classification = PUBLIC, description = "The province's own code for the unit, unique in the register.")
        String code,
        @Property(classification = PUBLIC, description = "The unit's name when created, in Vietnamese (e.g. \"Xã Na Sang\"); a UnitRenamed changes it.")
        String name,
        @Property(classification = PUBLIC, description = "The unit's level in the administrative tree: province, district (abolished 1 July 2025, kept for history) or commune.")
        UnitLevel level,
        @Property(classification = PUBLIC, description = "The unit it sits under (registry.units key); absent for the root of the tree, the province.")
        @OptionalField String parentUnitId,
        @Property(classification = PUBLIC, description = "When the unit was recorded in the registry (UTC instant, ISO-8601 date-time).")
        Instant createdAt,
        @Property(classification = PUBLIC, description = "What the unit is (commune, ward, state agency, party committee organ…); absent when not yet classified (a UnitClassified may follow).")
        @OptionalField UnitKind kind,
        @Property(classification = PUBLIC, description = "The unit's code under Decision 19/2025/QĐ-TTg (2 digits for a province, 5 for a commune), never reused; absent when it has none.")
        @OptionalField String officialCode,
        @Property(classification = PUBLIC, description = "The first day the unit exists (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh); absent when that is the day of createdAt.")
        @OptionalField LocalDate validFrom) {
    /** A unit as the registry described it before kinds, official codes and validity. */
    public UnitCreated(String unitId, String code, String name, UnitLevel level, String parentUnitId, Instant createdAt) {
        this(unitId, code, name, level, parentUnitId, createdAt, null, null, null);
    }
}
