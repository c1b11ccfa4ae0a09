package org.cadretraining.enrollment.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cadretraining.enrollment.plans.PlanRepository.SeatPass;
import org.cadretraining.enrollment.plans.SeatPassing.Passed;
import org.cadretraining.enrollment.plans.TrainingPlan.Need;
import org.cadretraining.enrollment.plans.TrainingPlan.Quota;
import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.enrollment.programs.ProgramCatalogue;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.PlanQuota;
import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.enrollment.TrainingPlanRevised;
import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.enrollment.units.Closure;
import org.cadretraining.enrollment.units.UnitDirectory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly plans of their owner units: quotas per program × mode with unit allocations within the owner's units, unit
 * needs before the deadline, the needs-against-quotas view, and approval, which checks the ratio rule and the one
 * approved plan an owner has a year, and publishes {@code TrainingPlanApproved}. A reorganization passes the seats of
 * closed units, and the plans they owned, to their successors ({@code TrainingPlanRevised}).
 */
@Service
public class TrainingPlanning {
    private final PlanRepository plans;
    private final ProgramCatalogue programs;
    private final UnitDirectory units;
    private final RatioRule ratio;
    private final UUID provinceUnitId;
    private final Outbox outbox;
    private final Clock clock;

    TrainingPlanning(PlanRepository plans, ProgramCatalogue programs, UnitDirectory units, PlanProperties properties,
                     Outbox outbox, Clock clock) {
        this.plans = plans;
        this.programs = programs;
        this.units = units;
        this.ratio = properties.ratioRule();
        this.provinceUnitId = properties.provinceUnitId();
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The owner of a plan that names none: the configured province, or none (the province's all the same). */
    public Optional<UUID> defaultOwner() {
        return Optional.ofNullable(provinceUnitId);
    }

    /** One program × mode line of the plan: quota, what units asked for, what they were given, and seats taken. */
    public record Line(UUID programId, StudyMode mode, int quota, int needed, int allocated, long filled) {
    }

    /** One unit's need against its allocation for a program × mode. */
    public record UnitLine(UUID unitId, UUID programId, StudyMode mode, int needed, int allocated) {
    }

    /**
     * The ratio rule on some counts; {@code breach} states the numbers when it is broken. {@code inServicePerConcentrated}
     * is the rule itself (1.2), so that a client recomputing it while a plan is edited uses the same rule.
     */
    public record RatioCheck(long concentrated, long inService, long requiredInService, boolean met, String breach,
                             java.math.BigDecimal inServicePerConcentrated) {
    }

    public record PlanView(TrainingPlan plan, List<Line> lines, List<UnitLine> units, RatioCheck quotaRatio,
                           RatioCheck filledRatio) {
    }

    /** A plan of {@code ownerUnitId} (null: the province's, with no unit named). */
    @Transactional
    public TrainingPlan create(int year, String name, LocalDate needsDeadline, UUID ownerUnitId) {
        if (ownerUnitId != null) {
            if (!units.knows(ownerUnitId)) {
                throw DomainProblem.unprocessable("unit-not-known", "Unit not known", "ownerUnitId", "No unit with id "
                        + ownerUnitId + " has reached this service from the registry; check the id, or try again in a moment if the unit is new");
            }
            refuseClosed(ownerUnitId, "ownerUnitId");
        }
        refuseSecondApproved(null, ownerUnitId, year);
        TrainingPlan plan = new TrainingPlan(UUID.randomUUID(), year, name, needsDeadline, TrainingPlan.Status.DRAFT,
                clock.instant(), null, ownerUnitId, null, null);
        plans.insert(plan);
        return plan;
    }

    /** A page of the plans of the owner (or of merged owners it took over) and of the year; either may be null for all. */
    @Transactional(readOnly = true)
    public Page<TrainingPlan> page(UUID ownerUnitId, Integer year, int page, int size) {
        long total = plans.count(ownerUnitId, year);
        return Page.of(total == 0 ? List.of() : plans.page(ownerUnitId, year, Page.offset(page, size), size), page, size, total);
    }

    /** The plan as it stands, without its lines. */
    @Transactional(readOnly = true)
    public TrainingPlan plan(UUID planId) {
        return plans.find(planId).orElseThrow(() -> DomainProblem.notFound("Plan", planId.toString()));
    }

    @Transactional
    public PlanView putQuota(UUID planId, UUID programId, StudyMode mode, int quota, Map<UUID, Integer> allocations) {
        TrainingPlan plan = draft(planId);
        if (programs.find(programId).isEmpty()) {
            throw DomainProblem.invalidField("programId", "no program with id " + programId);
        }
        for (UUID unit : allocations.keySet()) {
            refuseClosed(unit, "allocations");
            if (!PlanOwnership.mayAllocate(plan.ownerUnitId(), unit, units::distance)
                    && !(plan.ownerSuccessorUnitId() != null && units.isWithin(unit, plan.ownerSuccessorUnitId()))) {
                throw DomainProblem.unprocessable("allocation-outside-owner", "Unit outside the plan's owner", "allocations",
                        "Unit " + unit + " is not " + plan.ownerUnitId() + " or a unit below it" + (units.knows(unit) ? ""
                                : " (or has not reached this service from the registry yet)")
                                + ": a plan gives seats to its owner's units only; the province's plan may give them to any unit");
            }
        }
        Quota q = new Quota(programId, mode, quota, Map.copyOf(allocations));
        if (q.allocated() > quota) {
            throw DomainProblem.invalidField("allocations", "units are given " + q.allocated() + " seats, more than the quota of " + quota);
        }
        plans.putQuota(plan.id(), q);
        return view(plan);
    }

    /** A unit's need; accepted until the end of the deadline day, in the officials' time zone. */
    @Transactional
    public PlanView registerNeed(UUID planId, UUID unitId, UUID programId, StudyMode mode, int cadres) {
        TrainingPlan plan = plans.lock(planId).orElseThrow(() -> DomainProblem.notFound("Plan", planId.toString()));
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(plan.needsDeadline()) || plan.status() == TrainingPlan.Status.APPROVED) {
            throw DomainProblem.unprocessable("needs-deadline-passed", "Needs deadline passed", "unitId",
                    "Needs for plan " + plan.year() + " were due by " + plan.needsDeadline()
                            + (plan.status() == TrainingPlan.Status.APPROVED ? " and the plan is approved" : "")
                            + "; ask the Organization Board to take this one by hand");
        }
        if (programs.find(programId).isEmpty()) {
            throw DomainProblem.invalidField("programId", "no program with id " + programId);
        }
        if (!covers(plan, unitId)) {
            throw DomainProblem.unprocessable("need-outside-owner", "Unit outside the plan's owner", "unitId", "Unit " + unitId
                    + " is not " + plan.ownerUnitId() + " or a unit below it: it registers its needs in a plan of its own units");
        }
        plans.putNeed(planId, new Need(unitId, programId, mode, cadres, clock.instant()));
        return view(plan);
    }

    @Transactional
    public PlanView approve(UUID planId) {
        TrainingPlan plan = draft(planId);
        List<Quota> quotas = plans.quotas(planId);
        if (quotas.isEmpty()) {
            throw DomainProblem.unprocessable("plan-without-quotas", "Plan has no quotas", null, "Plan " + planId + " has no quotas to approve");
        }
        RatioCheck check = check(sum(quotas, StudyMode.CONCENTRATED), sum(quotas, StudyMode.IN_SERVICE));
        if (!check.met()) {
            throw DomainProblem.unprocessable("ratio-breach", "Concentrated to in-service ratio not met", null,
                    "The plan's quotas break the ratio rule: " + check.breach());
        }
        refuseSecondApproved(planId, plan.ownerUnitId(), plan.year());
        Instant now = clock.instant();
        try {
            plans.approve(planId, now);
        } catch (DuplicateKeyException raced) {
            // Two plans of one owner approved at once: the unique index decides, with the same answer as the check.
            throw secondApproved(plan.ownerUnitId(), plan.year(), null);
        }
        outbox.append(EventTypes.TRAINING_PLAN_APPROVED, planId.toString(), new TrainingPlanApproved(planId.toString(),
                plan.year(), plan.name(), published(quotas), now, text(plan.ownerUnitId())));
        return view(plans.find(planId).orElseThrow());
    }

    @Transactional(readOnly = true)
    public PlanView get(UUID planId) {
        return view(plans.find(planId).orElseThrow(() -> DomainProblem.notFound("Plan", planId.toString())));
    }

    /** The ratio rule on what the plan has filled so far, with this many more seats in {@code mode}. */
    @Transactional(readOnly = true)
    public RatioCheck filledRatio(UUID planId, StudyMode mode, int more) {
        Map<String, Long> filled = plans.filled(planId);
        long concentrated = sumFilled(filled, StudyMode.CONCENTRATED) + (mode == StudyMode.CONCENTRATED ? more : 0);
        long inService = sumFilled(filled, StudyMode.IN_SERVICE) + (mode == StudyMode.IN_SERVICE ? more : 0);
        return check(concentrated, inService);
    }

    /**
     * The approved plan of {@code year} that governs a nomination by {@code unitId} to the program in the mode: of the
     * plans with a quota for it whose owner's units include the unit, the one giving it seats, else the nearest
     * owner's ({@link PlanOwnership#governing}).
     */
    @Transactional(readOnly = true)
    public Optional<UUID> governing(int year, UUID programId, StudyMode mode, UUID unitId) {
        return PlanOwnership.governing(plans.candidates(year, programId, mode, unitId), unitId, units::distance);
    }

    /** Whether the plan's owner's units include the unit (the province's plan covers every unit). */
    @Transactional(readOnly = true)
    public boolean covers(UUID planId, UUID unitId) {
        return covers(plan(planId), unitId);
    }

    @Transactional(readOnly = true)
    public Optional<Quota> quota(UUID planId, UUID programId, StudyMode mode) {
        return plans.quota(planId, programId, mode);
    }

    // --- reorganizations ----------------------------------------------------------------------------------------------

    /**
     * How a closed unit's seats are shared among several successors: by the cadres each received from it; when
     * {@code provisional}, evenly, because its cadres' transfers are still arriving (a later {@link #redivide} shares
     * them again).
     */
    public record Division(Map<UUID, Long> received, boolean provisional) {
        public static Division evenlyForNow() {
            return new Division(Map.of(), true);
        }
    }

    /** One closed unit's part in a reorganization: how its seats are shared, and who owns the plans it owned. */
    public record Pass(Closure closure, Division division, Optional<UUID> successorOwner) {
    }

    /**
     * Units closed (the predecessors of one merger, a split unit): in every plan of the effective year or later, each
     * one's seats pass to its successors (but those its cadres already took), and the plans it owned pass to its
     * successor owner; each approved plan that changed publishes its whole new quota list once
     * ({@code TrainingPlanRevised}). Plans of earlier years are history and keep theirs. Safe to repeat: a unit's seats
     * in a quota pass once.
     */
    @Transactional
    public void passSeats(List<Pass> passes) {
        Map<UUID, List<String>> reasons = new LinkedHashMap<>();
        Map<UUID, Closure> by = new LinkedHashMap<>();
        for (Pass pass : passes) {
            for (TrainingPlan plan : plans.lockTouching(pass.closure().unitId(), pass.closure().effectiveDate().getYear())) {
                passSeats(plan, pass).ifPresent(why -> {
                    reasons.computeIfAbsent(plan.id(), id -> new ArrayList<>()).add(why);
                    by.putIfAbsent(plan.id(), pass.closure());
                });
            }
        }
        reasons.forEach((planId, why) -> {
            if (plans.find(planId).orElseThrow().status() == TrainingPlan.Status.APPROVED) {
                revised(planId, String.join("; ", why), by.get(planId));
            }
        });
    }

    /** What passing changed in the plan, said as a revision's reason; empty when nothing did. */
    private Optional<String> passSeats(TrainingPlan plan, Pass pass) {
        Closure closure = pass.closure();
        UUID closed = closure.unitId();
        List<String> why = new ArrayList<>();
        if (!closure.successors().isEmpty()) {
            boolean changed = false;
            for (Quota quota : plans.quotas(plan.id())) {
                if (!quota.allocations().containsKey(closed)) {
                    continue;
                }
                int taken = plans.taken(plan.id(), quota.programId(), quota.mode(), closed);
                Passed passed = SeatPassing.pass(quota.allocations(), closed, taken,
                        seats -> SeatDivision.divide(seats, closure.successors(), pass.division().received()));
                if (!plans.insertPass(new SeatPass(plan.id(), quota.programId(), quota.mode(), closed,
                        closure.reorganizationId(), passed.kept(), passed.passed(), passed.shares()))) {
                    continue;
                }
                plans.replaceAllocations(plan.id(), quota.programId(), quota.mode(), passed.allocations());
                changed = true;
            }
            if (changed) {
                why.add(seatsReason(closure, pass.division()));
            }
        }
        boolean owned = closed.equals(plan.ownerUnitId()) || closed.equals(plan.ownerSuccessorUnitId());
        if (owned && pass.successorOwner().isPresent()) {
            why.add(passOwnership(plan, closure, pass.successorOwner().get()));
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why));
    }

    /**
     * The closed unit's cadres have all arrived at their successors: its seats passed so far (shared evenly for want
     * of them) are shared again by the cadres each received, where that changes anything.
     */
    @Transactional
    public void redivide(Closure closure, Map<UUID, Long> received) {
        if (closure.successors().size() < 2) {
            return;
        }
        Map<UUID, Boolean> changedPlans = new LinkedHashMap<>();
        for (SeatPass pass : plans.lockPassesFrom(closure.unitId())) {
            Map<UUID, Integer> shares = SeatDivision.divide(pass.passed(), closure.successors(), received);
            if (shares.equals(pass.shares())) {
                continue;
            }
            Quota quota = plans.quota(pass.planId(), pass.programId(), pass.mode()).orElseThrow();
            plans.replaceAllocations(pass.planId(), pass.programId(), pass.mode(),
                    SeatPassing.redivide(quota.allocations(), pass.shares(), shares));
            plans.updateShares(pass, shares);
            changedPlans.put(pass.planId(), true);
        }
        for (UUID planId : changedPlans.keySet()) {
            TrainingPlan plan = plans.find(planId).orElseThrow();
            if (plan.status() == TrainingPlan.Status.APPROVED) {
                revised(planId, "Chia tách đơn vị " + closure.unitId() + ": chỉ tiêu chia lại theo số cán bộ mỗi đơn vị kế thừa nhận ("
                        + received(closure, received) + ")", closure);
            }
        }
    }

    /**
     * The plan's owner closed: the successor owns it, unless the successor already has an approved plan for the year:
     * then the plans stay apart (one approved plan an owner a year), this one keeps its owner and names the successor,
     * whose officers manage it.
     */
    private String passOwnership(TrainingPlan plan, Closure closure, UUID successor) {
        boolean clash = plan.status() == TrainingPlan.Status.APPROVED && plans.approvedOf(plan.year()).stream()
                .anyMatch(other -> !other.id().equals(plan.id()) && PlanOwnership.sameOwner(other.ownerUnitId(), successor, units::isRoot));
        String note;
        if (clash) {
            note = "Đơn vị " + plan.ownerUnitId() + " đã " + how(closure) + "; đơn vị kế thừa " + successor
                    + " đã có kế hoạch năm " + plan.year() + " được phê duyệt: hai kế hoạch giữ riêng, do " + successor + " quản lý";
            plans.setOwner(plan.id(), plan.ownerUnitId(), successor, note);
        } else {
            note = "Kế hoạch của đơn vị " + closure.unitId() + " (đã " + how(closure) + ") chuyển cho đơn vị " + successor;
            plans.setOwner(plan.id(), successor, null, note);
        }
        return note;
    }

    private void revised(UUID planId, String reason, Closure closure) {
        outbox.append(EventTypes.TRAINING_PLAN_REVISED, planId.toString(), new TrainingPlanRevised(planId.toString(),
                published(plans.quotas(planId)), reason, closure.reorganizationId(), closure.effectiveDate(), clock.instant()));
    }

    private static String seatsReason(Closure closure, Division division) {
        String successors = closure.successors().stream().map(UUID::toString).collect(Collectors.joining(", "));
        if (closure.singleSuccessor()) {
            return (closure.how() == Closure.How.MERGED ? "Sáp nhập" : "Giải thể") + " đơn vị " + closure.unitId()
                    + ": chỉ tiêu chuyển cho đơn vị kế thừa " + successors;
        }
        String prefix = (closure.how() == Closure.How.SPLIT ? "Chia tách" : "Giải thể") + " đơn vị " + closure.unitId()
                + ": chỉ tiêu chia cho " + successors;
        if (division.provisional()) {
            return prefix + ", tạm chia đều cho đến khi cán bộ được chuyển hết";
        }
        return division.received().values().stream().allMatch(n -> n == 0) ? prefix + ", chia đều"
                : prefix + " theo số cán bộ mỗi đơn vị nhận (" + received(closure, division.received()) + ")";
    }

    private static String received(Closure closure, Map<UUID, Long> received) {
        return closure.successors().stream().map(s -> s + ": " + received.getOrDefault(s, 0L)).collect(Collectors.joining(", "));
    }

    private static String how(Closure closure) {
        return switch (closure.how()) {
            case MERGED -> "sáp nhập";
            case SPLIT -> "chia tách";
            case CLOSED -> "giải thể";
        };
    }

    // --- rules --------------------------------------------------------------------------------------------------------

    private boolean covers(TrainingPlan plan, UUID unitId) {
        return PlanOwnership.mayAllocate(plan.ownerUnitId(), unitId, units::distance)
                || (plan.ownerSuccessorUnitId() != null && units.isWithin(unitId, plan.ownerSuccessorUnitId()));
    }

    private void refuseClosed(UUID unitId, String field) {
        units.closure(unitId).ifPresent(c -> {
            throw DomainProblem.unprocessable("unit-closed", "Unit closed", field, "Unit " + unitId + " ceased on " + c.validTo()
                    + (c.successors().isEmpty() ? "" : "; its successor(s): " + c.successors().stream().map(UUID::toString)
                    .collect(Collectors.joining(", "))));
        });
    }

    /** One approved plan an owner a year: 409 naming the year when another plan of the owner is approved for it. */
    private void refuseSecondApproved(UUID planId, UUID owner, int year) {
        plans.approvedOf(year).stream()
                .filter(other -> !other.id().equals(planId) && PlanOwnership.sameOwner(other.ownerUnitId(), owner, units::isRoot))
                .findFirst()
                .ifPresent(other -> {
                    throw secondApproved(owner, year, other.id());
                });
    }

    private static DomainProblem secondApproved(UUID owner, int year, UUID other) {
        return new DomainProblem(HttpStatus.CONFLICT, "approved-plan-exists", "Owner already has an approved plan", "year",
                (owner == null ? "The province" : "Unit " + owner) + " already has an approved plan for " + year
                        + (other == null ? "" : " (" + other + ")") + "; an owner has one approved plan a year");
    }

    private List<PlanQuota> published(List<Quota> quotas) {
        return quotas.stream().map(q -> {
            Program program = programs.find(q.programId()).orElseThrow();
            return new PlanQuota(q.programId().toString(), program.category(), q.mode(), q.quota(),
                    q.allocations().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(a -> new PlanQuota.UnitAllocation(a.getKey().toString(), a.getValue())).toList(),
                    program.code(), program.name());
        }).toList();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private TrainingPlan draft(UUID planId) {
        TrainingPlan plan = plans.lock(planId).orElseThrow(() -> DomainProblem.notFound("Plan", planId.toString()));
        if (plan.status() != TrainingPlan.Status.DRAFT) {
            throw new DomainProblem(HttpStatus.CONFLICT, "plan-already-approved", "Plan already approved", null,
                    "Plan " + planId + " was approved on " + plan.approvedAt() + " and can no longer change");
        }
        return plan;
    }

    private PlanView view(TrainingPlan plan) {
        List<Quota> quotas = plans.quotas(plan.id());
        List<Need> needs = plans.needs(plan.id());
        Map<String, Long> filled = plans.filled(plan.id());
        Map<String, Line> lines = new LinkedHashMap<>();
        for (Quota q : quotas) {
            String key = q.programId() + "/" + q.mode();
            lines.put(key, new Line(q.programId(), q.mode(), q.quota(), 0, q.allocated(), filled.getOrDefault(key, 0L)));
        }
        Map<String, UnitLine> units = new LinkedHashMap<>();
        for (Quota q : quotas) {
            q.allocations().forEach((unit, seats) -> units.put(unit + "/" + q.programId() + "/" + q.mode(),
                    new UnitLine(unit, q.programId(), q.mode(), 0, seats)));
        }
        for (Need n : needs) {
            String key = n.programId() + "/" + n.mode();
            Line line = lines.getOrDefault(key, new Line(n.programId(), n.mode(), 0, 0, 0, filled.getOrDefault(key, 0L)));
            lines.put(key, new Line(line.programId(), line.mode(), line.quota(), line.needed() + n.cadres(), line.allocated(), line.filled()));
            String unitKey = n.unitId() + "/" + key;
            UnitLine u = units.getOrDefault(unitKey, new UnitLine(n.unitId(), n.programId(), n.mode(), 0, 0));
            units.put(unitKey, new UnitLine(u.unitId(), u.programId(), u.mode(), u.needed() + n.cadres(), u.allocated()));
        }
        List<UnitLine> unitLines = new ArrayList<>(units.values());
        unitLines.sort(Comparator.comparing((UnitLine u) -> u.unitId().toString()).thenComparing(u -> u.programId().toString())
                .thenComparing(UnitLine::mode));
        return new PlanView(plan, List.copyOf(lines.values()), unitLines,
                check(sum(quotas, StudyMode.CONCENTRATED), sum(quotas, StudyMode.IN_SERVICE)),
                check(sumFilled(filled, StudyMode.CONCENTRATED), sumFilled(filled, StudyMode.IN_SERVICE)));
    }

    private RatioCheck check(long concentrated, long inService) {
        Optional<String> breach = ratio.breach(concentrated, inService);
        return new RatioCheck(concentrated, inService, ratio.requiredInService(concentrated), breach.isEmpty(), breach.orElse(null),
                ratio.inServicePerConcentrated());
    }

    private static long sum(List<Quota> quotas, StudyMode mode) {
        return quotas.stream().filter(q -> q.mode() == mode).mapToLong(Quota::quota).sum();
    }

    private static long sumFilled(Map<String, Long> filled, StudyMode mode) {
        Map<String, Long> copy = new HashMap<>(filled);
        return copy.entrySet().stream().filter(e -> e.getKey().endsWith("/" + mode.name())).mapToLong(Map.Entry::getValue).sum();
    }
}
