package org.cadretraining.reporting.views;

import java.time.LocalDate;

import org.cadretraining.events.enrollment.ClassScheduled;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/** A class with its students counted: the unit of the class statistics. */
public record ClassView(String classId, String programId, String programCode, String programName,
                        ProgramCategory programCategory, StudyMode mode, String cohort, String provider,
                        LocalDate startDate, LocalDate endDate, int capacity, String status,
                        long students, long graduated, long failed, long withdrawn) {

    public static ClassView empty(String classId) {
        return new ClassView(classId, null, null, null, null, null, null, null, null, null, 0, null, 0, 0, 0, 0);
    }

    /** Known from its ClassScheduled: deltas for students may arrive before it. */
    public boolean scheduled() {
        return programId != null;
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** This class as one unit's share of it: that unit's students only, and no capacity to fill. */
    public ClassView sentBy(ClassChange.Delta unitCounts) {
        return new ClassView(classId, programId, programCode, programName, programCategory, mode, cohort, provider,
                startDate, endDate, 0, status, unitCounts.students(), unitCounts.graduated(), unitCounts.failed(),
                unitCounts.withdrawn());
    }

    /** This class with the given counts, its capacity kept: the class as a whole as of a day. */
    public ClassView withCounts(ClassChange.Delta counts) {
        return new ClassView(classId, programId, programCode, programName, programCategory, mode, cohort, provider,
                startDate, endDate, capacity, status, counts.students(), counts.graduated(), counts.failed(), counts.withdrawn());
    }

    public ClassView withStatus(String newStatus) {
        return new ClassView(classId, programId, programCode, programName, programCategory, mode, cohort, provider,
                startDate, endDate, capacity, newStatus, students, graduated, failed, withdrawn);
    }

    /**
     * The status the class had at the end of {@code day}, as far as its dates tell: scheduled before its start, in
     * progress until its end, completed after, if it was completed; a cancelled class stays cancelled.
     */
    public String statusOn(LocalDate day) {
        if (cancelled() || status == null) {
            return status;
        }
        if (startDate != null && day.isBefore(startDate)) {
            return "SCHEDULED";
        }
        if ("COMPLETED".equals(status) && (endDate == null || !day.isBefore(endDate))) {
            return status;
        }
        return "COMPLETED".equals(status) || "IN_PROGRESS".equals(status) ? "IN_PROGRESS" : status;
    }

    public ClassView apply(ClassChange change) {
        ClassView next = this;
        if (change.scheduled() != null) {
            ClassScheduled s = change.scheduled();
            next = new ClassView(classId, s.programId(), s.programCode(), s.programName(), s.programCategory(), s.mode(),
                    s.cohort(), s.provider(), s.startDate(), s.endDate(), s.capacity(),
                    status == null ? "SCHEDULED" : status, students, graduated, failed, withdrawn);
        }
        if (change.status() != null) {
            next = new ClassView(classId, next.programId, next.programCode, next.programName, next.programCategory,
                    next.mode, next.cohort, next.provider, next.startDate, next.endDate, next.capacity, change.status(),
                    next.students, next.graduated, next.failed, next.withdrawn);
        }
        if (change.delta() != null) {
            ClassChange.Delta d = change.delta();
            next = new ClassView(classId, next.programId, next.programCode, next.programName, next.programCategory,
                    next.mode, next.cohort, next.provider, next.startDate, next.endDate, next.capacity, next.status,
                    next.students + d.students(), next.graduated + d.graduated(), next.failed + d.failed(),
                    next.withdrawn + d.withdrawn());
        }
        return next;
    }
}
