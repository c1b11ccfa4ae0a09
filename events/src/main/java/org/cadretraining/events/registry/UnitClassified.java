package org.cadretraining.events.registry;

import java.time.Instant;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.UnitKind;

/** A unit's kind or official code was set or changed (its name, place and validity stay). */
public record UnitClassified(String unitId, UnitKind kind, @OptionalField String officialCode, Instant classifiedAt) {
}
