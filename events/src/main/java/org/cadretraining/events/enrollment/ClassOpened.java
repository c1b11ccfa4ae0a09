package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;

/** A class opened for nominations and enrollment. */
@EventDescription("A scheduled class opened for nominations and enrollment.")
public record ClassOpened(
        @Property(classification = PUBLIC, description = "The opened class's id (UUID, enrollment.classes key).")
        String classId,
        @Property(classification = PUBLIC, description = "When the class opened (UTC instant, ISO-8601 date-time).")
        Instant openedAt) {
}
