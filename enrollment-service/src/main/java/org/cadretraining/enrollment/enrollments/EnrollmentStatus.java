package org.cadretraining.enrollment.enrollments;

/** Where a cadre's seat in a class stands. Withdrawal and failure come with their events in a later issue. */
public enum EnrollmentStatus {
    ENROLLED,
    GRADUATED;

    /** Whether the enrollment counts against the class's capacity; a graduate keeps their place in the cohort. */
    public boolean takesSeat() {
        return true;
    }
}
