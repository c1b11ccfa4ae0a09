package org.cadretraining.enrollment.enrollments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A cadre's seat in a class, and its outcome once there is one. */
public record Enrollment(UUID id, UUID cadreId, UUID classId, EnrollmentStatus status, Instant enrolledAt,
                         LocalDate graduatedOn, String certificateNumber) {

    public static Enrollment enroll(UUID cadreId, UUID classId, Instant now) {
        return new Enrollment(UUID.randomUUID(), cadreId, classId, EnrollmentStatus.ENROLLED, now, null, null);
    }

    public Enrollment graduate(LocalDate on, String certificate) {
        return new Enrollment(id, cadreId, classId, EnrollmentStatus.GRADUATED, enrolledAt, on, certificate);
    }
}
