package org.cadretraining.enrollment.enrollments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.enrollment.classes.TrainingClass;

/**
 * Who may take a seat in a class and when an enrollment may be graduated. Each refusal carries a reason of its own,
 * the field at fault and a detail an official can act on.
 */
public final class EnrollmentPolicy {
    private EnrollmentPolicy() {
    }

    public enum Reason {
        CADRE_NOT_KNOWN, CADRE_NOT_ACTIVE, ALREADY_ENROLLED, CLASS_FULL, CLASS_CLOSED,
        ALREADY_GRADUATED, GRADUATED_BEFORE_START, GRADUATED_IN_FUTURE, RESULT_ALREADY_RECORDED, NOT_ENROLLED,
        INVALID_RESULT;

        /** The stable problem type, e.g. {@code class-full}. */
        public String type() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public record Refusal(Reason reason, String field, String detail) {
    }

    /**
     * @param cadre       the cadre as replicated here, or empty when no registry event about it has arrived
     * @param seatsTaken  seats of the class taken now, counted under the class's lock
     */
    public static Optional<Refusal> refusalToEnroll(UUID cadreId, Optional<ReplicatedCadre> cadre, TrainingClass trainingClass,
                                                    boolean alreadyEnrolled, long seatsTaken) {
        if (cadre.isEmpty()) {
            return Optional.of(new Refusal(Reason.CADRE_NOT_KNOWN, "cadreId", "Cadre " + cadreId
                    + " is not known to the enrollment service. If the registry has just registered them, its event may"
                    + " not have arrived yet: try again in a moment; otherwise check the id in the registry."));
        }
        if (!cadre.get().isActive()) {
            return Optional.of(new Refusal(Reason.CADRE_NOT_ACTIVE, "cadreId", "Cadre " + cadreId + " is "
                    + cadre.get().statusText() + " in the registry; only ACTIVE cadres can be enrolled"));
        }
        if (!trainingClass.status().seatsCanBeGiven()) {
            return Optional.of(new Refusal(Reason.CLASS_CLOSED, "classId", "Class " + trainingClass.id() + " is "
                    + trainingClass.status() + " and takes no more students"));
        }
        if (alreadyEnrolled) {
            return Optional.of(new Refusal(Reason.ALREADY_ENROLLED, "cadreId", "Cadre " + cadreId
                    + " is already enrolled in class " + trainingClass.id()));
        }
        if (trainingClass.isFull(seatsTaken)) {
            return Optional.of(new Refusal(Reason.CLASS_FULL, "classId", "Class " + trainingClass.id() + " (" + trainingClass.cohort()
                    + ") has all " + trainingClass.capacity() + " seats taken"));
        }
        return Optional.empty();
    }

    /** Why a result may not be recorded for the enrollment, or empty when it may. */
    public static Optional<Refusal> refusalToRecord(Enrollment enrollment, TrainingClass trainingClass, Result result,
                                                    LocalDate today) {
        if (result.outcome() == null || !result.outcome().hasOutcome()) {
            return Optional.of(new Refusal(Reason.INVALID_RESULT, "outcome", "outcome: must be one of GRADUATED, FAILED, DROPPED_OUT"));
        }
        if (result.attendancePercent() != null && (result.attendancePercent() < 0 || result.attendancePercent() > 100)) {
            return Optional.of(new Refusal(Reason.INVALID_RESULT, "attendancePercent", "attendancePercent: must be between 0 and 100"));
        }
        if (result.finalGrade() != null && (result.finalGrade().signum() < 0 || result.finalGrade().compareTo(BigDecimal.TEN) > 0)) {
            return Optional.of(new Refusal(Reason.INVALID_RESULT, "finalGrade", "finalGrade: must be between 0 and 10"));
        }
        if (enrollment.status() == EnrollmentStatus.WITHDRAWN) {
            return Optional.of(new Refusal(Reason.NOT_ENROLLED, null, "Enrollment " + enrollment.id() + " was withdrawn on "
                    + enrollment.endedOn() + "; it takes no result"));
        }
        if (enrollment.status().hasOutcome()) {
            return Optional.of(new Refusal(enrollment.status() == EnrollmentStatus.GRADUATED ? Reason.ALREADY_GRADUATED
                    : Reason.RESULT_ALREADY_RECORDED, null, "Enrollment " + enrollment.id() + " already has its result: "
                    + enrollment.status() + (enrollment.endedOn() == null ? "" : " on " + enrollment.endedOn())));
        }
        if (trainingClass.status() == org.cadretraining.enrollment.classes.ClassStatus.CANCELLED) {
            return Optional.of(new Refusal(Reason.CLASS_CLOSED, null, "Class " + trainingClass.id() + " was cancelled"));
        }
        if (result.on().isBefore(trainingClass.startDate())) {
            String field = result.outcome() == EnrollmentStatus.GRADUATED ? "graduatedOn" : "endedOn";
            return Optional.of(new Refusal(Reason.GRADUATED_BEFORE_START, field, field + ": " + result.on()
                    + " is before the class started on " + trainingClass.startDate()));
        }
        if (result.on().isAfter(today)) {
            String field = result.outcome() == EnrollmentStatus.GRADUATED ? "graduatedOn" : "endedOn";
            return Optional.of(new Refusal(Reason.GRADUATED_IN_FUTURE, field, field + ": " + result.on()
                    + " is in the future; record a result once it has happened"));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> refusalToGraduate(Enrollment enrollment, TrainingClass trainingClass, LocalDate graduatedOn,
                                                      LocalDate today) {
        if (enrollment.status() == EnrollmentStatus.GRADUATED) {
            return Optional.of(new Refusal(Reason.ALREADY_GRADUATED, null, "Enrollment " + enrollment.id()
                    + " already graduated on " + enrollment.graduatedOn()));
        }
        if (enrollment.status() != EnrollmentStatus.ENROLLED) {
            return refusalToRecord(enrollment, trainingClass, new Result(EnrollmentStatus.GRADUATED, null, null, null, graduatedOn), today);
        }
        if (graduatedOn.isBefore(trainingClass.startDate())) {
            return Optional.of(new Refusal(Reason.GRADUATED_BEFORE_START, "graduatedOn", "graduatedOn: " + graduatedOn
                    + " is before the class started on " + trainingClass.startDate()));
        }
        if (graduatedOn.isAfter(today)) {
            return Optional.of(new Refusal(Reason.GRADUATED_IN_FUTURE, "graduatedOn", "graduatedOn: " + graduatedOn
                    + " is in the future; record a graduation once it has happened"));
        }
        return Optional.empty();
    }
}
