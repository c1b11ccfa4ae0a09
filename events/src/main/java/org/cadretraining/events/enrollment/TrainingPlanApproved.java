package org.cadretraining.events.enrollment;

import java.time.Instant;
import java.util.List;

import org.cadretraining.events.OptionalField;

/**
 * A unit approved a year's training plan with its quotas. {@code ownerUnitId} is the unit that owns the plan (the
 * province, a department, an agency party bloc); each owner has at most one approved plan a year. Plans approved
 * before owners existed have none: they are the province's.
 */
public record TrainingPlanApproved(String planId, int year, String name, List<PlanQuota> quotas, Instant approvedAt,
                                   @OptionalField String ownerUnitId) {

    /** A plan as enrollment described it before plans had owners. */
    public TrainingPlanApproved(String planId, int year, String name, List<PlanQuota> quotas, Instant approvedAt) {
        this(planId, year, name, quotas, approvedAt, null);
    }
}
