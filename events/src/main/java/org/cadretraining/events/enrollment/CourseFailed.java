package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.CourseOutcome;

/** An enrollment ended without graduation: failed, or dropped out. Keyed by cadreId. */
@EventDescription("An enrollment ended without graduation: the cadre failed or dropped out; nothing is conferred. "
        + "Keyed by cadreId.")
public record CourseFailed(
        @Property(classification = PERSONAL, description = "The ended enrollment's id, as its CadreEnrolled named it.")
        String enrollmentId,
        @Property(classification = PERSONAL, description = "The cadre's id (registry.cadres key; the record key).")
        String cadreId,
        @Property(classification = PUBLIC, description = "The class the enrollment was in (enrollment.classes key).")
        String classId,
        @Property(classification = PERSONAL, description = "How the enrollment ended: FAILED or DROPPED_OUT.")
        CourseOutcome outcome,
        @Property(classification = PERSONAL, description = "The day the enrollment ended (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate endedOn) {
}
