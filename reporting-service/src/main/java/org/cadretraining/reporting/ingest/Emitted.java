package org.cadretraining.reporting.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.reporting.views.ClassChange;
import org.cadretraining.reporting.views.PlanChange;
import org.cadretraining.reporting.views.CadreProgress;
import org.cadretraining.reporting.views.EnrollmentState;
import org.cadretraining.reporting.views.UnitRoster;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetMark;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.UnitBreakdown;
import org.cadretraining.reporting.views.UnitContribution;
import org.cadretraining.reporting.views.UnitProgress;

/**
 * What one cadre is currently counted as in the target, class and plan views. Keeping it per cadre is what makes
 * those views retractable: a change is always "remove what was counted, add what is true now".
 */
public record Emitted(Map<String, TargetMark> targets, Map<String, Seat> seats, String unitId, UnitRoster.Entry roster,
                      List<Segment> dated, UnitContribution contribution) {
    public static final Emitted NOTHING = new Emitted(Map.of(), Map.of(), null, null, List.of(), null);

    public Emitted {
        targets = targets == null ? Map.of() : targets;
        seats = seats == null ? Map.of() : seats;
        dated = dated == null ? List.of() : dated;
    }

    /** What a cadre was counted as before the dated views. */
    public Emitted(Map<String, TargetMark> targets, Map<String, Seat> seats, String unitId, UnitRoster.Entry roster) {
        this(targets, seats, unitId, roster, List.of(), null);
    }

    /** A seat a cadre took (or gave up) in a class, and the plan and unit it counts for. */
    public record Seat(String classId, String planId, String programId, StudyMode mode, String unitId,
                       EnrollmentState.Status status) {
        ClassChange.Delta classCounts(int sign) {
            return new ClassChange.Delta(sign * bit(status != EnrollmentState.Status.WITHDRAWN),
                    sign * bit(status == EnrollmentState.Status.GRADUATED), sign * bit(status == EnrollmentState.Status.FAILED),
                    sign * bit(status == EnrollmentState.Status.WITHDRAWN));
        }

        int sent() {
            return bit(status != EnrollmentState.Status.WITHDRAWN);
        }
    }

    /** @param cohortUnits for each target, whether a cadre serving in a unit is in its cohort's units */
    public static Emitted of(CadreProgress cadre, List<Target> targets, Function<Target, Predicate<String>> cohortUnits, int year) {
        Map<String, TargetMark> marks = new HashMap<>();
        for (Target target : targets) {
            TargetMark mark = TargetMark.of(target, cadre, cohortUnits.apply(target), year);
            if (!mark.equals(TargetMark.OUTSIDE)) {
                marks.put(target.targetId(), mark);
            }
        }
        Map<String, Seat> seats = new HashMap<>();
        cadre.enrollments().forEach((id, e) -> seats.put(id, new Seat(e.classId(), e.planId(), e.programId(), e.mode(),
                e.unitId(), e.status())));
        boolean counted = cadre.counted();
        return new Emitted(marks, seats, counted ? cadre.unitId() : null,
                counted ? new UnitRoster.Entry(cadre.cadreId(), cadre.fullName(), cadre.position()) : null,
                Segment.of(cadre, targets, year), counted ? UnitContribution.of(cadre) : null);
    }

    /**
     * The change to the unit figures (a unit's own cadres): what the cadre counted for in the unit they served in is
     * taken away there, what they count for now is added where they serve now. Empty when nothing moved.
     */
    public List<Map.Entry<String, UnitProgress>> unitChangesSince(Emitted before) {
        if (java.util.Objects.equals(before.unitId, unitId) && java.util.Objects.equals(before.contribution, contribution)) {
            return List.of();
        }
        List<Map.Entry<String, UnitProgress>> changes = new java.util.ArrayList<>(2);
        if (before.unitId != null && before.contribution != null) {
            changes.add(Map.entry(before.unitId, UnitProgress.empty().minus(before.contribution)));
        }
        if (unitId != null && contribution != null) {
            changes.add(Map.entry(unitId, UnitProgress.empty().plus(contribution)));
        }
        return changes;
    }

    /** The dated changes that take the dated views from counting {@code before} to counting this. */
    public List<ViewDelta> datedSince(Emitted before) {
        return Segment.changes(before.dated, dated).stream().map(ViewDelta::dated).toList();
    }

    /** The deltas that take the views from counting {@code before} to counting this. */
    public List<ViewDelta> since(Emitted before) {
        return since(before, targetId -> false);
    }

    /**
     * As {@link #since(Emitted)}, the target deltas marked as made after their target's deadline where
     * {@code afterDeadline} says so: the target's figures then keep what they were at the deadline.
     */
    public List<ViewDelta> since(Emitted before, java.util.function.Predicate<String> afterDeadline) {
        List<ViewDelta> deltas = new java.util.ArrayList<>();
        Map<String, UnitBreakdown.Builder> byUnit = new java.util.TreeMap<>();
        Set<String> targetIds = new HashSet<>(before.targets.keySet());
        targetIds.addAll(targets.keySet());
        for (String id : targetIds) {
            boolean late = afterDeadline.test(id);
            TargetTally change = TargetTally.change(before.targets.getOrDefault(id, TargetMark.OUTSIDE),
                    targets.getOrDefault(id, TargetMark.OUTSIDE)).afterDeadline(late);
            if (!change.isZero()) {
                deltas.add(ViewDelta.target(id, change));
            }
            // The unit breakdown: what the old unit counted is retracted there, what is true now is added here.
            TargetMark was = before.targets.getOrDefault(id, TargetMark.OUTSIDE);
            TargetMark is = targets.getOrDefault(id, TargetMark.OUTSIDE);
            if (java.util.Objects.equals(before.unitId, unitId)) {
                unitPart(byUnit, unitId).target(id, change);
            } else {
                unitPart(byUnit, before.unitId).target(id, TargetTally.change(was, TargetMark.OUTSIDE).afterDeadline(late));
                unitPart(byUnit, unitId).target(id, TargetTally.change(TargetMark.OUTSIDE, is).afterDeadline(late));
            }
        }
        Set<String> enrollmentIds = new HashSet<>(before.seats.keySet());
        enrollmentIds.addAll(seats.keySet());
        for (String id : enrollmentIds) {
            Seat old = before.seats.get(id);
            Seat now = seats.get(id);
            if (java.util.Objects.equals(old, now)) {
                continue;
            }
            if (old != null) {
                deltas.add(ViewDelta.klass(old.classId(), old.classCounts(-1)));
                unitPart(byUnit, old.unitId()).klass(old.classId(), old.classCounts(-1));
                if (old.planId() != null && old.sent() != 0) {
                    deltas.add(ViewDelta.plan(old.planId(), new PlanChange.Sent(old.programId(), old.mode(), old.unitId(), -old.sent())));
                }
            }
            if (now != null) {
                deltas.add(ViewDelta.klass(now.classId(), now.classCounts(1)));
                unitPart(byUnit, now.unitId()).klass(now.classId(), now.classCounts(1));
                if (now.planId() != null && now.sent() != 0) {
                    deltas.add(ViewDelta.plan(now.planId(), new PlanChange.Sent(now.programId(), now.mode(), now.unitId(), now.sent())));
                }
            }
        }
        byUnit.forEach((id, part) -> part.build().ifPresent(change -> deltas.add(ViewDelta.unit(id, change))));
        // The name index: a cadre leaves the old unit's roster, and is (re)written into the current one.
        if (before.roster != null && before.unitId != null && !java.util.Objects.equals(before.unitId, unitId)) {
            deltas.add(ViewDelta.roster(before.unitId, UnitRoster.Change.remove(before.roster.cadreId())));
        }
        if (roster != null && unitId != null && (!java.util.Objects.equals(before.unitId, unitId) || !roster.equals(before.roster))) {
            deltas.add(ViewDelta.roster(unitId, UnitRoster.Change.put(roster)));
        }
        return deltas;
    }

    /** Deltas for a unit that is not known (a seat taken before units were recorded) are dropped. */
    private static UnitBreakdown.Builder unitPart(Map<String, UnitBreakdown.Builder> byUnit, String unitId) {
        return unitId == null ? UnitBreakdown.Builder.DISCARD : byUnit.computeIfAbsent(unitId, k -> new UnitBreakdown.Builder());
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }
}
