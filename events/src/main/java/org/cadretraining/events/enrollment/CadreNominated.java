package org.cadretraining.events.enrollment;

import java.time.Instant;

import org.cadretraining.events.OptionalField;

/** Cử đi học: a unit nominated a cadre for a class. Keyed by cadreId. */
public record CadreNominated(String nominationId, String cadreId, String classId, String unitId,
                             @OptionalField String planId, Instant nominatedAt) {
}
