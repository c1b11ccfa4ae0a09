package org.cadretraining.events.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.OptionalField;

/**
 * An approved plan's quotas changed: {@code quotas} replace the plan's quotas whole. A reorganization passes the seats
 * allocated to merged or closed units to their successors ({@code reorganizationId} names it) from
 * {@code effectiveDate}. Keyed by planId.
 */
public record TrainingPlanRevised(String planId, List<PlanQuota> quotas, String reason,
                                  @OptionalField String reorganizationId, LocalDate effectiveDate,
                                  Instant revisedAt) {
}
