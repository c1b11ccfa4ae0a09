package org.cadretraining.reporting.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.reporting.query.TargetDefinitions;
import org.cadretraining.reporting.query.TargetQueries;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetProgress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.format.annotation.DateTimeFormat;
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

    /**
     * A target as an official defines it. Which fields are required, and what they must hold, the definition checks
     * all at once ({@code TargetDefinitions}); here only the sizes are bounded. The threshold is a decimal, so that
     * {@code "NaN"} or {@code "Infinity"} is not a number at all.
     */
    public record DefineTargetRequest(@Size(max = 200) String name, @Valid CohortInput cohort, @Valid CriterionInput criterion,
                                      BigDecimal thresholdPercent, LocalDate deadline) {
    }

    /** Who counts: every filter that is set must hold. Each list is bounded by what a filter can sensibly name. */
    public record CohortInput(@Size(max = 10) List<@NotNull ManagementTier> managementTiers,
                              @Size(max = 10) List<@NotNull Committee> committees,
                              @Size(max = 20) List<@NotNull @Size(max = 200) String> positions,
                              @Size(max = RequestBounds.ID) String unitId,
                              @Size(max = 10) List<@NotNull UnitLevel> unitLevels,
                              @Size(max = 20) List<@NotNull UnitKind> unitKinds) {
        Target.Cohort toCohort() {
            return new Target.Cohort(managementTiers, committees, positions, unitId, unitLevels, unitKinds);
        }
    }

    public record CriterionInput(Ladder ladder, @Size(max = 40) String minimumLevel, Boolean orStudying) {
        Target.Criterion toCriterion() {
            return new Target.Criterion(ladder, minimumLevel, orStudying);
        }
    }

    /** A target over the cohort's unit needs {@code TARGETS_MANAGE} there; one over no unit, over a province. */
    @PostMapping
    @Access(Permission.TARGETS_MANAGE)
    public ResponseEntity<TargetProgress> define(@Valid @RequestBody DefineTargetRequest request) {
        access.manageTargets(request.cohort() == null ? null : request.cohort().unitId());
        Target target = definitions.define(request.name(), request.cohort() == null ? null : request.cohort().toCohort(),
                request.criterion() == null ? null : request.criterion().toCriterion(),
                request.thresholdPercent() == null ? null : request.thresholdPercent().doubleValue(), request.deadline());
        return ResponseEntity.created(URI.create("/api/v1/targets/" + target.targetId())).body(targets.progress(target, null));
    }

    /**
     * Every target; with {@code unitId}, counted over that unit's cadres and the units below it only (the cohort is the
     * part of each target's cohort that serves there). Without one the figures are the province's. With {@code asOf}
     * (YYYY-MM-DD), the figures at the end of that day (at the deadline, for a day past it), the cohort's units as they
     * stood then; with {@code groupBy=kind}, broken down by the kind of unit the cohort serves in ({@code byUnitKind}).
     */
    @GetMapping
    @Access(Permission.REPORTS_READ)
    public List<TargetProgress> all(@RequestParam(required = false) @Size(max = RequestBounds.ID) String unitId,
                                    @RequestParam(required = false) @Schema(allowableValues = RequestBounds.GROUP_BY_KIND)
                                    @Pattern(regexp = RequestBounds.GROUP_BY_KIND) @Size(max = RequestBounds.FORMAT) String groupBy,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        access.unitOrProvince(unitId);
        return targets.all(unitId, groupBy != null, asOf);
    }

    /**
     * One target: narrowed to {@code unitId}, or over its whole cohort. With {@code groupBy=kind}, the cohort broken
     * down by the kind of unit its members serve in ({@code byUnitKind}).
     */
    @GetMapping("/{targetId}")
    @Access(Permission.REPORTS_READ)
    public TargetProgress one(@PathVariable @Size(max = RequestBounds.ID) String targetId, @RequestParam(required = false) @Size(max = RequestBounds.ID) String unitId,
                              @RequestParam(required = false) @Schema(allowableValues = RequestBounds.GROUP_BY_KIND)
                              @Pattern(regexp = RequestBounds.GROUP_BY_KIND) @Size(max = RequestBounds.FORMAT) String groupBy,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (unitId != null) {
            access.unit(unitId);
        }
        Target target = targets.definition(targetId);
        if (unitId == null) {
            access.wholeCohort(target);
        }
        return targets.progress(target, unitId, groupBy != null, asOf);
    }

    @DeleteMapping("/{targetId}")
    @Access(Permission.TARGETS_MANAGE)
    public ResponseEntity<Void> withdraw(@PathVariable @Size(max = RequestBounds.ID) String targetId) {
        Target target = targets.definition(targetId);
        access.manageTargets(target.cohort().unitId());
        definitions.withdraw(targetId);
        return ResponseEntity.noContent().build();
    }
}
