package org.cadretraining.reporting.views;

import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.enrollment.TrainingPlanRevised;
import org.cadretraining.events.vocabulary.StudyMode;

/** What moves a {@link PlanView}: the approved plan, a revision of its quotas, or a cadre sent (or no longer sent) against it. */
public record PlanChange(TrainingPlanApproved approved, Sent sent, TrainingPlanRevised revised) {
    public PlanChange(TrainingPlanApproved approved, Sent sent) {
        this(approved, sent, null);
    }

    public record Sent(String programId, StudyMode mode, String unitId, int count) {
    }
}
