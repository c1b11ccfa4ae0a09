package org.cadretraining.enrollment.classes;

import java.util.UUID;

/** The filters of the class list, each optional: program, status, the year a class starts in, the unit that teaches it. */
public record ClassSearch(UUID programId, ClassStatus status, Integer year, UUID providerUnitId) {
}
