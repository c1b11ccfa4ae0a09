package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/** A cadre left a class before it ended, freeing the seat. Keyed by cadreId. */
@EventDescription("A cadre left a class before it ended, or the class was cancelled, freeing the seat (the next "
        + "waitlisted nomination may take it). Keyed by cadreId.")
public record EnrollmentWithdrawn(
        @Property(classification = PERSONAL, description = "The withdrawn enrollment's id, as its CadreEnrolled named it.")
        String enrollmentId,
        @Property(classification = PERSONAL, description = "The cadre's id (registry.cadres key; the record key).")
        String cadreId,
        @Property(classification = PUBLIC, description = "The class left (enrollment.classes key).")
        String classId,
        @Property(classification = PERSONAL, description = "The day of the withdrawal (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate withdrawnOn,
        @Property(classification = PERSONAL, description = "Why the cadre withdrew, or the class's cancellation reason (free text); absent when none was given.")
        @OptionalField String reason) {
}
