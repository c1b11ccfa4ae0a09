package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;

/** An approved nomination found the class full: the cadre waits, at {@code position} in line. Keyed by cadreId. */
@EventDescription("An approved nomination found the class full: the cadre waits in line for a seat that a withdrawal "
        + "frees. Keyed by cadreId.")
public record CadreWaitlisted(
        @Property(classification = PERSONAL, description = "The waitlisted nomination's id, as its CadreNominated named it.")
        String nominationId,
        @Property(classification = PERSONAL, description = "The waiting cadre's id (registry.cadres key; the record key).")
        String cadreId,
        @Property(classification = PUBLIC, description = "The full class the cadre waits for (enrollment.classes key).")
        String classId,
        @Property(classification = PERSONAL, description = "The cadre's place in the class's waiting line when waitlisted (1 is next), in order of waitlisting.")
        int position,
        @Property(classification = PERSONAL, description = "When the cadre was waitlisted (UTC instant, ISO-8601 date-time).")
        Instant waitlistedAt) {
}
