package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.NominationStage;

/** The unit or the province approved a nomination. Keyed by cadreId. */
@EventDescription("The nominating unit, or then the province, approved a nomination. After the province's approval the "
        + "cadre is seated (CadreEnrolled) or, when the class is full, waitlisted (CadreWaitlisted). Keyed by cadreId.")
public record NominationApproved(
        @Property(classification = PERSONAL, description = "The approved nomination's id, as its CadreNominated named it.")
        String nominationId,
        @Property(classification = PERSONAL, description = "The nominated cadre's id (registry.cadres key; the record key).")
        String cadreId,
        @Property(classification = PUBLIC, description = "The class the nomination is for (enrollment.classes key).")
        String classId,
        @Property(classification = PERSONAL, description = "Who approved: UNIT (the nominating unit; the province decides next) or PROVINCE (the final approval).")
        NominationStage stage,
        @Property(classification = PERSONAL, description = "When the nomination was approved (UTC instant, ISO-8601 date-time).")
        Instant approvedAt) {
}
