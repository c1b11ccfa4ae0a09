package org.cadretraining.reporting.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;

/**
 * Everything reporting knows of one cadre, folded from the registry's and enrollment's events for that cadre. Every
 * step is idempotent on its own (a set, not an increment), and the ids of recent events are kept as a second guard,
 * so a redelivered event leaves the state as it was.
 */
public record CadreProgress(String cadreId, boolean registered, String unitId, String fullName, Gender gender,
                            LocalDate birthDate, boolean ethnicMinority, ManagementTier managementTier, CadreStatus status,
                            QualificationLevels levels, Map<String, EnrollmentState> enrollments, List<String> recentEventIds) {
    static final int REMEMBERED_EVENTS = 64;

    public static CadreProgress empty(String cadreId) {
        return new CadreProgress(cadreId, false, null, null, null, null, false, null, null, QualificationLevels.NONE,
                Map.of(), List.of());
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
        CadreProgress next = this;
        if (event instanceof CadreRegistered e) {
            next = new CadreProgress(cadreId, true, e.unitId(), e.fullName(), e.gender(), e.birthDate(),
                    e.ethnicMinority(), e.managementTier(), e.status(), e.levels(), enrollments, recentEventIds);
        } else if (event instanceof CadreTransferred e) {
            next = withUnit(e.toUnitId());
        } else if (event instanceof CadreQualificationRecorded e) {
            next = withLevels(levels.with(e.ladder(), e.currentLevel()));
        } else if (event instanceof CadreEnrolled e) {
            next = withEnrollment(new EnrollmentState(e.enrollmentId(), e.classId(), e.programId(), e.programCategory(),
                    e.mode(), e.startDate(), e.expectedEndDate(), e.confers(), EnrollmentState.Status.ENROLLED, null));
        } else if (event instanceof CourseGraduated e) {
            next = graduated(e);
        }
        return next.remember(eventId);
    }

    private CadreProgress graduated(CourseGraduated e) {
        EnrollmentState known = enrollments.get(e.enrollmentId());
        EnrollmentState closed = known != null
                ? new EnrollmentState(known.enrollmentId(), known.classId(), known.programId(), known.programCategory(),
                known.mode(), known.startDate(), known.expectedEndDate(), e.confers(), EnrollmentState.Status.GRADUATED,
                e.graduatedOn())
                : new EnrollmentState(e.enrollmentId(), e.classId(), e.programId(), e.programCategory(), e.mode(), null,
                null, e.confers(), EnrollmentState.Status.GRADUATED, e.graduatedOn());
        Map<String, EnrollmentState> next = new LinkedHashMap<>(enrollments);
        next.put(e.enrollmentId(), closed);
        return new CadreProgress(cadreId, registered, unitId, fullName, gender, birthDate, ethnicMinority, managementTier,
                status, levels, next, recentEventIds);
    }

    private CadreProgress withEnrollment(EnrollmentState enrollment) {
        EnrollmentState known = enrollments.get(enrollment.enrollmentId());
        if (known != null && known.status().isFinal()) {
            return this;
        }
        Map<String, EnrollmentState> next = new LinkedHashMap<>(enrollments);
        next.put(enrollment.enrollmentId(), enrollment);
        return new CadreProgress(cadreId, registered, unitId, fullName, gender, birthDate, ethnicMinority, managementTier,
                status, levels, next, recentEventIds);
    }

    private CadreProgress withUnit(String newUnitId) {
        return new CadreProgress(cadreId, registered, newUnitId, fullName, gender, birthDate, ethnicMinority,
                managementTier, status, levels, enrollments, recentEventIds);
    }

    private CadreProgress withLevels(QualificationLevels newLevels) {
        return new CadreProgress(cadreId, registered, unitId, fullName, gender, birthDate, ethnicMinority,
                managementTier, status, newLevels, enrollments, recentEventIds);
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
                status, levels, enrollments, List.copyOf(ids));
    }
}
