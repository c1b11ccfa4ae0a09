package org.cadretraining.reporting.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.CohortUnits;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetProgress;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.UnitBreakdown;
import org.cadretraining.reporting.views.UnitProgressReport;
import org.cadretraining.reporting.views.UnitRegister;
import org.cadretraining.reporting.views.UnitView;
import org.springframework.stereotype.Service;

/** Targets and how far their cohorts are from them, over the whole cohort or narrowed to a unit's subtree. */
@Service
public class TargetQueries {
    private final ViewStores stores;
    private final ReferenceData reference;
    private final SubtreeBreakdown subtrees;
    private final Clock clock;

    private final DatedViews dated;

    TargetQueries(ViewStores stores, ReferenceData reference, SubtreeBreakdown subtrees, DatedViews dated, Clock clock) {
        this.stores = stores;
        this.dated = dated;
        this.reference = reference;
        this.subtrees = subtrees;
        this.clock = clock;
    }

    /**
     * Every target; with {@code unitId}, counted over that unit's cadres and the units below it only: the cohort is
     * the part of each target's cohort that serves there, and the threshold applies to it.
     */
    public List<TargetProgress> all(String unitId) {
        return all(unitId, false);
    }

    /** As {@link #all(String)}; with {@code byUnitKind}, each cohort broken down by the kind of unit its members serve in. */
    public List<TargetProgress> all(String unitId, boolean byUnitKind) {
        List<Target> targets = reference.targets().stream()
                .sorted(Comparator.comparing(Target::deadline).thenComparing(Target::name)).toList();
        LocalDate today = LocalDate.now(clock);
        if (unitId == null) {
            Map<String, TargetTally> tallies = stores.get(StoreNames.TARGET_PROGRESS,
                    targets.stream().map(Target::targetId).toList(), TargetTally.class);
            List<TargetProgress> progress = targets.stream()
                    .map(t -> TargetProgress.of(t, tallies.get(t.targetId()), today)).toList();
            return byUnitKind ? withKinds(targets, progress, everyUnit(), today) : progress;
        }
        Map<String, UnitBreakdown> byUnit = subtrees.byUnit(subtrees.units(unitId));
        Map<String, TargetTally> tallies = UnitBreakdown.sum(byUnit.values()).targets();
        List<TargetProgress> progress = targets.stream()
                .map(t -> TargetProgress.of(t, tallies.get(t.targetId()), today)).toList();
        return byUnitKind ? withKinds(targets, progress, byUnit, today) : progress;
    }

    /**
     * As {@link #all(String, boolean)}, as of the end of {@code asOf} (now when null): each target over the units of
     * its cohort as they stood on the day it is judged on ({@link TargetProgress#judgedOn}), from the dated views.
     */
    public List<TargetProgress> all(String unitId, boolean byUnitKind, LocalDate asOf) {
        if (asOf == null) {
            return all(unitId, byUnitKind);
        }
        List<Target> targets = reference.targets().stream()
                .sorted(Comparator.comparing(Target::deadline).thenComparing(Target::name)).toList();
        return asOf(targets, unitId, byUnitKind, asOf);
    }

    public TargetProgress progress(Target target, String unitId, boolean byUnitKind, LocalDate asOf) {
        return asOf == null ? progress(target, unitId, byUnitKind) : asOf(List.of(target), unitId, byUnitKind, asOf).get(0);
    }

    /** Targets as of a day: one read of the dated tallies for each day the targets are judged on. */
    private List<TargetProgress> asOf(List<Target> targets, String unitId, boolean byUnitKind, LocalDate asOf) {
        UnitRegister register = reference.register();
        if (unitId != null) {
            register.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
        }
        Map<LocalDate, Map<String, Map<String, TargetTally>>> byDay = new HashMap<>();
        List<TargetProgress> result = new java.util.ArrayList<>();
        for (Target target : targets) {
            LocalDate day = TargetProgress.judgedOn(target, asOf);
            Map<String, Map<String, TargetTally>> byUnit = byDay.computeIfAbsent(day, d -> dated.targets(
                    unitId == null ? register.all().stream().map(UnitView::unitId).toList()
                            : register.included(unitId, d, true).stream().map(UnitView::unitId).toList(), d));
            java.util.Optional<java.util.Set<String>> cohortUnits = CohortUnits.on(target.cohort(), register, day);
            TargetTally total = TargetTally.ZERO;
            Map<String, TargetTally> byKind = new HashMap<>();
            for (Map.Entry<String, Map<String, TargetTally>> unit : byUnit.entrySet()) {
                TargetTally tally = unit.getValue().get(target.targetId());
                if (tally == null || cohortUnits.isPresent() && !cohortUnits.get().contains(unit.getKey())) {
                    continue;
                }
                total = total.combine(tally);
                byKind.merge(kindOf(register, unit.getKey()), tally, TargetTally::combine);
            }
            TargetProgress progress = TargetProgress.of(target, total, asOf).asOf(day);
            result.add(byUnitKind ? progress.withByUnitKind(byKind) : progress);
        }
        return result;
    }

    /** The target's definition; 404 when there is none. */
    public Target definition(String targetId) {
        return reference.target(targetId).orElseThrow(() -> DomainProblem.notFound("Target", targetId));
    }

    /** The target's figures: over its whole cohort, or, with {@code unitId}, over the part of it in that unit's subtree. */
    public TargetProgress progress(Target target, String unitId) {
        return progress(target, unitId, false);
    }

    public TargetProgress progress(Target target, String unitId, boolean byUnitKind) {
        LocalDate today = LocalDate.now(clock);
        if (unitId == null) {
            TargetTally tally = stores.get(StoreNames.TARGET_PROGRESS, target.targetId(), TargetTally.class).orElse(null);
            TargetProgress progress = TargetProgress.of(target, tally, today);
            return byUnitKind ? withKinds(List.of(target), List.of(progress), everyUnit(), today).get(0) : progress;
        }
        Map<String, UnitBreakdown> byUnit = subtrees.byUnit(subtrees.units(unitId));
        TargetProgress progress = TargetProgress.of(target, UnitBreakdown.sum(byUnit.values()).targets().get(target.targetId()), today);
        return byUnitKind ? withKinds(List.of(target), List.of(progress), byUnit, today).get(0) : progress;
    }

    /** The breakdown now of every unit: the units outside a target's cohort hold no tally of it. */
    private Map<String, UnitBreakdown> everyUnit() {
        return subtrees.byUnit(reference.register().all().stream().map(UnitView::unitId).toList());
    }

    private List<TargetProgress> withKinds(List<Target> targets, List<TargetProgress> progress, Map<String, UnitBreakdown> byUnit,
                                           LocalDate today) {
        UnitRegister register = reference.register();
        List<TargetProgress> result = new java.util.ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            Map<String, TargetTally> byKind = new HashMap<>();
            byUnit.forEach((unitId, breakdown) -> {
                TargetTally tally = breakdown.targets().get(target.targetId());
                if (tally != null) {
                    byKind.merge(kindOf(register, unitId), TargetProgress.judged(target, tally, today), TargetTally::combine);
                }
            });
            result.add(progress.get(i).withByUnitKind(byKind));
        }
        return result;
    }

    static String kindOf(UnitRegister register, String unitId) {
        return register.unit(unitId).map(UnitView::kind).map(Enum::name).orElse(UnitProgressReport.UNCLASSIFIED);
    }
}
