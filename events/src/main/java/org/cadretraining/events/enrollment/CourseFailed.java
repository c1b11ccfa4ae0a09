package org.cadretraining.events.enrollment;

import java.time.LocalDate;

import org.cadretraining.events.vocabulary.CourseOutcome;

/** An enrollment ended without graduation: failed, or dropped out. Keyed by cadreId. */
public record CourseFailed(String enrollmentId, String cadreId, String classId, CourseOutcome outcome, LocalDate endedOn) {
}
