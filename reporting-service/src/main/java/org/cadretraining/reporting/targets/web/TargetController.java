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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/targets")
public class TargetController {
    private final TargetDefinitions definitions;
    private final ViewStores stores;

    public TargetController(TargetDefinitions definitions, ViewStores stores) {
        this.definitions = definitions;
        this.stores = stores;
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

    @GetMapping
    public List<TargetProgress> all() {
        List<Target> targets = stores.targets();
        Map<String, TargetTally> tallies = stores.get(StoreNames.TARGET_PROGRESS,
                targets.stream().map(Target::targetId).toList(), TargetTally.class);
        return targets.stream().sorted(Comparator.comparing(Target::deadline).thenComparing(Target::name))
                .map(t -> TargetProgress.of(t, tallies.get(t.targetId()))).toList();
    }

    @GetMapping("/{targetId}")
    public TargetProgress one(@PathVariable String targetId) {
        return progress(stores.target(targetId).orElseThrow(() -> DomainProblem.notFound("Target", targetId)));
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
