package org.cadretraining.reporting.views;

/** The running counts of a target, moved by the difference between a cadre's old and new {@link TargetMark}. */
public record TargetTally(long cohortSize, long meeting, long expectedByDeadline) {
    public static final TargetTally ZERO = new TargetTally(0, 0, 0);

    public TargetTally plus(TargetTally delta) {
        return new TargetTally(cohortSize + delta.cohortSize, meeting + delta.meeting, expectedByDeadline + delta.expectedByDeadline);
    }

    public static TargetTally change(TargetMark before, TargetMark after) {
        return new TargetTally(bit(after.inCohort()) - bit(before.inCohort()), bit(after.meets()) - bit(before.meets()),
                bit(after.expected()) - bit(before.expected()));
    }

    public boolean isZero() {
        return cohortSize == 0 && meeting == 0 && expectedByDeadline == 0;
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }
}
