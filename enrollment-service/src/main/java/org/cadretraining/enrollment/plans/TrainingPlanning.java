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

import org.cadretraining.enrollment.plans.TrainingPlan.Need;
import org.cadretraining.enrollment.plans.TrainingPlan.Quota;
import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.enrollment.programs.ProgramCatalogue;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.PlanQuota;
import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly plans: quotas per program × mode with unit allocations, unit needs before the deadline, the needs-against-
 * quotas view, and approval, which checks the ratio rule and publishes {@code TrainingPlanApproved}.
 */
@Service
public class TrainingPlanning {
    private final PlanRepository plans;
    private final ProgramCatalogue programs;
    private final RatioRule ratio;
    private final Outbox outbox;
    private final Clock clock;

    TrainingPlanning(PlanRepository plans, ProgramCatalogue programs, PlanProperties properties, Outbox outbox, Clock clock) {
        this.plans = plans;
        this.programs = programs;
        this.ratio = properties.ratioRule();
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One program × mode line of the plan: quota, what units asked for, what they were given, and seats taken. */
    public record Line(UUID programId, StudyMode mode, int quota, int needed, int allocated, long filled) {
    }

    /** One unit's need against its allocation for a program × mode. */
    public record UnitLine(UUID unitId, UUID programId, StudyMode mode, int needed, int allocated) {
    }

    /** The ratio rule on some counts; {@code breach} states the numbers when it is broken. */
    public record RatioCheck(long concentrated, long inService, long requiredInService, boolean met, String breach) {
    }

    public record PlanView(TrainingPlan plan, List<Line> lines, List<UnitLine> units, RatioCheck quotaRatio,
                           RatioCheck filledRatio) {
    }

    @Transactional
    public TrainingPlan create(int year, String name, LocalDate needsDeadline) {
        TrainingPlan plan = new TrainingPlan(UUID.randomUUID(), year, name, needsDeadline, TrainingPlan.Status.DRAFT,
                clock.instant(), null);
        plans.insert(plan);
        return plan;
    }

    @Transactional
    public PlanView putQuota(UUID planId, UUID programId, StudyMode mode, int quota, Map<UUID, Integer> allocations) {
        TrainingPlan plan = draft(planId);
        if (programs.find(programId).isEmpty()) {
            throw DomainProblem.invalidField("programId", "no program with id " + programId);
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
        if (plans.approvedFor(plan.year()).isPresent()) {
            throw DomainProblem.conflict("plan-already-approved", "Plan already approved",
                    "Another plan for " + plan.year() + " is already approved");
        }
        Instant now = clock.instant();
        plans.approve(planId, now);
        List<PlanQuota> published = quotas.stream().map(q -> {
            Program program = programs.find(q.programId()).orElseThrow();
            return new PlanQuota(q.programId().toString(), program.category(), q.mode(), q.quota(),
                    q.allocations().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(a -> new PlanQuota.UnitAllocation(a.getKey().toString(), a.getValue())).toList(),
                    program.code(), program.name());
        }).toList();
        outbox.append(EventTypes.TRAINING_PLAN_APPROVED, planId.toString(),
                new TrainingPlanApproved(planId.toString(), plan.year(), plan.name(), published, now));
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

    /** The approved plan a class of {@code year} falls under, if any. */
    @Transactional(readOnly = true)
    public Optional<TrainingPlan> approvedFor(int year) {
        return plans.approvedFor(year);
    }

    @Transactional(readOnly = true)
    public Optional<Quota> quota(UUID planId, UUID programId, StudyMode mode) {
        return plans.quota(planId, programId, mode);
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
        return new RatioCheck(concentrated, inService, ratio.requiredInService(concentrated), breach.isEmpty(), breach.orElse(null));
    }

    private static long sum(List<Quota> quotas, StudyMode mode) {
        return quotas.stream().filter(q -> q.mode() == mode).mapToLong(Quota::quota).sum();
    }

    private static long sumFilled(Map<String, Long> filled, StudyMode mode) {
        Map<String, Long> copy = new HashMap<>(filled);
        return copy.entrySet().stream().filter(e -> e.getKey().endsWith("/" + mode.name())).mapToLong(Map.Entry::getValue).sum();
    }
}
