package org.cadretraining.reporting.views;

import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.vocabulary.StudyMode;

/** What moves a {@link PlanView}: the approved plan, or a cadre sent (or no longer sent) against it. */
public record PlanChange(TrainingPlanApproved approved, Sent sent) {
    public record Sent(String programId, StudyMode mode, String unitId, int count) {
    }
}
