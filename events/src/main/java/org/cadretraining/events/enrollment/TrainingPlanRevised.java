package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/**
 * An approved plan's quotas changed: {@code quotas} replace the plan's quotas whole. A reorganization passes the seats
 * allocated to merged or closed units to their successors ({@code reorganizationId} names it) from
 * {@code effectiveDate}. Keyed by planId.
 */
@EventDescription("An approved plan's quotas changed: the quotas carried replace the plan's quotas whole, from "
        + "effectiveDate. A reorganization passes the seats of merged or closed units to their successors this way.")
public record TrainingPlanRevised(
        @Property(classification = PUBLIC, description = "The revised plan's id (UUID, enrollment.plans key), as its TrainingPlanApproved named it.")
        String planId,
        @Property(classification = PUBLIC, description = "All of the plan's quotas after the revision; they replace the earlier ones whole (a quota missing here is gone).")
        List<PlanQuota> quotas,
        @Property(classification = PERSONAL, description = "Why the plan was revised, in Vietnamese (free text; for a reorganization, which unit merged or closed and which successor took its seats).")
        String reason,
        @Property(classification = PUBLIC, description = "The registry's reorganization that caused the revision (UUID, as on UnitsMerged, UnitSplit, UnitClosed); absent for a revision of its own.")
        @OptionalField String reorganizationId,
        @Property(classification = PUBLIC, description = "The first day the revised quotas hold (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate effectiveDate,
        @Property(classification = PUBLIC, description = "When the revision was recorded (UTC instant, ISO-8601 date-time).")
        Instant revisedAt) {
}
