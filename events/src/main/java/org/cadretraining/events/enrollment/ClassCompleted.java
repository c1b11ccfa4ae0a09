package org.cadretraining.events.enrollment;

import java.time.LocalDate;

/** Bế giảng: a class closed, with how its students ended. */
public record ClassCompleted(String classId, LocalDate completedOn, int enrolled, int graduated, int failed, int droppedOut) {
}
