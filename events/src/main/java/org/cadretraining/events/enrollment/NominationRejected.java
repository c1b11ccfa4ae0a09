package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.NominationStage;

/** The unit or the province rejected a nomination, with the reason. Keyed by cadreId. */
@EventDescription("The nominating unit or the province rejected a nomination, with the reason; the platform also "
        + "closes open nominations this way when their class is cancelled. Keyed by cadreId.")
public record NominationRejected(
        @Property(classification = PERSONAL, description = "The rejected nomination's id, as its CadreNominated named it.")
        String nominationId,
        @Property(classification = PERSONAL, description = "The nominated cadre's id (registry.cadres key; the record key).")
        String cadreId,
        @Property(classification = PUBLIC, description = "The class the nomination was for (enrollment.classes key).")
        String classId,
        @Property(classification = PERSONAL, description = "The stage the nomination was rejected at: UNIT (the nominating unit) or PROVINCE.")
        NominationStage stage,
        @Property(classification = PERSONAL, description = "Why the nomination was rejected, as the deciding officer wrote it or the platform stated it (free text).")
        String reason,
        @Property(classification = PERSONAL, description = "When the nomination was rejected (UTC instant, ISO-8601 date-time).")
        Instant rejectedAt) {
}
