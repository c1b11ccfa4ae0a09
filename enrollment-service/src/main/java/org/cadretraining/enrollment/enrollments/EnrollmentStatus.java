package org.cadretraining.enrollment.enrollments;

import org.cadretraining.events.vocabulary.CourseOutcome;

/** Where a cadre's seat in a class stands. */
public enum EnrollmentStatus {
    ENROLLED,
    GRADUATED,
    FAILED,
    DROPPED_OUT,
    /** Left before the class ended; the seat went back to the class (and to the first on its waitlist). */
    WITHDRAWN;

    /** Whether the enrollment counts against the class's capacity; a graduate keeps their place in the cohort. */
    public boolean takesSeat() {
        return this != WITHDRAWN;
    }

    /** Whether a result has been recorded; only an ENROLLED seat is still waiting for one. */
    public boolean hasOutcome() {
        return this == GRADUATED || this == FAILED || this == DROPPED_OUT;
    }

    public static EnrollmentStatus of(CourseOutcome outcome) {
        return outcome == CourseOutcome.FAILED ? FAILED : DROPPED_OUT;
    }
}
