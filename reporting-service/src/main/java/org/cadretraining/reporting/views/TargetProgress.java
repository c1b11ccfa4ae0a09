package org.cadretraining.reporting.views;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A target and how far the cohort is from it. Field names are a public contract. */
public record TargetProgress(String targetId, String name, Target.Cohort cohort, Target.Criterion criterion,
                             long cohortSize, long meeting, double percent, double thresholdPercent, LocalDate deadline,
                             long gap, long expectedByDeadline, boolean onTrack) {

    public static TargetProgress of(Target target, TargetTally tally) {
        TargetTally t = tally == null ? TargetTally.ZERO : tally;
        long required = target.required(t.cohortSize());
        double percent = t.cohortSize() == 0 ? 0.0
                : BigDecimal.valueOf(100.0 * t.meeting() / t.cohortSize()).setScale(1, RoundingMode.HALF_UP).doubleValue();
        return new TargetProgress(target.targetId(), target.name(), target.cohort(), target.criterion(), t.cohortSize(),
                t.meeting(), percent, target.thresholdPercent(), target.deadline(), Math.max(0, required - t.meeting()),
                t.expectedByDeadline(), t.expectedByDeadline() >= required);
    }
}
