package org.cadretraining.reporting.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import org.cadretraining.reporting.views.CadreProgress;
import org.cadretraining.reporting.views.ClassChange;
import org.cadretraining.reporting.views.DatedChange;
import org.cadretraining.reporting.views.PlanView;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetMark;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.UnitContribution;
import org.cadretraining.reporting.views.UnitProgress;

/**
 * What one cadre counts for in the dated views from {@code from} until the next segment's day: the unit they served in
 * (null when not serving), their part of its figures, where they stand against each target (wherever they serve:
 * the cohorts' unit filters are applied by whoever sums the units, with the tree of the day asked about), and the
 * seats they held.
 * <p>
 * Kept per cadre as last emitted, so that a late fact with an earlier effective date re-derives the cadre's history
 * and sends only the difference: dated retractions of what was counted before, dated additions of what is true now.
 */
public record Segment(LocalDate from, String unitId, UnitContribution contribution, Map<String, TargetMark> marks,
                      Map<String, Emitted.Seat> seats) {
    public Segment {
        marks = marks == null ? Map.of() : marks;
        seats = seats == null ? Map.of() : seats;
    }

    /** The cadre's segments, from their history (one a day a fact took effect; one a year where committees count). */
    static List<Segment> of(CadreProgress cadre, List<Target> targets, int currentYear) {
        NavigableMap<LocalDate, CadreProgress> history = new TreeMap<>(cadre.history());
        if (history.isEmpty()) {
            return List.of();
        }
        // A committee seat is judged for the year asked about: a new year may change a cadre's mark.
        if (targets.stream().anyMatch(t -> !t.cohort().committees().isEmpty())) {
            for (int year = history.firstKey().getYear() + 1; year <= currentYear; year++) {
                LocalDate newYear = LocalDate.of(year, 1, 1);
                history.putIfAbsent(newYear, history.floorEntry(newYear).getValue());
            }
        }
        List<Segment> segments = new ArrayList<>();
        history.forEach((day, state) -> {
            Map<String, TargetMark> marks = new HashMap<>();
            for (Target target : targets) {
                TargetMark mark = TargetMark.ofPerson(target, state, day.getYear());
                if (!mark.equals(TargetMark.OUTSIDE)) {
                    marks.put(target.targetId(), mark);
                }
            }
            Map<String, Emitted.Seat> seats = new HashMap<>();
            state.enrollments().forEach((id, e) -> seats.put(id, new Emitted.Seat(e.classId(), e.planId(), e.programId(),
                    e.mode(), e.unitId(), e.status())));
            boolean counted = state.counted();
            Segment segment = new Segment(day, counted ? state.unitId() : null, counted ? UnitContribution.of(state) : null,
                    marks, seats);
            Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (last == null || !last.sameCounts(segment)) {
                segments.add(segment);
            }
        });
        return List.copyOf(segments);
    }

    private boolean sameCounts(Segment other) {
        return Objects.equals(unitId, other.unitId) && Objects.equals(contribution, other.contribution)
                && marks.equals(other.marks) && seats.equals(other.seats);
    }

    /** The dated changes that take the views from counting {@code before} to counting {@code after}. */
    static List<DatedChange> changes(List<Segment> before, List<Segment> after) {
        Net net = new Net();
        net.add(after, 1);
        net.add(before, -1);
        return net.changes();
    }

    /** Dated changes summed by (owner, detail, day): what cancels out is not sent. */
    private static final class Net {
        private final Map<List<Object>, UnitProgress> units = new LinkedHashMap<>();
        private final Map<List<Object>, TargetTally> targets = new LinkedHashMap<>();
        private final Map<List<Object>, ClassChange.Delta> classes = new LinkedHashMap<>();
        private final Map<List<Object>, Long> plans = new LinkedHashMap<>();

        void add(List<Segment> segments, int sign) {
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                LocalDate end = i + 1 < segments.size() ? segments.get(i + 1).from : null;
                count(s, s.from, sign);
                if (end != null) {
                    count(s, end, -sign);
                }
            }
        }

        /** Adds ({@code sign} 1) or takes away (-1) what the segment counts, on {@code day}. */
        private void count(Segment s, LocalDate day, int sign) {
            if (s.unitId != null) {
                UnitProgress part = sign > 0 ? UnitProgress.empty().plus(s.contribution) : UnitProgress.empty().minus(s.contribution);
                units.merge(List.of(s.unitId, "", day), part, UnitProgress::plus);
                s.marks.forEach((targetId, mark) -> targets.merge(List.of(s.unitId, targetId, day),
                        sign > 0 ? TargetTally.change(TargetMark.OUTSIDE, mark) : TargetTally.change(mark, TargetMark.OUTSIDE),
                        TargetTally::sum));
            }
            for (Emitted.Seat seat : s.seats.values()) {
                if (seat.unitId() == null || seat.classId() == null) {
                    continue;
                }
                classes.merge(List.of(seat.classId(), seat.unitId(), day), seat.classCounts(sign), ClassChange.Delta::plus);
                if (seat.planId() != null && seat.sent() != 0) {
                    plans.merge(List.of(seat.planId(), PlanView.unitKey(seat.programId(), seat.mode(), seat.unitId()), day),
                            (long) sign * seat.sent(), Long::sum);
                }
            }
        }

        List<DatedChange> changes() {
            List<DatedChange> changes = new ArrayList<>();
            units.forEach((k, v) -> {
                if (!v.equals(UnitProgress.empty())) {
                    changes.add(new DatedChange((String) k.get(0), "", (LocalDate) k.get(2), v, null, null, null));
                }
            });
            targets.forEach((k, v) -> {
                if (!v.isZero()) {
                    changes.add(new DatedChange((String) k.get(0), (String) k.get(1), (LocalDate) k.get(2), null, v, null, null));
                }
            });
            classes.forEach((k, v) -> {
                if (!v.isZero()) {
                    changes.add(new DatedChange((String) k.get(0), (String) k.get(1), (LocalDate) k.get(2), null, null, v, null));
                }
            });
            plans.forEach((k, v) -> {
                if (v != 0) {
                    changes.add(new DatedChange((String) k.get(0), (String) k.get(1), (LocalDate) k.get(2), null, null, null, v));
                }
            });
            return changes;
        }
    }
}
