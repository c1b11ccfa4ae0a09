package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/** A class was cancelled before it completed; its enrollments are withdrawn. */
@EventDescription("A class was cancelled before it completed; each of its enrollments is withdrawn (EnrollmentWithdrawn) "
        + "and its open nominations closed.")
public record ClassCancelled(
        @Property(classification = PUBLIC, description = "The cancelled class's id (UUID, enrollment.classes key).")
        String classId,
        @Property(classification = PUBLIC, description = "The day the class was cancelled (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate cancelledOn,
        @Property(classification = PERSONAL, description = "Why the class was cancelled, as the training officer wrote it (free text); absent when none was given.")
        @OptionalField String reason) {
}
