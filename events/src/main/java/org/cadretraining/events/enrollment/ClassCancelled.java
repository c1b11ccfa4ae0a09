package org.cadretraining.events.enrollment;

import java.time.LocalDate;

import org.cadretraining.events.OptionalField;

/** A class was cancelled before it completed; its enrollments are withdrawn. */
public record ClassCancelled(String classId, LocalDate cancelledOn, @OptionalField String reason) {
}
