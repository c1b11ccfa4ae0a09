package org.cadretraining.reporting.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.CourseFailed;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.enrollment.EnrollmentWithdrawn;
import org.cadretraining.events.registry.CadreDeparted;
import org.cadretraining.events.registry.CadreProfileUpdated;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.CourseOutcome;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;

/**
 * Everything reporting knows of one cadre, folded from the registry's and enrollment's events for that cadre. Every
 * step is idempotent on its own (a set, not an increment), and the ids of recent events are kept as a second guard,
 * so a redelivered event leaves the state as it was.
 */
public record CadreProgress(String cadreId, boolean registered, String unitId, String fullName, Gender gender,
                            LocalDate birthDate, boolean ethnicMinority, ManagementTier managementTier, CadreStatus status,
                            String position, List<CommitteeMembership> committeeMemberships,
                            QualificationLevels levels, Map<String, EnrollmentState> enrollments, List<String> recentEventIds,
                            List<DatedFact> timeline) {
    static final int REMEMBERED_EVENTS = 64;

    public CadreProgress {
        committeeMemberships = committeeMemberships == null ? List.of() : List.copyOf(committeeMemberships);
        enrollments = enrollments == null ? Map.of() : enrollments;
        recentEventIds = recentEventIds == null ? List.of() : recentEventIds;
        timeline = timeline == null ? List.of() : timeline;
    }

    /** A cadre as folded before the dated timeline was kept. */
    public CadreProgress(String cadreId, boolean registered, String unitId, String fullName, Gender gender,
                         LocalDate birthDate, boolean ethnicMinority, ManagementTier managementTier, CadreStatus status,
                         String position, List<CommitteeMembership> committeeMemberships,
                         QualificationLevels levels, Map<String, EnrollmentState> enrollments, List<String> recentEventIds) {
        this(cadreId, registered, unitId, fullName, gender, birthDate, ethnicMinority, managementTier, status, position,
                committeeMemberships, levels, enrollments, recentEventIds, List.of());
    }

    public static CadreProgress empty(String cadreId) {
        return new CadreProgress(cadreId, false, null, null, null, null, false, null, null, null, List.of(),
                QualificationLevels.NONE, Map.of(), List.of(), List.of());
    }

    /**
     * This cadre as they stood on each day one of their facts took effect, in effective-date order (facts of one day
     * in the order they arrived): the key is the first day of each state, which holds until the next key.
     */
    public java.util.NavigableMap<LocalDate, CadreProgress> history() {
        java.util.NavigableMap<LocalDate, CadreProgress> states = new java.util.TreeMap<>();
        CadreProgress state = empty(cadreId);
        for (DatedFact fact : DatedFact.inEffectiveOrder(timeline)) {
            state = state.applyDated(fact.event(), timeline);
            states.put(fact.on(), state);
        }
        return states;
    }

    /**
     * The ladders whose level at {@code registration} came with records of their own, dated: the registry publishes
     * each record a registration brings, at the registration's instant. Their award days say when each level was
     * reached, so the registration's level, which is the one held when it was made, must not date back to the day
     * service began. A record added later (a new award) is no explanation of the registration's level.
     */
    private static java.util.Set<Ladder> laddersDatedByRecords(CadreRegistered registration, List<DatedFact> timeline) {
        java.util.Set<Ladder> ladders = java.util.EnumSet.noneOf(Ladder.class);
        for (DatedFact fact : timeline) {
            if ("CadreQualificationRecorded".equals(fact.type()) && fact.event() instanceof CadreQualificationRecorded e
                    && e.ladder() != null && (e.awardedOn() != null || e.year() != null)
                    && registration.registeredAt() != null && registration.registeredAt().equals(e.recordedAt())) {
                ladders.add(e.ladder());
            }
        }
        return ladders;
    }

    /**
     * As {@link #apply}, for the dated fold: a qualification record raises the level to the one it records, not to
     * the registry's current level at the time it was recorded (history loaded late would otherwise date a later
     * level back).
     */
    private CadreProgress applyDated(Object event, List<DatedFact> timeline) {
        java.util.Set<Ladder> dated = event instanceof CadreRegistered r ? laddersDatedByRecords(r, timeline) : java.util.Set.of();
        if (event instanceof CadreRegistered e && e.levels() != null && !dated.isEmpty()) {
            // The registration carries the levels held when it was made, later awards included; where dated records
            // exist for a ladder they say what was held on the day service began, so the level is theirs so far.
            QualificationLevels then = e.levels();
            for (Ladder ladder : dated) {
                then = then.with(ladder, levels.level(ladder));
            }
            CadreProgress registeredState = fold(event);
            return registeredState.with(registeredState.unitId, registeredState.status, then, registeredState.enrollments);
        }
        // A ladder this version does not know raises nothing it reports on.
        if (event instanceof CadreQualificationRecorded e && e.level() != null && e.ladder() != null) {
            String held = levels.level(e.ladder());
            String level = e.ladder().rank(e.level()) > e.ladder().rank(held) ? e.level() : held;
            return with(unitId, status, levels.with(e.ladder(), level), enrollments);
        }
        return fold(event);
    }

    /** Counted in unit figures: on the register and still serving. */
    public boolean counted() {
        return registered && status == CadreStatus.ACTIVE && unitId != null;
    }

    public List<EnrollmentState> currentEnrollments() {
        return enrollments.values().stream().filter(EnrollmentState::active).toList();
    }

    public List<EnrollmentState> graduations() {
        return enrollments.values().stream().filter(e -> e.status() == EnrollmentState.Status.GRADUATED).toList();
    }

    public CadreProgress apply(String eventId, Object event) {
        if (eventId != null && recentEventIds.contains(eventId)) {
            return this;
        }
        return fold(event).remember(eventId).dated(eventId, event);
    }

    /** The state with one event applied, whatever its date. */
    private CadreProgress fold(Object event) {
        CadreProgress next = this;
        if (event instanceof CadreRegistered e) {
            next = new CadreProgress(cadreId, true, e.unitId(), e.fullName(), e.gender(), e.birthDate(), e.ethnicMinority(),
                    e.managementTier(), e.status(), e.position(), e.committeeMemberships(), e.levels(), enrollments, recentEventIds, timeline);
        } else if (event instanceof CadreProfileUpdated e) {
            next = new CadreProgress(cadreId, registered, unitId, e.fullName(), e.gender(), e.birthDate(), e.ethnicMinority(),
                    e.managementTier(), status, e.position(),
                    e.committeeMemberships() == null ? committeeMemberships : e.committeeMemberships(), levels, enrollments, recentEventIds,
                    timeline);
        } else if (event instanceof CadreTransferred e) {
            next = with(e.toUnitId(), status, levels, enrollments);
        } else if (event instanceof CadreDeparted e) {
            next = with(unitId, e.status(), levels, enrollments);
        } else if (event instanceof CadreQualificationRecorded e) {
            next = with(unitId, status, levelsAfter(e), enrollments);
        } else if (event instanceof CadreEnrolled e) {
            next = opened(new EnrollmentState(e.enrollmentId(), e.classId(), e.programId(), e.programCategory(), e.mode(),
                    e.startDate(), e.expectedEndDate(), e.confers(), EnrollmentState.Status.ENROLLED, null,
                    e.unitId() != null ? e.unitId() : unitId, e.planId(), e.fundingSource()));
        } else if (event instanceof CourseGraduated e) {
            next = closed(e.enrollmentId(), EnrollmentState.Status.GRADUATED, e.graduatedOn(), () -> new EnrollmentState(
                    e.enrollmentId(), e.classId(), e.programId(), e.programCategory(), e.mode(), null, null, e.confers(),
                    EnrollmentState.Status.ENROLLED, null, unitId, null, null));
        } else if (event instanceof CourseFailed e) {
            next = closed(e.enrollmentId(), e.outcome() == CourseOutcome.FAILED ? EnrollmentState.Status.FAILED
                    : EnrollmentState.Status.DROPPED_OUT, e.endedOn(), null);
        } else if (event instanceof EnrollmentWithdrawn e) {
            next = closed(e.enrollmentId(), EnrollmentState.Status.WITHDRAWN, e.withdrawnOn(), null);
        }
        return next;
    }

    /** The timeline with the fact added, if it is one that changes what the dated views count. */
    /** The levels after a qualification record: unchanged for a ladder this version does not know. */
    private QualificationLevels levelsAfter(CadreQualificationRecorded record) {
        return record.ladder() == null ? levels : levels.with(record.ladder(), record.currentLevel());
    }

    private CadreProgress dated(String eventId, Object event) {
        List<DatedFact> next = DatedFact.add(timeline, eventId, event);
        return next == timeline ? this : new CadreProgress(cadreId, registered, unitId, fullName, gender, birthDate,
                ethnicMinority, managementTier, status, position, committeeMemberships, levels, enrollments, recentEventIds, next);
    }

    private CadreProgress opened(EnrollmentState enrollment) {
        EnrollmentState known = enrollments.get(enrollment.enrollmentId());
        if (known != null && known.status().isFinal()) {
            return this;
        }
        Map<String, EnrollmentState> next = new LinkedHashMap<>(enrollments);
        next.put(enrollment.enrollmentId(), enrollment);
        return with(unitId, status, levels, next);
    }

    private CadreProgress closed(String enrollmentId, EnrollmentState.Status newStatus, LocalDate on,
                                 java.util.function.Supplier<EnrollmentState> unknown) {
        EnrollmentState known = enrollments.get(enrollmentId);
        if (known == null) {
            if (unknown == null) {
                return this;
            }
            known = unknown.get();
        }
        Map<String, EnrollmentState> next = new LinkedHashMap<>(enrollments);
        next.put(enrollmentId, known.close(newStatus, on));
        return with(unitId, status, levels, next);
    }

    private CadreProgress with(String newUnitId, CadreStatus newStatus, QualificationLevels newLevels,
                               Map<String, EnrollmentState> newEnrollments) {
        return new CadreProgress(cadreId, registered, newUnitId, fullName, gender, birthDate, ethnicMinority, managementTier,
                newStatus, position, committeeMemberships, newLevels, newEnrollments, recentEventIds, timeline);
    }

    private CadreProgress remember(String eventId) {
        if (eventId == null) {
            return this;
        }
        List<String> ids = new ArrayList<>(recentEventIds);
        ids.add(eventId);
        if (ids.size() > REMEMBERED_EVENTS) {
            ids = ids.subList(ids.size() - REMEMBERED_EVENTS, ids.size());
        }
        return new CadreProgress(cadreId, registered, unitId, fullName, gender, birthDate, ethnicMinority, managementTier,
                status, position, committeeMemberships, levels, enrollments, List.copyOf(ids), timeline);
    }
}
