package org.cadretraining.reporting.views;

import java.time.LocalDate;

import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/** One of a cadre's enrollments, as reporting follows it. */
public record EnrollmentState(String enrollmentId, String classId, String programId, ProgramCategory programCategory,
                              StudyMode mode, LocalDate startDate, LocalDate expectedEndDate, ConferredLevel confers,
                              Status status, LocalDate closedOn, String unitId, String planId, FundingSource fundingSource) {
    public enum Status {
        /**
         * DROPPED_OUT: sent, took the seat, and left the class before its end. Sent all the same: plan fulfilment counts
         * the cadres who were sent, as enrollment does; only a withdrawal gives the seat back as if never taken.
         */
        ENROLLED, GRADUATED, FAILED, WITHDRAWN, DROPPED_OUT;

        /** Once closed, an enrollment never reopens: a late duplicate of its opening event changes nothing. */
        boolean isFinal() {
            return this != ENROLLED;
        }
    }

    public boolean active() {
        return status == Status.ENROLLED;
    }

    /** Took a seat and kept it: counts as sent and as a student, whatever the result. */
    public boolean tookSeat() {
        return status != Status.WITHDRAWN;
    }

    EnrollmentState close(Status newStatus, LocalDate on) {
        return new EnrollmentState(enrollmentId, classId, programId, programCategory, mode, startDate, expectedEndDate,
                confers, newStatus, on, unitId, planId, fundingSource);
    }
}
