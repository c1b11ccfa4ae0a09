package org.cadretraining.reporting.views;

/**
 * The running counts of a target, moved by the difference between a cadre's old and new {@link TargetMark}.
 * <p>
 * A target is judged as of its deadline: the first change made after the deadline (of a target that was set before
 * it) first keeps the counts as they stood then, in {@code frozen}, and the target's figures are those from then on.
 * On a delta, {@code afterDeadline} says whether the change it carries was made after the deadline.
 */
public record TargetTally(long cohortSize, long meeting, long expectedByDeadline, TargetTally frozen, Boolean afterDeadline) {
    public static final TargetTally ZERO = new TargetTally(0, 0, 0);

    public TargetTally(long cohortSize, long meeting, long expectedByDeadline) {
        this(cohortSize, meeting, expectedByDeadline, null, null);
    }

    /** Aggregation: this tally with one delta applied, the counts of the deadline kept first if the delta is later. */
    public TargetTally apply(TargetTally delta) {
        TargetTally kept = frozen == null && Boolean.TRUE.equals(delta.afterDeadline) ? counts() : frozen;
        return new TargetTally(cohortSize + delta.cohortSize, meeting + delta.meeting, expectedByDeadline + delta.expectedByDeadline,
                kept, null);
    }

    /** Two deltas of one change together (one cadre counted in two parts of a unit's breakdown, say). */
    public TargetTally sum(TargetTally other) {
        return new TargetTally(cohortSize + other.cohortSize, meeting + other.meeting,
                expectedByDeadline + other.expectedByDeadline, null,
                Boolean.TRUE.equals(afterDeadline) || Boolean.TRUE.equals(other.afterDeadline) ? Boolean.TRUE : null);
    }

    /** Two tallies of parts of a cohort (units, instances) together: now, and as of the deadline. */
    public TargetTally combine(TargetTally other) {
        TargetTally kept = frozen == null && other.frozen == null ? null : asOfDeadline().counts().plusCounts(other.asOfDeadline());
        return new TargetTally(cohortSize + other.cohortSize, meeting + other.meeting,
                expectedByDeadline + other.expectedByDeadline, kept, null);
    }

    /** The counts as they stood at the deadline: kept ones, or, when nothing changed since, the current ones. */
    public TargetTally asOfDeadline() {
        return frozen != null ? frozen : counts();
    }

    /** The same delta, marked as made after the target's deadline or not. */
    public TargetTally afterDeadline(boolean after) {
        return new TargetTally(cohortSize, meeting, expectedByDeadline, frozen, after ? Boolean.TRUE : null);
    }

    private TargetTally counts() {
        return new TargetTally(cohortSize, meeting, expectedByDeadline);
    }

    private TargetTally plusCounts(TargetTally other) {
        return new TargetTally(cohortSize + other.cohortSize, meeting + other.meeting, expectedByDeadline + other.expectedByDeadline);
    }

    public static TargetTally change(TargetMark before, TargetMark after) {
        return new TargetTally(bit(after.inCohort()) - bit(before.inCohort()), bit(after.meets()) - bit(before.meets()),
                bit(after.expected()) - bit(before.expected()));
    }

    public boolean isZero() {
        return cohortSize == 0 && meeting == 0 && expectedByDeadline == 0 && frozen == null;
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }
}
