package org.cadretraining.enrollment.plans.web;

import java.net.URI;
import java.time.Instant;
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
import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.enrollment.plans.TrainingPlan;
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
import org.springframework.web.bind.annotation.RequestParam;
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

    /** ownerUnitId: the unit whose plan it is (the province, a department, a party bloc); absent, the province's. */
    public record CreatePlanRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) String name,
                                    @NotNull LocalDate needsDeadline, UUID ownerUnitId) {
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

    /**
     * The plan with its needs against quotas, and the ratio rule on quotas and on seats filled. ownerUnitId is null for
     * a plan of the province filed before plans had owners; ownerSuccessorUnitId names the unit that manages the plan
     * of an owner merged into it, where it had an approved plan of its own for the year (ownerNote says so).
     */
    public record PlanResponse(UUID planId, int year, String name, LocalDate needsDeadline, String status,
                               UUID ownerUnitId, UUID ownerSuccessorUnitId, String ownerNote,
                               List<TrainingPlanning.Line> lines, List<TrainingPlanning.UnitLine> units,
                               TrainingPlanning.RatioCheck quotaRatio, TrainingPlanning.RatioCheck filledRatio) {
        static PlanResponse of(PlanView v) {
            TrainingPlan p = v.plan();
            return new PlanResponse(p.id(), p.year(), p.name(), p.needsDeadline(), p.status().name(), p.ownerUnitId(),
                    p.ownerSuccessorUnitId(), p.ownerNote(), v.lines(), v.units(), v.quotaRatio(), v.filledRatio());
        }
    }

    /** A plan as a listing shows it. */
    public record PlanSummary(UUID planId, int year, String name, String status, UUID ownerUnitId, UUID ownerSuccessorUnitId,
                              String ownerNote, LocalDate needsDeadline, Instant approvedAt) {
        static PlanSummary of(TrainingPlan p) {
            return new PlanSummary(p.id(), p.year(), p.name(), p.status().name(), p.ownerUnitId(), p.ownerSuccessorUnitId(),
                    p.ownerNote(), p.needsDeadline(), p.approvedAt());
        }
    }

    /**
     * A unit files its own plan: the province's training officer the province's, a department's the department's.
     * Without an owner the plan is the province's: it needs the permission over a whole province.
     */
    @PostMapping
    @Access(Permission.PLANS_MANAGE)
    public ResponseEntity<PlanResponse> create(@Valid @RequestBody CreatePlanRequest request) {
        UUID owner = request.ownerUnitId() != null ? request.ownerUnitId() : planning.defaultOwner().orElse(null);
        requireManaging(owner);
        var plan = planning.create(request.year(), request.name().strip(), request.needsDeadline(), owner);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(PlanResponse.of(planning.get(plan.id())));
    }

    /** A page of the plans by owner and year, newest first: figures, not people, so any training reader sees them. */
    @GetMapping
    @Access(Permission.TRAINING_READ)
    public Page<PlanSummary> list(@RequestParam(required = false) UUID ownerUnitId,
                                  @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return planning.page(ownerUnitId, year, page, size).map(PlanSummary::of);
    }

    @PostMapping("/{planId}/quotas")
    @Access(Permission.PLANS_MANAGE)
    public PlanResponse quota(@PathVariable UUID planId, @Valid @RequestBody QuotaRequest request) {
        requireManaging(planning.plan(planId).managingUnitId());
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
        requireManaging(planning.plan(planId).managingUnitId());
        return PlanResponse.of(planning.approve(planId));
    }

    /** Quotas, allocations and needs per unit: figures, not people, so any training reader sees the whole plan. */
    @GetMapping("/{planId}")
    @Access(Permission.TRAINING_READ)
    public PlanResponse get(@PathVariable UUID planId) {
        return PlanResponse.of(planning.get(planId));
    }

    /** The plans permission on the unit that owns (manages) the plan; over a whole province for the province's of old. */
    private void requireManaging(UUID unitId) {
        if (unitId == null) {
            access.requireOverAProvince(Permission.PLANS_MANAGE);
        } else {
            access.require(Permission.PLANS_MANAGE, unitId);
        }
    }
}
