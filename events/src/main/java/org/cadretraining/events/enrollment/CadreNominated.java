package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/** Cử đi học: a unit nominated a cadre for a class. Keyed by cadreId. */
@EventDescription("Cử đi học: a unit nominated a cadre for a class. The unit, then the province, approve or reject it "
        + "(NominationApproved, NominationRejected). Keyed by cadreId.")
public record CadreNominated(
        @Property(classification = PERSONAL, description = "The nomination's id (UUID), which its approvals, rejection, waitlisting and enrollment name.")
        String nominationId,
        @Property(classification = PERSONAL, description = "The nominated cadre's id (registry.cadres key; the record key).")
        String cadreId,
        @Property(classification = PUBLIC, description = "The class the cadre is nominated for (enrollment.classes key).")
        String classId,
        @Property(classification = PUBLIC, description = "The unit that nominates the cadre and whose plan share the seat would fill (registry.units key).")
        String unitId,
        @Property(classification = PUBLIC, description = "The training plan whose quota the nomination is made under (enrollment.plans key); absent when outside any plan.")
        @OptionalField String planId,
        @Property(classification = PERSONAL, description = "When the nomination was made (UTC instant, ISO-8601 date-time).")
        Instant nominatedAt) {
}
