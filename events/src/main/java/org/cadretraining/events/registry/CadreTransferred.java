package org.cadretraining.events.registry;

import java.time.LocalDate;

import org.cadretraining.events.OptionalField;

/** A cadre moved from one unit to another (điều động). */
public record CadreTransferred(
        String cadreId,
        String fromUnitId,
        String toUnitId,
        LocalDate effectiveDate,
        @OptionalField String reason) {
}
