package org.cadretraining.reporting.targets.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.streams.StoreNames;
import org.cadretraining.reporting.targets.Target;
import org.cadretraining.reporting.targets.TargetDefinitions;
import org.cadretraining.reporting.targets.TargetProgress;
import org.cadretraining.reporting.targets.TargetTally;
import org.cadretraining.reporting.units.SubtreeBreakdown;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/targets")
public class TargetController {
    private final TargetDefinitions definitions;
    private final ViewStores stores;
    private final SubtreeBreakdown subtrees;

    public TargetController(TargetDefinitions definitions, ViewStores stores, SubtreeBreakdown subtrees) {
        this.definitions = definitions;
        this.stores = stores;
        this.subtrees = subtrees;
    }

    public record DefineTargetRequest(String name, Target.Cohort cohort, Target.Criterion criterion, Double thresholdPercent,
                                      LocalDate deadline) {
    }

    @PostMapping
    public ResponseEntity<TargetProgress> define(@RequestBody DefineTargetRequest request) {
        Target target = definitions.define(request.name(), request.cohort(), request.criterion(), request.thresholdPercent(),
                request.deadline());
        return ResponseEntity.created(URI.create("/api/v1/targets/" + target.targetId())).body(progress(target));
    }

    /**
     * Every target; with {@code unitId}, counted over that unit's cadres and the units below it only: the cohort is
     * the part of each target's cohort that serves there, and the threshold applies to it.
     */
    @GetMapping
    public List<TargetProgress> all(@RequestParam(required = false) String unitId) {
        List<Target> targets = stores.targets();
        Map<String, TargetTally> tallies = unitId == null
                ? stores.get(StoreNames.TARGET_PROGRESS, targets.stream().map(Target::targetId).toList(), TargetTally.class)
                : subtrees.of(unitId).targets();
        return targets.stream().sorted(Comparator.comparing(Target::deadline).thenComparing(Target::name))
                .map(t -> TargetProgress.of(t, tallies.get(t.targetId()))).toList();
    }

    @GetMapping("/{targetId}")
    public TargetProgress one(@PathVariable String targetId, @RequestParam(required = false) String unitId) {
        Target target = stores.target(targetId).orElseThrow(() -> DomainProblem.notFound("Target", targetId));
        return unitId == null ? progress(target) : TargetProgress.of(target, subtrees.of(unitId).targets().get(targetId));
    }

    @DeleteMapping("/{targetId}")
    public ResponseEntity<Void> withdraw(@PathVariable String targetId) {
        stores.target(targetId).orElseThrow(() -> DomainProblem.notFound("Target", targetId));
        definitions.withdraw(targetId);
        return ResponseEntity.noContent().build();
    }

    private TargetProgress progress(Target target) {
        return TargetProgress.of(target, stores.get(StoreNames.TARGET_PROGRESS, target.targetId(), TargetTally.class).orElse(null));
    }
}
