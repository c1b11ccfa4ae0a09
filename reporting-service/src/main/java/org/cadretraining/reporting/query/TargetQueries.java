package org.cadretraining.reporting.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetProgress;
import org.cadretraining.reporting.views.TargetTally;
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
        List<Target> targets = reference.targets();
        Map<String, TargetTally> tallies = unitId == null
                ? stores.get(StoreNames.TARGET_PROGRESS, targets.stream().map(Target::targetId).toList(), TargetTally.class)
                : subtrees.of(unitId).targets();
        return targets.stream().sorted(Comparator.comparing(Target::deadline).thenComparing(Target::name))
                .map(t -> TargetProgress.of(t, tallies.get(t.targetId()), LocalDate.now(clock))).toList();
    }

    /** The target's definition; 404 when there is none. */
    public Target definition(String targetId) {
        return reference.target(targetId).orElseThrow(() -> DomainProblem.notFound("Target", targetId));
    }

    /** The target's figures: over its whole cohort, or, with {@code unitId}, over the part of it in that unit's subtree. */
    public TargetProgress progress(Target target, String unitId) {
        TargetTally tally = unitId == null
                ? stores.get(StoreNames.TARGET_PROGRESS, target.targetId(), TargetTally.class).orElse(null)
                : subtrees.of(unitId).targets().get(target.targetId());
        return TargetProgress.of(target, tally, LocalDate.now(clock));
    }
}
