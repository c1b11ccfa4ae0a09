package org.cadretraining.enrollment.enrollments;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A provider's result for one student: the outcome (GRADUATED, FAILED or DROPPED_OUT), attendance in percent, the
 * final grade on the 10-point scale, the certificate number of a graduate, and the date ({@code on} null = today).
 */
public record Result(EnrollmentStatus outcome, Integer attendancePercent, BigDecimal finalGrade, String certificateNumber,
                     LocalDate on) {
}
