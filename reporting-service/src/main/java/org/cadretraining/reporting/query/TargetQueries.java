package org.cadretraining.reporting.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.web.DomainProblem;
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

    TargetQueries(ViewStores stores, ReferenceData reference, SubtreeBreakdown subtrees, Clock clock) {
        this.stores = stores;
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
