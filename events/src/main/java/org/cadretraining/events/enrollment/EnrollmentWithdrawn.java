package org.cadretraining.events.enrollment;

import java.time.LocalDate;

import org.cadretraining.events.OptionalField;

/** A cadre left a class before it ended, freeing the seat. Keyed by cadreId. */
public record EnrollmentWithdrawn(String enrollmentId, String cadreId, String classId, LocalDate withdrawnOn,
                                  @OptionalField String reason) {
}
