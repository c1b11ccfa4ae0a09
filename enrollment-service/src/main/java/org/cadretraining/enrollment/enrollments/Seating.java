package org.cadretraining.enrollment.enrollments;

import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Gives a seat and publishes {@code CadreEnrolled} in the caller's transaction. Callers hold the class's lock and have
 * checked that a seat is free: direct enrollment, province approval and waitlist promotion all end here (the last two
 * through {@link EnrollmentService#seat}).
 */
@Component
class Seating {
    private final EnrollmentRepository enrollments;
    private final Outbox outbox;

    Seating(EnrollmentRepository enrollments, Outbox outbox) {
        this.enrollments = enrollments;
        this.outbox = outbox;
    }

    public Enrollment seat(Enrollment enrollment, TrainingClass trainingClass, Program program) {
        enrollments.insert(enrollment);
        String key = enrollment.cadreId().toString();
        outbox.append(EventTypes.CADRE_ENROLLED, key, new CadreEnrolled(enrollment.id().toString(), key,
                trainingClass.id().toString(), program.id().toString(), program.category(), trainingClass.mode(),
                trainingClass.startDate(), trainingClass.endDate(), program.confers(), enrollment.enrolledAt(),
                text(enrollment.unitId()), text(enrollment.nominationId()), text(enrollment.planId()),
                enrollment.fundingSource()));
        return enrollment;
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }
}
