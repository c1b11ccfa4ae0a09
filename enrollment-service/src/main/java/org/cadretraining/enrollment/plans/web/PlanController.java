package org.cadretraining.enrollment.plans.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cadretraining.enrollment.access.TrainingAccess;
import org.cadretraining.enrollment.plans.TrainingPlanning;
import org.cadretraining.enrollment.plans.TrainingPlanning.PlanView;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans")
public class PlanController {
    private final TrainingPlanning planning;
    private final TrainingAccess access;

    public PlanController(TrainingPlanning planning, TrainingAccess access) {
        this.planning = planning;
        this.access = access;
    }

    public record CreatePlanRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) String name,
                                    @NotNull LocalDate needsDeadline) {
    }

    public record AllocationInput(@NotNull UUID unitId, @NotNull @PositiveOrZero Integer seats) {
    }

    /** A quota is shared among a province's units: a few hundred communes, wards and agencies at most. */
    static final int MAX_ALLOCATIONS = 1000;

    public record QuotaRequest(@NotNull UUID programId, @NotNull StudyMode mode, @NotNull @PositiveOrZero Integer quota,
                               @Size(max = MAX_ALLOCATIONS) List<@NotNull @Valid AllocationInput> allocations) {
    }

    public record NeedRequest(@NotNull UUID unitId, @NotNull UUID programId, @NotNull StudyMode mode,
                              @NotNull @PositiveOrZero Integer cadres) {
    }

    /** The plan with its needs against quotas, and the ratio rule on quotas and on seats filled. */
    public record PlanResponse(UUID planId, int year, String name, LocalDate needsDeadline, String status,
                               List<TrainingPlanning.Line> lines, List<TrainingPlanning.UnitLine> units,
                               TrainingPlanning.RatioCheck quotaRatio, TrainingPlanning.RatioCheck filledRatio) {
        static PlanResponse of(PlanView v) {
            return new PlanResponse(v.plan().id(), v.plan().year(), v.plan().name(), v.plan().needsDeadline(),
                    v.plan().status().name(), v.lines(), v.units(), v.quotaRatio(), v.filledRatio());
        }
    }

    /** The yearly plan, its quotas and its approval are the province's: a training officer over a whole province. */
    @PostMapping
    @Access(Permission.PLANS_MANAGE)
    public ResponseEntity<PlanResponse> create(@Valid @RequestBody CreatePlanRequest request) {
        access.requireOverAProvince(Permission.PLANS_MANAGE);
        var plan = planning.create(request.year(), request.name().strip(), request.needsDeadline());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(PlanResponse.of(planning.get(plan.id())));
    }

    @PostMapping("/{planId}/quotas")
    @Access(Permission.PLANS_MANAGE)
    public PlanResponse quota(@PathVariable UUID planId, @Valid @RequestBody QuotaRequest request) {
        access.requireOverAProvince(Permission.PLANS_MANAGE);
        Map<UUID, Integer> allocations = new LinkedHashMap<>();
        for (AllocationInput a : request.allocations() == null ? List.<AllocationInput>of() : request.allocations()) {
            if (allocations.put(a.unitId(), a.seats()) != null) {
                throw DomainProblem.invalidField("allocations", "unit " + a.unitId() + " is listed twice");
            }
        }
        return PlanResponse.of(planning.putQuota(planId, request.programId(), request.mode(), request.quota(), allocations));
    }

    /** A unit registers its own needs (and a unit above it may do it for it). */
    @PostMapping("/{planId}/needs")
    @Access(Permission.NEEDS_REGISTER)
    public PlanResponse need(@PathVariable UUID planId, @Valid @RequestBody NeedRequest request) {
        access.require(Permission.NEEDS_REGISTER, request.unitId());
        return PlanResponse.of(planning.registerNeed(planId, request.unitId(), request.programId(), request.mode(), request.cadres()));
    }

    @PostMapping("/{planId}/approve")
    @Access(Permission.PLANS_MANAGE)
    public PlanResponse approve(@PathVariable UUID planId) {
        access.requireOverAProvince(Permission.PLANS_MANAGE);
        return PlanResponse.of(planning.approve(planId));
    }

    /** Quotas, allocations and needs per unit: figures, not people, so any training reader sees the whole plan. */
    @GetMapping("/{planId}")
    @Access(Permission.TRAINING_READ)
    public PlanResponse get(@PathVariable UUID planId) {
        return PlanResponse.of(planning.get(planId));
    }
}
