package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;

/** A class began teaching (status IN_PROGRESS). */
@EventDescription("A class began teaching (its status is IN_PROGRESS).")
public record ClassStarted(
        @Property(classification = PUBLIC, description = "The started class's id (UUID, enrollment.classes key).")
        String classId,
        @Property(classification = PUBLIC, description = "The day teaching began (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate startedOn) {
}
