package org.cadretraining.reporting.views;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

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
                             long gap, long expectedByDeadline, boolean onTrack, Status status, LocalDate asOf,
                             Map<String, KindFigures> byUnitKind) {

    public enum Status { ON_TRACK, AT_RISK, MET, MISSED, NO_COHORT }

    /** The part of the cohort serving in units of one kind ({@code groupBy=kind}). */
    public record KindFigures(long cohortSize, long meeting, Double percent) {
        static KindFigures of(TargetTally tally) {
            return new KindFigures(tally.cohortSize(), tally.meeting(), TargetProgress.percent(tally.meeting(), tally.cohortSize()));
        }
    }

    /** Progress as reported before the breakdown by unit kind. */
    public TargetProgress(String targetId, String name, Target.Cohort cohort, Target.Criterion criterion, long cohortSize,
                          long meeting, Double percent, double thresholdPercent, LocalDate deadline, long gap,
                          long expectedByDeadline, boolean onTrack, Status status, LocalDate asOf) {
        this(targetId, name, cohort, criterion, cohortSize, meeting, percent, thresholdPercent, deadline, gap,
                expectedByDeadline, onTrack, status, asOf, null);
    }

    /**
     * The same progress with the cohort broken down by the kind of unit its members serve in: every kind listed,
     * {@value UnitProgressReport#UNCLASSIFIED} for units with none.
     */
    public TargetProgress withByUnitKind(Map<String, TargetTally> byKind) {
        Map<String, KindFigures> figures = new java.util.LinkedHashMap<>();
        for (org.cadretraining.events.vocabulary.UnitKind kind : org.cadretraining.events.vocabulary.UnitKind.values()) {
            figures.put(kind.name(), KindFigures.of(byKind.getOrDefault(kind.name(), TargetTally.ZERO)));
        }
        figures.put(UnitProgressReport.UNCLASSIFIED, KindFigures.of(byKind.getOrDefault(UnitProgressReport.UNCLASSIFIED, TargetTally.ZERO)));
        return new TargetProgress(targetId, name, cohort, criterion, cohortSize, meeting, percent, thresholdPercent, deadline,
                gap, expectedByDeadline, onTrack, status, asOf, figures);
    }

    /** The same progress, stated as of {@code day} where it is not already as of its deadline. */
    public TargetProgress asOf(LocalDate day) {
        return new TargetProgress(targetId, name, cohort, criterion, cohortSize, meeting, percent, thresholdPercent, deadline,
                gap, expectedByDeadline, onTrack, status, asOf != null ? asOf : day, byUnitKind);
    }

    /**
     * The day a target's figures asked for as of {@code day} are taken on: the deadline, for a day past the deadline of
     * a target set before it; the day itself otherwise.
     */
    public static LocalDate judgedOn(Target target, LocalDate day) {
        return day.isAfter(target.deadline()) && setBeforeDeadline(target) ? target.deadline() : day;
    }

    /** Whether the target was set before its deadline passed: then it is judged on the deadline's figures. */
    public static boolean setBeforeDeadline(Target target) {
        return target.definedAt() == null
                || !java.time.LocalDate.ofInstant(target.definedAt(), Clocks.OFFICIALS_ZONE).isAfter(target.deadline());
    }

    /** The live figures a target is judged on {@code today}: the deadline's, once it has passed, if it was set before. */
    public static TargetTally judged(Target target, TargetTally tally, LocalDate today) {
        TargetTally live = tally == null ? TargetTally.ZERO : tally;
        return today.isAfter(target.deadline()) && setBeforeDeadline(target) ? live.asOfDeadline() : live;
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(100.0 * part / whole).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** @param today the officials' date, which decides whether the deadline has passed */
    public static TargetProgress of(Target target, TargetTally tally, LocalDate today) {
        TargetTally live = tally == null ? TargetTally.ZERO : tally;
        boolean over = today.isAfter(target.deadline());
        boolean setBeforeDeadline = setBeforeDeadline(target);
        TargetTally t = judged(target, tally, today);
        LocalDate asOf = !over ? null : setBeforeDeadline ? target.deadline() : today;
        long required = target.required(t.cohortSize());
        Double percent = percent(t.meeting(), t.cohortSize());
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
