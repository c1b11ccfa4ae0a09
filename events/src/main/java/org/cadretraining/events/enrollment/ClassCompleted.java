package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;

/** Bế giảng: a class closed, with how its students ended. */
@EventDescription("Bế giảng: a class closed, with counts of how its students ended (each student's own result is a "
        + "CourseGraduated or CourseFailed on enrollment.enrollments).")
public record ClassCompleted(
        @Property(classification = PUBLIC, description = "The completed class's id (UUID, enrollment.classes key).")
        String classId,
        @Property(classification = PUBLIC, description = "The day the class closed (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate completedOn,
        @Property(classification = PUBLIC, description = "How many students held a seat in the class when it closed (withdrawn enrollments not counted).")
        int enrolled,
        @Property(classification = PUBLIC, description = "How many of the enrolled students graduated.")
        int graduated,
        @Property(classification = PUBLIC, description = "How many of the enrolled students failed.")
        int failed,
        @Property(classification = PUBLIC, description = "How many of the enrolled students dropped out; a class completes only once every student has a result, so graduated + failed + droppedOut = enrolled.")
        int droppedOut) {
}
