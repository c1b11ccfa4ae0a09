package org.cadretraining.enrollment.nominations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.enrollment.access.TrainingAccess.UnitFilter;
import org.cadretraining.enrollment.cadres.CadreDirectory;
import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.enrollment.classes.ClassDirectory;
import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.enrollments.Enrollment;
import org.cadretraining.enrollment.enrollments.EnrollmentService;
import org.cadretraining.enrollment.enrollments.Waitlist;
import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.enrollment.nominations.EligibilityPolicy.Allocation;
import org.cadretraining.enrollment.nominations.EligibilityPolicy.Facts;
import org.cadretraining.enrollment.nominations.EligibilityPolicy.Refusal;
import org.cadretraining.enrollment.plans.TrainingPlan;
import org.cadretraining.enrollment.plans.TrainingPlanning;
import org.cadretraining.enrollment.plans.TrainingPlanning.RatioCheck;
import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.enrollment.programs.ProgramCatalogue;
import org.cadretraining.enrollment.units.Closure;
import org.cadretraining.enrollment.units.UnitDirectory;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.CadreNominated;
import org.cadretraining.events.enrollment.CadreWaitlisted;
import org.cadretraining.events.enrollment.NominationApproved;
import org.cadretraining.events.enrollment.NominationReassigned;
import org.cadretraining.events.enrollment.NominationRejected;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.NominationStage;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominations from unit to seat: a unit nominates, the unit approves, the province approves, and the approval takes a
 * seat or a place on the waitlist. Every step is an event on enrollment.enrollments, keyed by cadreId, in the step's
 * transaction. The province approval and every seat change hold the class's row lock, so that two approvals racing
 * for the last seat give one enrollment and one waitlist entry.
 */
@Service
public class NominationService implements Waitlist {
    private final NominationRepository nominations;
    private final ClassDirectory classes;
    private final ProgramCatalogue programs;
    private final CadreDirectory cadres;
    private final EnrollmentService enrollments;
    private final TrainingPlanning plans;
    private final UnitDirectory units;
    private final Outbox outbox;
    private final Clock clock;

    NominationService(NominationRepository nominations, ClassDirectory classes, ProgramCatalogue programs,
                      CadreDirectory cadres, EnrollmentService enrollments, TrainingPlanning plans, UnitDirectory units,
                      Outbox outbox, Clock clock) {
        this.nominations = nominations;
        this.classes = classes;
        this.programs = programs;
        this.cadres = cadres;
        this.enrollments = enrollments;
        this.plans = plans;
        this.units = units;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What an approval led to; {@code ratio} is the ratio rule on the plan's seats after it, when a plan governs. */
    public record Decision(Nomination nomination, Integer waitlistPosition, RatioCheck ratio) {
    }

    public record NewNomination(UUID cadreId, UUID classId, UUID unitId, UUID planId, FundingSource fundingSource,
                                BigDecimal cost) {
    }

    @Transactional
    public Decision nominate(NewNomination request) {
        TrainingClass trainingClass = classes.lockForNomination(request.classId())
                .orElseThrow(() -> DomainProblem.invalidField("classId", "no class with id " + request.classId()));
        Optional<ReplicatedCadre> cadre = cadres.replicated(request.cadreId());
        UUID unitId = request.unitId() != null ? request.unitId() : cadre.map(ReplicatedCadre::unitId).orElse(null);
        Program program = programOf(trainingClass);
        Optional<Closure> closure = units.closure(unitId);
        // Before the plan is looked for: a closed unit's plan is no longer its own to name.
        closure.ifPresent(closed -> {
            throw problem(EligibilityPolicy.unitClosed(closed));
        });
        UUID planId = planFor(request.planId(), trainingClass, program, unitId);
        UUID id = UUID.randomUUID();
        if (planId != null && unitId != null) {
            nominations.lockAllocation(planId, unitId);
        }
        check(id, request.cadreId(), cadre, trainingClass, program, unitId, planId, closure);
        Instant now = clock.instant();
        Nomination nomination = new Nomination(id, request.cadreId(), trainingClass.id(), unitId, planId,
                NominationStatus.PENDING_UNIT, request.fundingSource() == null ? trainingClass.fundingSource() : request.fundingSource(),
                request.cost(), null, now, null, null, null);
        try {
            nominations.insert(nomination);
        } catch (DuplicateKeyException e) {
            // Two nominations of one cadre to one class at once: the partial unique index decides; same answer as the check.
            throw problem(new Refusal(EligibilityPolicy.Reason.ALREADY_ENROLLED, "cadreId", "Cadre " + request.cadreId()
                    + " is already enrolled in or nominated to class " + trainingClass.id()));
        }
        String key = request.cadreId().toString();
        outbox.append(EventTypes.CADRE_NOMINATED, key, new CadreNominated(id.toString(), key, trainingClass.id().toString(),
                unitId.toString(), planId == null ? null : planId.toString(), now));
        return new Decision(nomination, null, null);
    }

    /** Whether the caller may decide at the stage on the nominations of the unit; refuses (403) when not. */
    @FunctionalInterface
    public interface DecisionRight {
        void require(NominationStage stage, UUID nominatingUnitId);
    }

    /**
     * Approves at the stage the nomination waits for; {@code requested}, when given, must be that one. The caller's
     * {@code right} is asked first, for that stage (else the one awaited) and the nominating unit, on the nomination as
     * this transaction first reads it: one read serves the check and the approval.
     */
    @Transactional
    public Decision approve(UUID nominationId, NominationStage requested, DecisionRight right) {
        Nomination found = find(nominationId);
        NominationStage stage = requested != null ? requested : found.status().awaiting();
        right.require(stage, found.unitId());
        // Class first, then nomination: the order every seat change takes, so that none of them deadlock.
        TrainingClass trainingClass = classes.lockForSeating(found.classId()).orElseThrow();
        Nomination nomination = nominations.lock(nominationId).orElseThrow();
        NominationStage at = stageOf(nomination, stage);
        Program program = programOf(trainingClass);
        if (nomination.planId() != null) {
            nominations.lockAllocation(nomination.planId(), nomination.unitId());
        }
        // No closure: an open nomination of a closed unit follows its cadre to the successor, and may be decided meanwhile.
        check(nomination.id(), nomination.cadreId(), cadres.replicated(nomination.cadreId()), trainingClass, program,
                nomination.unitId(), nomination.planId(), Optional.empty());
        Instant now = clock.instant();
        String key = nomination.cadreId().toString();
        outbox.append(EventTypes.NOMINATION_APPROVED, key, new NominationApproved(nominationId.toString(), key,
                trainingClass.id().toString(), at, now));
        if (at == NominationStage.UNIT) {
            Nomination next = nomination.with(NominationStatus.PENDING_PROVINCE, null, now);
            nominations.update(next);
            return new Decision(next, null, null);
        }
        if (!trainingClass.isFull(enrollments.seatsTaken(trainingClass.id()))) {
            Nomination seated = seat(nomination, trainingClass, program, now);
            return new Decision(seated, null, ratioAfter(seated, trainingClass));
        }
        Nomination waiting = nomination.with(NominationStatus.WAITLISTED, null, now);
        nominations.update(waiting);
        int position = nominations.position(waiting);
        outbox.append(EventTypes.CADRE_WAITLISTED, key, new CadreWaitlisted(nominationId.toString(), key,
                trainingClass.id().toString(), position, now));
        return new Decision(waiting, position, null);
    }

    /** Rejects at the stage it waits for; a waitlisted nomination may also be taken off the list by the province. */
    @Transactional
    public Decision reject(UUID nominationId, NominationStage stage, String reason) {
        Nomination nomination = nominations.lock(nominationId)
                .orElseThrow(() -> DomainProblem.notFound("Nomination", nominationId.toString()));
        NominationStage at = nomination.status() == NominationStatus.WAITLISTED && (stage == null || stage == NominationStage.PROVINCE)
                ? nomination.status().rejectableAt() : stageOf(nomination, stage);
        Nomination rejected = nomination.with(NominationStatus.REJECTED, reason, clock.instant());
        nominations.update(rejected);
        String key = nomination.cadreId().toString();
        outbox.append(EventTypes.NOMINATION_REJECTED, key, new NominationRejected(nominationId.toString(), key,
                nomination.classId().toString(), at, reason, rejected.decidedAt()));
        return new Decision(rejected, null, null);
    }

    @Transactional(readOnly = true)
    public Decision get(UUID nominationId) {
        Nomination n = find(nominationId);
        return new Decision(n, n.status() == NominationStatus.WAITLISTED ? nominations.position(n) : null, null);
    }

    /**
     * Every reason a nomination of the cadre to the class by the unit (null: the cadre's) would be refused now, by the
     * rules and with the facts {@link #nominate} uses; writes nothing. The plan is the one that would govern it.
     * {@code wouldWaitlist}: the class is full now, so a province approval would put it on the waitlist (no refusal).
     */
    @Transactional(readOnly = true)
    public Eligibility eligibility(UUID cadreId, UUID classId, UUID unitId) {
        TrainingClass trainingClass = classes.find(classId)
                .orElseThrow(() -> DomainProblem.invalidField("classId", "no class with id " + classId));
        Optional<ReplicatedCadre> cadre = cadres.replicated(cadreId);
        UUID unit = unitId != null ? unitId : cadre.map(ReplicatedCadre::unitId).orElse(null);
        Program program = programOf(trainingClass);
        Optional<Closure> closure = units.closure(unit);
        // A closed unit governs by no plan of its own; nominate() stops before looking for one.
        UUID planId = closure.isPresent() ? null : planFor(null, trainingClass, program, unit);
        // A nomination id of its own, as nominate() draws one: no other nomination is this one.
        List<Refusal> refusals = EligibilityPolicy.refusals(facts(UUID.randomUUID(), cadreId, cadre, trainingClass, program, unit, planId,
                closure));
        boolean wouldWaitlist = trainingClass.isFull(enrollments.seatsTaken(trainingClass.id()));
        return new Eligibility(refusals, wouldWaitlist, unit, planId,
                planId == null ? null : plans.filledRatio(planId, trainingClass.mode(), 1));
    }

    /**
     * @param unitId the nominating unit the check was made for
     * @param ratio  the ratio rule on the governing plan's seats with this cadre seated, when a plan governs
     */
    public record Eligibility(List<Refusal> refusals, boolean wouldWaitlist, UUID unitId, UUID planId, RatioCheck ratio) {
        public boolean eligible() {
            return refusals.isEmpty();
        }
    }

    /**
     * A page of the nominations matching the search, oldest first, of the units {@code visible} covers. The unit
     * filter and the caller's scope are matched against the units that have nominated at all (a few hundred in a
     * province), and the page is then read in SQL with those units.
     */
    @Transactional(readOnly = true)
    public Page<Decision> search(NominationSearch search, UnitFilter visible, int page, int size) {
        List<UUID> unitIds = null;
        if (!visible.everywhere() || search.unitId() != null) {
            unitIds = nominations.nominatingUnits(search.classId()).stream()
                    .filter(visible::covers)
                    .filter(unit -> search.unitId() == null || unit.equals(search.unitId())
                            || search.includeSubunits() && units.isWithin(unit, search.unitId()))
                    .toList();
            if (unitIds.isEmpty()) {
                return Page.empty(page, size);
            }
        }
        long total = nominations.count(search, unitIds);
        List<Decision> items = total == 0 ? List.of() : nominations.search(search, unitIds, Page.offset(page, size), size).stream()
                .map(listed -> new Decision(listed.nomination(), listed.waitlistPosition(), null)).toList();
        return Page.of(items, page, size, total);
    }

    /**
     * A class's students and who waits for a seat: every enrollment (withdrawn ones too, by when they enrolled), the
     * waitlist in order (position = index + 1), and the promotions the waitlist made. {@code cadreUnits}: each listed
     * cadre's unit now, as the replica knows it (absent for one it does not).
     */
    public record Roster(TrainingClass trainingClass, int regulatoryCap, long seated, List<Enrollment> enrollments,
                         List<Nomination> waitlist, List<WaitlistPromotion> promotions, Map<UUID, UUID> cadreUnits) {
    }

    @Transactional(readOnly = true)
    public Roster roster(UUID classId) {
        TrainingClass trainingClass = classes.find(classId).orElseThrow(() -> DomainProblem.notFound("Class", classId.toString()));
        List<Enrollment> seats = enrollments.ofClass(classId);
        List<Nomination> waiting = nominations.waitlistOf(classId);
        List<WaitlistPromotion> promotions = nominations.promotionsOf(classId);
        Map<UUID, UUID> cadreUnits = new HashMap<>();
        java.util.stream.Stream.concat(seats.stream().map(Enrollment::cadreId), waiting.stream().map(Nomination::cadreId))
                .distinct().forEach(cadre -> cadres.replicated(cadre).ifPresent(c -> cadreUnits.put(cadre, c.unitId())));
        return new Roster(trainingClass, classes.regulatoryCap(programOf(trainingClass).category()),
                enrollments.seatsTaken(classId), seats, waiting, promotions, cadreUnits);
    }

    /** The withdrawn seat's nomination ends; then the first on the waitlist who may still go takes the seat. */
    @Override
    public void seatFreed(Enrollment withdrawn, TrainingClass trainingClass) {
        Instant now = clock.instant();
        if (withdrawn.nominationId() != null) {
            nominations.lock(withdrawn.nominationId())
                    .ifPresent(n -> nominations.update(n.with(NominationStatus.WITHDRAWN, "enrollment withdrawn", now)));
        }
        Program program = programOf(trainingClass);
        while (!trainingClass.isFull(enrollments.seatsTaken(trainingClass.id()))) {
            Optional<Nomination> first = nominations.lockFirstWaitlisted(trainingClass.id());
            if (first.isEmpty()) {
                return;
            }
            Nomination next = first.get();
            boolean active = cadres.replicated(next.cadreId()).map(ReplicatedCadre::isActive).orElse(false);
            if (active) {
                seat(next, trainingClass, program, now);
                nominations.markPromoted(next.id(), now);
            } else {
                Nomination dropped = next.with(NominationStatus.REJECTED, "no longer active when a seat came free", now);
                nominations.update(dropped);
                outbox.append(EventTypes.NOMINATION_REJECTED, next.cadreId().toString(), new NominationRejected(
                        next.id().toString(), next.cadreId().toString(), next.classId().toString(), NominationStage.PROVINCE,
                        dropped.reason(), now));
            }
        }
    }

    private Nomination seat(Nomination nomination, TrainingClass trainingClass, Program program, Instant now) {
        Enrollment enrollment = enrollments.seat(Enrollment.seat(nomination.cadreId(), trainingClass.id(), now, nomination.id(),
                nomination.unitId(), nomination.planId(), nomination.fundingSource(), nomination.cost()), trainingClass, program);
        Nomination seated = nomination.enrolledAs(enrollment.id(), now);
        nominations.update(seated);
        return seated;
    }

    private RatioCheck ratioAfter(Nomination seated, TrainingClass trainingClass) {
        return seated.planId() == null ? null : plans.filledRatio(seated.planId(), trainingClass.mode(), 0);
    }

    private void check(UUID nominationId, UUID cadreId, Optional<ReplicatedCadre> cadre, TrainingClass trainingClass,
                       Program program, UUID unitId, UUID planId, Optional<Closure> closure) {
        EligibilityPolicy.refusal(facts(nominationId, cadreId, cadre, trainingClass, program, unitId, planId, closure))
                .ifPresent(refusal -> {
                    throw problem(refusal);
                });
    }

    /** What the eligibility rules need, gathered alike for a nomination, an approval and a check beforehand. */
    private Facts facts(UUID nominationId, UUID cadreId, Optional<ReplicatedCadre> cadre, TrainingClass trainingClass,
                        Program program, UUID unitId, UUID planId, Optional<Closure> closure) {
        boolean inClass = nominations.inClass(cadreId, trainingClass.id(), nominationId);
        Optional<Allocation> allocation = Optional.empty();
        if (planId != null && unitId != null) {
            allocation = plans.quota(planId, program.id(), trainingClass.mode()).map(q -> new Allocation(planId, unitId,
                    q.allocations().getOrDefault(unitId, 0),
                    nominations.allocationUsed(planId, program.id(), trainingClass.mode(), unitId, nominationId)));
        }
        return new Facts(cadreId, cadre, program, trainingClass, inClass,
                // Only a concentrated class can clash; spare the query otherwise.
                cadre.isPresent() && trainingClass.mode() == StudyMode.CONCENTRATED
                        ? classes.concentratedClassesOf(cadreId, trainingClass.id()) : List.of(),
                allocation, closure);
    }

    /**
     * The plan named, which must cover the unit; or else the approved plan of the class's year that governs the unit's
     * nominations to the program × mode ({@link TrainingPlanning#governing}), if any.
     */
    private UUID planFor(UUID requested, TrainingClass trainingClass, Program program, UUID unitId) {
        if (requested != null) {
            TrainingPlan plan = plans.plan(requested);
            if (plan.status() != TrainingPlan.Status.APPROVED) {
                throw DomainProblem.invalidField("planId", "plan " + requested + " is not approved yet");
            }
            if (unitId != null && !plans.covers(requested, unitId)) {
                throw DomainProblem.invalidField("planId", "plan " + requested + " is the plan of unit " + plan.ownerUnitId()
                        + ", which unit " + unitId + " is not part of");
            }
            return plan.id();
        }
        return plans.governing(trainingClass.startDate().getYear(), program.id(), trainingClass.mode(), unitId).orElse(null);
    }

    // --- reorganizations ----------------------------------------------------------------------------------------------

    /**
     * A unit closed: its open nominations (not yet enrolled, rejected or withdrawn) pass to its successor; after a
     * split, to the successor the nominee was transferred to, or whose units include the nominee's. A nominee still
     * waiting for their transfer keeps the closed unit until it arrives ({@link #reassignTransferred}). The stage and
     * the approvals already given stay. Enrolled nominations keep the unit that sent the cadre: that is history.
     */
    @Transactional
    public int reassignOpenOf(Closure closure) {
        int reassigned = 0;
        for (Nomination nomination : nominations.lockOpenOfUnit(closure.unitId())) {
            Optional<UUID> successor = closure.singleSuccessor() ? Optional.of(closure.successors().get(0))
                    : cadres.replicated(nomination.cadreId()).map(ReplicatedCadre::unitId)
                    .flatMap(unit -> closure.successors().contains(unit) ? Optional.of(unit) : units.firstContaining(closure.successors(), unit));
            if (successor.isPresent()) {
                reassign(nomination, successor.get(), closure.reorganizationId());
                reassigned++;
            }
        }
        return reassigned;
    }

    /**
     * A cadre moved with their unit in a reorganization: their open nominations by the unit they left follow them to
     * the unit they joined, whichever of the reorganization's events arrives first.
     */
    @Transactional
    public int reassignTransferred(UUID cadreId, UUID fromUnitId, UUID toUnitId, String reorganizationId) {
        List<Nomination> open = nominations.lockOpenOfCadre(cadreId, fromUnitId);
        open.forEach(n -> reassign(n, toUnitId, reorganizationId));
        return open.size();
    }

    private void reassign(Nomination nomination, UUID successor, String reorganizationId) {
        if (successor.equals(nomination.unitId())) {
            return;
        }
        nominations.reassign(nomination.id(), successor);
        String key = nomination.cadreId().toString();
        outbox.append(EventTypes.NOMINATION_REASSIGNED, key, new NominationReassigned(nomination.id().toString(), key,
                nomination.classId().toString(), nomination.unitId().toString(), successor.toString(),
                nomination.planId() == null ? null : nomination.planId().toString(), reorganizationId, clock.instant()));
    }

    private static NominationStage stageOf(Nomination nomination, NominationStage requested) {
        NominationStage awaiting = nomination.status().awaiting();
        if (awaiting == null) {
            throw new DomainProblem(HttpStatus.CONFLICT, "nomination-decided", "Nomination already decided", null,
                    "Nomination " + nomination.id() + " is " + nomination.status() + "; it awaits no decision");
        }
        if (requested != null && requested != awaiting) {
            throw new DomainProblem(HttpStatus.CONFLICT, "wrong-stage", "Not at this stage", "stage", "Nomination "
                    + nomination.id() + " awaits the " + awaiting + " decision, not the " + requested + " one");
        }
        return awaiting;
    }

    private Nomination find(UUID id) {
        return nominations.find(id).orElseThrow(() -> DomainProblem.notFound("Nomination", id.toString()));
    }

    private Program programOf(TrainingClass trainingClass) {
        return programs.find(trainingClass.programId())
                .orElseThrow(() -> new IllegalStateException("Class " + trainingClass.id() + " names a missing program"));
    }

    /** The problem a refusal is answered with: the same for a nomination refused and for the check beforehand. */
    public static DomainProblem problem(Refusal refusal) {
        String type = refusal.reason().type();
        return switch (refusal.reason()) {
            case UNIT_CLOSED -> DomainProblem.unprocessable(type, "Unit closed", refusal.field(), refusal.detail());
            case ALREADY_ENROLLED -> new DomainProblem(HttpStatus.CONFLICT, type, "Already enrolled", refusal.field(), refusal.detail());
            case CLASS_NOT_OPEN -> new DomainProblem(HttpStatus.CONFLICT, type, "Class not open", refusal.field(), refusal.detail());
            case CADRE_NOT_KNOWN -> DomainProblem.unprocessable(type, "Cadre not known", refusal.field(), refusal.detail());
            case CADRE_NOT_ACTIVE -> DomainProblem.unprocessable(type, "Cadre not active", refusal.field(), refusal.detail());
            case ALREADY_HOLDS_LEVEL -> DomainProblem.unprocessable(type, "Already holds the level", refusal.field(), refusal.detail());
            case PREREQUISITE_MISSING -> DomainProblem.unprocessable(type, "Prerequisite missing", refusal.field(), refusal.detail());
            case CONCENTRATED_CLASH -> DomainProblem.unprocessable(type, "Clashes with a concentrated class", refusal.field(), refusal.detail());
            case ALLOCATION_USED_UP -> DomainProblem.unprocessable(type, "Unit allocation used up", refusal.field(), refusal.detail());
        };
    }
}
