package org.cadretraining.enrollment.enrollments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.vocabulary.FundingSource;

/**
 * A cadre's seat in a class, and its outcome once there is one. {@code nominationId}, {@code unitId} and
 * {@code planId} say where the seat came from (null for a direct enrollment by the province); {@code cost} is in VND.
 */
public record Enrollment(UUID id, UUID cadreId, UUID classId, EnrollmentStatus status, Instant enrolledAt,
                         LocalDate graduatedOn, String certificateNumber, UUID nominationId, UUID unitId, UUID planId,
                         FundingSource fundingSource, BigDecimal cost, Integer attendancePercent, BigDecimal finalGrade,
                         LocalDate endedOn) {

    public Enrollment(UUID id, UUID cadreId, UUID classId, EnrollmentStatus status, Instant enrolledAt,
                      LocalDate graduatedOn, String certificateNumber) {
        this(id, cadreId, classId, status, enrolledAt, graduatedOn, certificateNumber, null, null, null, null, null, null,
                null, null);
    }

    public static Enrollment enroll(UUID cadreId, UUID classId, Instant now) {
        return new Enrollment(UUID.randomUUID(), cadreId, classId, EnrollmentStatus.ENROLLED, now, null, null);
    }

    public static Enrollment seat(UUID cadreId, UUID classId, Instant now, UUID nominationId, UUID unitId, UUID planId,
                                  FundingSource fundingSource, BigDecimal cost) {
        return new Enrollment(UUID.randomUUID(), cadreId, classId, EnrollmentStatus.ENROLLED, now, null, null, nominationId,
                unitId, planId, fundingSource, cost, null, null, null);
    }

    public Enrollment graduate(LocalDate on, String certificate) {
        return new Enrollment(id, cadreId, classId, EnrollmentStatus.GRADUATED, enrolledAt, on, certificate, nominationId,
                unitId, planId, fundingSource, cost, attendancePercent, finalGrade, on);
    }

    public Enrollment withResult(EnrollmentStatus outcome, LocalDate on, String certificate, Integer attendance,
                                 BigDecimal grade) {
        return new Enrollment(id, cadreId, classId, outcome, enrolledAt,
                outcome == EnrollmentStatus.GRADUATED ? on : null, outcome == EnrollmentStatus.GRADUATED ? certificate : null,
                nominationId, unitId, planId, fundingSource, cost, attendance, grade, on);
    }

    public Enrollment withdrawn(LocalDate on) {
        return new Enrollment(id, cadreId, classId, EnrollmentStatus.WITHDRAWN, enrolledAt, null, null, nominationId, unitId,
                planId, fundingSource, cost, attendancePercent, finalGrade, on);
    }

    public Enrollment withFunding(FundingSource source, BigDecimal amount) {
        return new Enrollment(id, cadreId, classId, status, enrolledAt, graduatedOn, certificateNumber, nominationId, unitId,
                planId, source, amount, attendancePercent, finalGrade, endedOn);
    }
}
