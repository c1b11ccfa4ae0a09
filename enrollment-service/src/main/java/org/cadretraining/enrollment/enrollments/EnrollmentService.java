package org.cadretraining.enrollment.enrollments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.CadreReplicaRepository;
import org.cadretraining.enrollment.classes.ClassRepository;
import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.enrollments.EnrollmentPolicy.Refusal;
import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.enrollment.programs.ProgramRepository;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats cadres in classes and graduates them, publishing {@code CadreEnrolled} and {@code CourseGraduated} keyed by
 * cadreId in the same transaction.
 */
@Service
public class EnrollmentService {
    private final EnrollmentRepository enrollments;
    private final ClassRepository classes;
    private final ProgramRepository programs;
    private final CadreReplicaRepository cadres;
    private final Outbox outbox;
    private final Clock clock;

    public EnrollmentService(EnrollmentRepository enrollments, ClassRepository classes, ProgramRepository programs,
                             CadreReplicaRepository cadres, Outbox outbox, Clock clock) {
        this.enrollments = enrollments;
        this.classes = classes;
        this.programs = programs;
        this.cadres = cadres;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Enrollment enroll(UUID cadreId, UUID classId) {
        TrainingClass trainingClass = classes.lockForSeating(classId)
                .orElseThrow(() -> DomainProblem.invalidField("classId", "no class with id " + classId));
        var cadre = cadres.find(cadreId);
        EnrollmentPolicy.refusalToEnroll(cadreId, cadre, trainingClass,
                        enrollments.isEnrolled(cadreId, classId), enrollments.taken(classId))
                .ifPresent(refusal -> {
                    throw problem(refusal);
                });
        Program program = programOf(trainingClass);
        Instant now = clock.instant();
        Enrollment enrollment = Enrollment.enroll(cadreId, classId, now);
        enrollments.insert(enrollment);
        String key = cadreId.toString();
        outbox.append(EventTypes.CADRE_ENROLLED, key, new CadreEnrolled(enrollment.id().toString(), key, classId.toString(),
                program.id().toString(), program.category(), trainingClass.mode(), trainingClass.startDate(),
                trainingClass.endDate(), program.confers(), now,
                cadre.map(c -> c.unitId().toString()).orElse(null), null, null, trainingClass.fundingSource()));
        return enrollment;
    }

    /** {@code graduatedOn} null means today, in the officials' time zone. */
    @Transactional
    public Enrollment graduate(UUID enrollmentId, String certificateNumber, LocalDate graduatedOn) {
        Enrollment enrollment = enrollments.lock(enrollmentId)
                .orElseThrow(() -> DomainProblem.notFound("Enrollment", enrollmentId.toString()));
        TrainingClass trainingClass = classes.find(enrollment.classId())
                .orElseThrow(() -> new IllegalStateException("Enrollment " + enrollmentId + " names a missing class"));
        LocalDate today = LocalDate.now(clock);
        LocalDate on = graduatedOn == null ? today : graduatedOn;
        EnrollmentPolicy.refusalToGraduate(enrollment, trainingClass, on, today).ifPresent(refusal -> {
            throw problem(refusal);
        });
        Enrollment graduated = enrollment.graduate(on, certificateNumber);
        enrollments.recordGraduation(graduated);
        Program program = programOf(trainingClass);
        String key = graduated.cadreId().toString();
        outbox.append(EventTypes.COURSE_GRADUATED, key, new CourseGraduated(graduated.id().toString(), key,
                trainingClass.id().toString(), program.id().toString(), program.category(), trainingClass.mode(),
                program.confers(), certificateNumber, on));
        return graduated;
    }

    @Transactional(readOnly = true)
    public Enrollment get(UUID id) {
        return enrollments.find(id).orElseThrow(() -> DomainProblem.notFound("Enrollment", id.toString()));
    }

    private Program programOf(TrainingClass trainingClass) {
        return programs.find(trainingClass.programId())
                .orElseThrow(() -> new IllegalStateException("Class " + trainingClass.id() + " names a missing program"));
    }

    static DomainProblem problem(Refusal refusal) {
        String type = refusal.reason().type();
        return switch (refusal.reason()) {
            case CADRE_NOT_KNOWN -> DomainProblem.unprocessable(type, "Cadre not known", refusal.field(), refusal.detail());
            case CADRE_NOT_ACTIVE -> DomainProblem.unprocessable(type, "Cadre not active", refusal.field(), refusal.detail());
            case ALREADY_ENROLLED -> new DomainProblem(HttpStatus.CONFLICT, type, "Already enrolled", refusal.field(), refusal.detail());
            case CLASS_FULL -> new DomainProblem(HttpStatus.CONFLICT, type, "Class full", refusal.field(), refusal.detail());
            case ALREADY_GRADUATED -> new DomainProblem(HttpStatus.CONFLICT, type, "Already graduated", refusal.field(), refusal.detail());
            case GRADUATED_BEFORE_START, GRADUATED_IN_FUTURE ->
                    new DomainProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", refusal.field(), refusal.detail());
        };
    }
}
