package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.UnitKind;

/** A unit's kind or official code was set or changed (its name, place and validity stay). */
@EventDescription("A unit's kind or official code was set or changed; its name, place in the tree and validity stay.")
public record UnitClassified(
        @Property(classification = PUBLIC, description = "The unit's id (UUID, registry.units key).")
        String unitId,
        @Property(classification = PUBLIC, description = "What the unit is (commune, ward, state agency, party committee organ…), apart from its level in the tree.")
        UnitKind kind,
        @Property(classification = PUBLIC, description = "The unit's code under Decision 19/2025/QĐ-TTg (2 digits for a province, 5 for a commune), never reused; absent when it has none, and then a reader keeps any code it already knows.")
        @OptionalField String officialCode,
        @Property(classification = PUBLIC, description = "When the classification was recorded (UTC instant, ISO-8601 date-time).")
        Instant classifiedAt) {
}
