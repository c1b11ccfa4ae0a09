package org.cadretraining.reporting.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.reporting.query.TargetDefinitions;
import org.cadretraining.reporting.query.TargetQueries;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetProgress;
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
    private final TargetQueries targets;
    private final ReportAccess access;

    TargetController(TargetDefinitions definitions, TargetQueries targets, ReportAccess access) {
        this.definitions = definitions;
        this.targets = targets;
        this.access = access;
    }

    public record DefineTargetRequest(String name, Target.Cohort cohort, Target.Criterion criterion, Double thresholdPercent,
                                      LocalDate deadline) {
    }

    /** A target over the cohort's unit needs {@code TARGETS_MANAGE} there; one over no unit, over a province. */
    @PostMapping
    @Access(Permission.TARGETS_MANAGE)
    public ResponseEntity<TargetProgress> define(@RequestBody DefineTargetRequest request) {
        access.manageTargets(request.cohort() == null ? null : request.cohort().unitId());
        Target target = definitions.define(request.name(), request.cohort(), request.criterion(), request.thresholdPercent(),
                request.deadline());
        return ResponseEntity.created(URI.create("/api/v1/targets/" + target.targetId())).body(targets.progress(target, null));
    }

    /**
     * Every target; with {@code unitId}, counted over that unit's cadres and the units below it only (the cohort is the
     * part of each target's cohort that serves there). Without one the figures are the province's.
     */
    @GetMapping
    @Access(Permission.REPORTS_READ)
    public List<TargetProgress> all(@RequestParam(required = false) String unitId) {
        access.unitOrProvince(unitId);
        return targets.all(unitId);
    }

    /** One target: narrowed to {@code unitId}, or over its whole cohort. */
    @GetMapping("/{targetId}")
    @Access(Permission.REPORTS_READ)
    public TargetProgress one(@PathVariable String targetId, @RequestParam(required = false) String unitId) {
        if (unitId != null) {
            access.unit(unitId);
        }
        Target target = targets.definition(targetId);
        if (unitId == null) {
            access.wholeCohort(target);
        }
        return targets.progress(target, unitId);
    }

    @DeleteMapping("/{targetId}")
    @Access(Permission.TARGETS_MANAGE)
    public ResponseEntity<Void> withdraw(@PathVariable String targetId) {
        Target target = targets.definition(targetId);
        access.manageTargets(target.cohort().unitId());
        definitions.withdraw(targetId);
        return ResponseEntity.noContent().build();
    }
}
