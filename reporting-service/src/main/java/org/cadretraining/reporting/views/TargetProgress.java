package org.cadretraining.reporting.views;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A target and how far the cohort is from it. Field names are a public contract.
 * <ul>
 *   <li>Until its deadline: the figures now, and {@code status} ON_TRACK or AT_RISK by what is expected to be met by
 *   the deadline ({@code onTrack}).</li>
 *   <li>Once the deadline has passed: MET or MISSED, judged on the figures as they stood at the deadline
 *   ({@code asOf} is the deadline); a target set after its deadline is judged on the figures of the day it is asked
 *   about ({@code asOf} is that day).</li>
 *   <li>A cohort with nobody in it (now, or at the deadline) can neither meet nor miss: NO_COHORT, {@code percent}
 *   null, {@code onTrack} false.</li>
 * </ul>
 */
public record TargetProgress(String targetId, String name, Target.Cohort cohort, Target.Criterion criterion,
                             long cohortSize, long meeting, Double percent, double thresholdPercent, LocalDate deadline,
                             long gap, long expectedByDeadline, boolean onTrack, Status status, LocalDate asOf) {

    public enum Status { ON_TRACK, AT_RISK, MET, MISSED, NO_COHORT }

    /** @param today the officials' date, which decides whether the deadline has passed */
    public static TargetProgress of(Target target, TargetTally tally, LocalDate today) {
        TargetTally live = tally == null ? TargetTally.ZERO : tally;
        boolean over = today.isAfter(target.deadline());
        boolean setBeforeDeadline = target.definedAt() == null
                || !java.time.LocalDate.ofInstant(target.definedAt(), Clocks.OFFICIALS_ZONE).isAfter(target.deadline());
        TargetTally t = over && setBeforeDeadline ? live.asOfDeadline() : live;
        LocalDate asOf = !over ? null : setBeforeDeadline ? target.deadline() : today;
        long required = target.required(t.cohortSize());
        Double percent = t.cohortSize() == 0 ? null
                : BigDecimal.valueOf(100.0 * t.meeting() / t.cohortSize()).setScale(1, RoundingMode.HALF_UP).doubleValue();
        boolean met = t.meeting() >= required;
        Status status = t.cohortSize() == 0 ? Status.NO_COHORT
                : over ? (met ? Status.MET : Status.MISSED)
                : t.expectedByDeadline() >= required ? Status.ON_TRACK : Status.AT_RISK;
        boolean onTrack = status == Status.ON_TRACK || status == Status.MET;
        return new TargetProgress(target.targetId(), target.name(), target.cohort(), target.criterion(), t.cohortSize(),
                t.meeting(), percent, target.thresholdPercent(), target.deadline(), Math.max(0, required - t.meeting()),
                t.expectedByDeadline(), onTrack, status, asOf);
    }
}
