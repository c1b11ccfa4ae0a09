package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;
import java.util.List;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/**
 * A unit approved a year's training plan with its quotas. {@code ownerUnitId} is the unit that owns the plan (the
 * province, a department, an agency party bloc); each owner has at most one approved plan a year. Plans approved
 * before owners existed have none: they are the province's.
 */
@EventDescription("A year's training plan was approved with its quotas (chỉ tiêu) per program and mode and their "
        + "shares among units; nominations then fill it.")
public record TrainingPlanApproved(
        @Property(classification = PUBLIC, description = "The plan's id (UUID, enrollment.plans key).")
        String planId,
        @Property(classification = PUBLIC, description = "The calendar year the plan covers (e.g. 2026).")
        int year,
        @Property(classification = PUBLIC, description = "The plan's name, in Vietnamese, as the owner titles it (e.g. \"Kế hoạch đào tạo, bồi dưỡng năm 2026\").")
        String name,
        @Property(classification = PUBLIC, description = "The plan's quotas, one per program and study mode, each with its shares among units.")
        List<PlanQuota> quotas,
        @Property(classification = PUBLIC, description = "When the plan was approved (UTC instant, ISO-8601 date-time).")
        Instant approvedAt,
        @Property(classification = PUBLIC, description = "The unit that owns the plan (registry.units key), which has at most one approved plan a year; absent for plans approved before plans had owners, which are the province's.")
        @OptionalField String ownerUnitId) {
    /** A plan as enrollment described it before plans had owners. */
    public TrainingPlanApproved(String planId, int year, String name, List<PlanQuota> quotas, Instant approvedAt) {
        this(planId, year, name, quotas, approvedAt, null);
    }
}
