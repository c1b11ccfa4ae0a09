package org.cadretraining.events.registry;

import java.time.LocalDate;

import org.cadretraining.events.OptionalField;

/** Luân chuyển: a cadre started a rotation to another unit; the transfer itself is a {@code CadreTransferred}. */
public record CadreRotated(String cadreId, String rotationId, String fromUnitId, String toUnitId, LocalDate startDate,
                           @OptionalField LocalDate endDate, @OptionalField String reason) {
}
