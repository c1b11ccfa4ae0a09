package org.cadretraining.events.enrollment;

import java.time.Instant;
import java.util.List;

/** The province approved a year's training plan with its quotas. */
public record TrainingPlanApproved(String planId, int year, String name, List<PlanQuota> quotas, Instant approvedAt) {
}
