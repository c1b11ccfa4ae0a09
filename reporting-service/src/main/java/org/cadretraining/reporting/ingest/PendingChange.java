package org.cadretraining.reporting.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cadretraining.reporting.views.BreakdownEntry;
import org.cadretraining.reporting.views.ClassChange;
import org.cadretraining.reporting.views.DatedBuckets;
import org.cadretraining.reporting.views.DatedChange;
import org.cadretraining.reporting.views.PlanChange;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.UnitProgress;
import org.cadretraining.reporting.views.UnitRoster;

/**
 * A change to one entry ({@code key}) of one view, as the emitter keeps it until the next drain: the changes many
 * cadres make to the same entry are summed first (a roster entry keeps the last word), so a view receives one record
 * an entry a drain instead of one a cadre change. Exactly one value is set, the one of its {@code view}.
 */
public record PendingChange(View view, String key, TargetTally target, ClassChange.Delta klass, PlanChange.Sent sent,
                            UnitProgress unit, BreakdownEntry breakdown, UnitRoster.Entry roster, Long count) {

    /** The views fed from the drained changes. */
    public enum View { TARGET, CLASS, PLAN, UNIT, BREAKDOWN, ROSTER, DATED_UNIT, DATED_TARGET, DATED_CLASS, DATED_PLAN }

    /**
     * The buffer's key: the view, whether the change was made after a target's deadline (a late change must reach
     * the view after the timely ones, and is never summed with them; "0" sorts first), the view's key, and what
     * else keeps two changes apart (a plan's program, mode and unit).
     */
    String bufferKey() {
        boolean late = target != null && Boolean.TRUE.equals(target.afterDeadline())
                || breakdown != null && breakdown.target() != null && Boolean.TRUE.equals(breakdown.target().afterDeadline());
        String detail = sent == null ? "" : "|" + sent.programId() + "|" + sent.mode() + "|" + sent.unitId();
        return view.ordinal() + (late ? "|1|" : "|0|") + key + detail;
    }

    /** This change and a later one of the same entry, as one. */
    PendingChange plus(PendingChange later) {
        return switch (view) {
            case TARGET, DATED_TARGET -> with(target.sum(later.target), null, null, null, null, null);
            case CLASS, DATED_CLASS -> with(null, klass.plus(later.klass), null, null, null, null);
            case PLAN -> with(null, null, new PlanChange.Sent(sent.programId(), sent.mode(), sent.unitId(),
                    sent.count() + later.sent.count()), null, null, null);
            case UNIT, DATED_UNIT -> with(null, null, null, unit.plus(later.unit), null, null);
            case BREAKDOWN -> with(null, null, null, null, new BreakdownEntry(sum(breakdown.target(), later.breakdown.target()),
                    breakdown.klass() == null ? later.breakdown.klass() : later.breakdown.klass() == null ? breakdown.klass()
                            : breakdown.klass().plus(later.breakdown.klass())), null);
            case ROSTER -> later;
            case DATED_PLAN -> new PendingChange(view, key, null, null, null, null, null, null, count + later.count);
        };
    }

    /** Whether sending it would change nothing (summed changes that cancel out). */
    boolean isNoChange() {
        return switch (view) {
            case TARGET, DATED_TARGET -> target.isZero();
            case CLASS, DATED_CLASS -> klass.isZero();
            case PLAN -> sent.count() == 0;
            case UNIT, DATED_UNIT -> unit.equals(UnitProgress.empty());
            case BREAKDOWN -> (breakdown.target() == null || breakdown.target().isZero())
                    && (breakdown.klass() == null || breakdown.klass().isZero());
            case ROSTER -> false;
            case DATED_PLAN -> count == 0;
        };
    }

    /** The pending changes one cadre's view delta makes (several for a dated change: its year, month and day). */
    static List<PendingChange> of(ViewDelta delta) {
        List<PendingChange> changes = new ArrayList<>(3);
        if (delta.targetId() != null) {
            changes.add(new PendingChange(View.TARGET, delta.targetId(), delta.target(), null, null, null, null, null, null));
        } else if (delta.classId() != null) {
            changes.add(new PendingChange(View.CLASS, delta.classId(), null, delta.klass(), null, null, null, null, null));
        } else if (delta.planId() != null) {
            changes.add(new PendingChange(View.PLAN, delta.planId(), null, null, delta.plan(), null, null, null, null));
        } else if (delta.breakdown() != null) {
            for (Map.Entry<String, BreakdownEntry> entry : delta.breakdown().entries(delta.unitId())) {
                changes.add(new PendingChange(View.BREAKDOWN, entry.getKey(), null, null, null, null, entry.getValue(), null, null));
            }
        } else if (delta.roster() != null) {
            changes.add(new PendingChange(View.ROSTER, UnitRoster.key(delta.unitId(), delta.roster().cadreId()), null, null, null,
                    null, null, delta.roster().entry(), null));
        } else if (delta.dated() != null) {
            // Held under its day's bucket only; the drain adds it to the month's and the year's too (inYearAndMonth).
            DatedChange d = delta.dated();
            String day = DatedBuckets.keys(d.owner(), d.day(), d.detail()).get(2);
            if (d.unit() != null) {
                changes.add(new PendingChange(View.DATED_UNIT, day, null, null, null, d.unit(), null, null, null));
            } else if (d.target() != null) {
                changes.add(new PendingChange(View.DATED_TARGET, day, d.target(), null, null, null, null, null, null));
            } else if (d.klass() != null) {
                changes.add(new PendingChange(View.DATED_CLASS, day, null, d.klass(), null, null, null, null, null));
            } else if (d.sent() != null) {
                changes.add(new PendingChange(View.DATED_PLAN, day, null, null, null, null, null, null, d.sent()));
            }
        }
        return changes;
    }

    /** Whether this is a change to a dated view, held under its day's bucket. */
    boolean isDated() {
        return view == View.DATED_UNIT || view == View.DATED_TARGET || view == View.DATED_CLASS || view == View.DATED_PLAN;
    }

    /** A dated change held under its day's bucket, for the year's and the month's buckets of that day. */
    List<PendingChange> inYearAndMonth() {
        DatedBuckets.Key day = DatedBuckets.parse(key);
        List<String> keys = DatedBuckets.keys(day.owner(), java.time.LocalDate.parse(day.period()), day.detail());
        return List.of(withKey(keys.get(0)), withKey(keys.get(1)));
    }

    private PendingChange withKey(String newKey) {
        return new PendingChange(view, newKey, target, klass, sent, unit, breakdown, roster, count);
    }

    static PendingChange unit(String unitId, UnitProgress change) {
        return new PendingChange(View.UNIT, unitId, null, null, null, change, null, null, null);
    }

    private PendingChange with(TargetTally t, ClassChange.Delta k, PlanChange.Sent s, UnitProgress u, BreakdownEntry b,
                               UnitRoster.Entry r) {
        return new PendingChange(view, key, t, k, s, u, b, r, null);
    }

    private static TargetTally sum(TargetTally a, TargetTally b) {
        return a == null ? b : b == null ? a : a.sum(b);
    }
}
