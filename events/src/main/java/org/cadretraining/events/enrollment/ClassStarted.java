package org.cadretraining.events.enrollment;

import java.time.LocalDate;

/** A class began teaching (status IN_PROGRESS). */
public record ClassStarted(String classId, LocalDate startedOn) {
}
