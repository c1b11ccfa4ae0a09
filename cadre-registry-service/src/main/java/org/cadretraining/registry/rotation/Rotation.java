package org.cadretraining.registry.rotation;

import java.time.LocalDate;
import java.util.UUID;

/** Luân chuyển: a cadre serves in another unit from {@code startDate}, until {@code endDate} when one is set. */
public record Rotation(UUID id, UUID cadreId, UUID fromUnitId, UUID toUnitId, LocalDate startDate, LocalDate endDate,
                       String reason) {
    /** Why these dates cannot make a rotation, or null when they can. */
    public static String datesProblem(LocalDate startDate, LocalDate endDate) {
        if (endDate != null && endDate.isBefore(startDate)) {
            return "the rotation ends before it starts";
        }
        return null;
    }
}
