package org.cadretraining.events.registry;

import java.time.LocalDate;

import org.cadretraining.events.OptionalField;

/**
 * A cadre moved from one unit to another (điều động), or with their unit in a reorganization ({@code reorganizationId}
 * names it; {@code reason} says which merger or split).
 */
public record CadreTransferred(
        String cadreId,
        String fromUnitId,
        String toUnitId,
        LocalDate effectiveDate,
        @OptionalField String reason,
        @OptionalField String reorganizationId) {

    public CadreTransferred(String cadreId, String fromUnitId, String toUnitId, LocalDate effectiveDate, String reason) {
        this(cadreId, fromUnitId, toUnitId, effectiveDate, reason, null);
    }
}
