package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/** Luân chuyển: a cadre started a rotation to another unit; the transfer itself is a {@code CadreTransferred}. */
@EventDescription("Luân chuyển: a cadre started a rotation to another unit for a period; the move itself is a "
        + "CadreTransferred.")
public record CadreRotated(
        @Property(classification = PERSONAL, description = "The cadre's id (UUID, registry.cadres key).")
        String cadreId,
        @Property(classification = PERSONAL, description = "The rotation's id (UUID) in the registry.")
        String rotationId,
        @Property(classification = PUBLIC, description = "The unit the cadre rotates from (registry.units key).")
        String fromUnitId,
        @Property(classification = PUBLIC, description = "The unit the cadre rotates to (registry.units key).")
        String toUnitId,
        @Property(classification = PERSONAL, description = "The first day of the rotation (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate startDate,
        @Property(classification = PERSONAL, description = "The day the rotation is planned to end (ISO-8601 date, officials' calendar); absent when it has no set end.")
        @OptionalField LocalDate endDate,
        @Property(classification = PERSONAL, description = "Why the cadre is rotated, as the decision words it (free text); absent when none was given.")
        @OptionalField String reason) {
}
