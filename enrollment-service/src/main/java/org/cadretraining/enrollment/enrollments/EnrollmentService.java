package org.cadretraining.enrollment.enrollments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.CadreDirectory;
import org.cadretraining.enrollment.classes.ClassDirectory;
import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.enrollments.EnrollmentPolicy.Refusal;
import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.enrollment.programs.ProgramCatalogue;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.CourseFailed;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.enrollment.EnrollmentWithdrawn;
import org.cadretraining.events.vocabulary.CourseOutcome;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats cadres in classes directly (the province's own enrollment, beside nominations), records results, and
 * withdraws, publishing each step keyed by cadreId in the same transaction. The enrollments feature's one way in for
 * the others: nominations seat their cadres and count seats through it.
 */
@Service
public class EnrollmentService {
    private final EnrollmentRepository enrollments;
    private final ClassDirectory classes;
    private final ProgramCatalogue programs;
    private final CadreDirectory cadres;
    private final Seating seating;
    // Nominations implement the waitlist and use this service: looked up on use, so that neither needs the other built first.
    private final ObjectProvider<Waitlist> waitlist;
    private final Outbox outbox;
    private final Clock clock;

    EnrollmentService(EnrollmentRepository enrollments, ClassDirectory classes, ProgramCatalogue programs,
                      CadreDirectory cadres, Seating seating, ObjectProvider<Waitlist> waitlist, Outbox outbox, Clock clock) {
        this.enrollments = enrollments;
        this.classes = classes;
        this.programs = programs;
        this.cadres = cadres;
        this.seating = seating;
        this.waitlist = waitlist;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Enrollment enroll(UUID cadreId, UUID classId) {
        TrainingClass trainingClass = classes.lockForSeating(classId)
                .orElseThrow(() -> DomainProblem.invalidField("classId", "no class with id " + classId));
        var cadre = cadres.replicated(cadreId);
        EnrollmentPolicy.refusalToEnroll(cadreId, cadre, trainingClass,
                        enrollments.isEnrolled(cadreId, classId), enrollments.taken(classId))
                .ifPresent(refusal -> {
                    throw problem(refusal);
                });
        Enrollment enrollment = Enrollment.seat(cadreId, classId, clock.instant(), null,
                cadre.map(c -> c.unitId()).orElse(null), null, trainingClass.fundingSource(), null);
        return seating.seat(enrollment, trainingClass, programOf(trainingClass));
    }

    /** {@code graduatedOn} null means today, in the officials' time zone. */
    @Transactional
    public Enrollment graduate(UUID enrollmentId, String certificateNumber, LocalDate graduatedOn) {
        return record(enrollmentId, new Result(EnrollmentStatus.GRADUATED, null, null, certificateNumber, graduatedOn));
    }

    /**
     * Records a provider's result: a graduation publishes {@code CourseGraduated} with the conferred level, a failure
     * or a drop-out {@code CourseFailed}. Attendance and grade are kept on the enrollment.
     */
    @Transactional
    public Enrollment record(UUID enrollmentId, Result result) {
        Enrollment enrollment = enrollments.lock(enrollmentId)
                .orElseThrow(() -> DomainProblem.notFound("Enrollment", enrollmentId.toString()));
        return record(enrollment, result);
    }

    /** The same, for an enrollment the caller has locked (the results upload). */
    Enrollment record(Enrollment enrollment, Result result) {
        TrainingClass trainingClass = classes.find(enrollment.classId())
                .orElseThrow(() -> new IllegalStateException("Enrollment " + enrollment.id() + " names a missing class"));
        LocalDate today = LocalDate.now(clock);
        Result dated = result.on() == null ? new Result(result.outcome(), result.attendancePercent(), result.finalGrade(),
                result.certificateNumber(), today) : result;
        EnrollmentPolicy.refusalToRecord(enrollment, trainingClass, dated, today).ifPresent(refusal -> {
            throw problem(refusal);
        });
        Enrollment recorded = enrollment.withResult(dated.outcome(), dated.on(), dated.certificateNumber(),
                dated.attendancePercent(), dated.finalGrade());
        enrollments.update(recorded);
        String key = recorded.cadreId().toString();
        if (recorded.status() == EnrollmentStatus.GRADUATED) {
            Program program = programOf(trainingClass);
            outbox.append(EventTypes.COURSE_GRADUATED, key, new CourseGraduated(recorded.id().toString(), key,
                    trainingClass.id().toString(), program.id().toString(), program.category(), trainingClass.mode(),
                    program.confers(), recorded.certificateNumber(), dated.on()));
        } else {
            outbox.append(EventTypes.COURSE_FAILED, key, new CourseFailed(recorded.id().toString(), key,
                    trainingClass.id().toString(), recorded.status() == EnrollmentStatus.FAILED ? CourseOutcome.FAILED
                    : CourseOutcome.DROPPED_OUT, dated.on()));
        }
        return recorded;
    }

    /**
     * Withdraws a student before the class ends and gives the freed seat to the first on the waitlist, all under the
     * class's lock so that no approval slips in between.
     */
    @Transactional
    public Enrollment withdraw(UUID enrollmentId, String reason) {
        Enrollment found = enrollments.find(enrollmentId)
                .orElseThrow(() -> DomainProblem.notFound("Enrollment", enrollmentId.toString()));
        TrainingClass trainingClass = classes.lockForSeating(found.classId()).orElseThrow();
        Enrollment enrollment = enrollments.lock(enrollmentId).orElseThrow();
        if (enrollment.status() != EnrollmentStatus.ENROLLED) {
            throw new DomainProblem(HttpStatus.CONFLICT, "not-enrolled", "Not enrolled", null, "Enrollment " + enrollmentId
                    + " is " + enrollment.status() + "; only a current seat can be withdrawn");
        }
        Enrollment withdrawn = release(enrollment, LocalDate.now(clock), reason);
        waitlist.getObject().seatFreed(withdrawn, trainingClass);
        return withdrawn;
    }

    /** Frees a seat without promoting anyone: the class's cancellation uses it for every seat. */
    public Enrollment release(Enrollment enrollment, LocalDate on, String reason) {
        Enrollment withdrawn = enrollment.withdrawn(on);
        enrollments.update(withdrawn);
        String key = withdrawn.cadreId().toString();
        outbox.append(EventTypes.ENROLLMENT_WITHDRAWN, key, new EnrollmentWithdrawn(withdrawn.id().toString(), key,
                withdrawn.classId().toString(), on, reason));
        return withdrawn;
    }

    /** Who pays for the seat and how much (VND); kept on the enrollment for the funding reports. */
    @Transactional
    public Enrollment fund(UUID enrollmentId, FundingSource source, BigDecimal cost) {
        Enrollment enrollment = enrollments.lock(enrollmentId)
                .orElseThrow(() -> DomainProblem.notFound("Enrollment", enrollmentId.toString()));
        Enrollment funded = enrollment.withFunding(source, cost);
        enrollments.update(funded);
        return funded;
    }

    @Transactional(readOnly = true)
    public Enrollment get(UUID id) {
        return enrollments.find(id).orElseThrow(() -> DomainProblem.notFound("Enrollment", id.toString()));
    }

    @Transactional(readOnly = true)
    public Optional<Enrollment> find(UUID id) {
        return enrollments.find(id);
    }

    @Transactional(readOnly = true)
    public List<Enrollment> ofClass(UUID classId) {
        return enrollments.ofClass(classId);
    }

    /** Seats of the class taken now; exact only under the class's lock. */
    @Transactional(readOnly = true)
    public long seatsTaken(UUID classId) {
        return enrollments.taken(classId);
    }

    /** Gives the seat a nomination won, in the caller's transaction, which holds the class's lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Enrollment seat(Enrollment enrollment, TrainingClass trainingClass, Program program) {
        return seating.seat(enrollment, trainingClass, program);
    }

    private Program programOf(TrainingClass trainingClass) {
        return programs.find(trainingClass.programId())
                .orElseThrow(() -> new IllegalStateException("Class " + trainingClass.id() + " names a missing program"));
    }

    public static DomainProblem problem(Refusal refusal) {
        String type = refusal.reason().type();
        return switch (refusal.reason()) {
            case CADRE_NOT_KNOWN -> DomainProblem.unprocessable(type, "Cadre not known", refusal.field(), refusal.detail());
            case CADRE_NOT_ACTIVE -> DomainProblem.unprocessable(type, "Cadre not active", refusal.field(), refusal.detail());
            case ALREADY_ENROLLED -> new DomainProblem(HttpStatus.CONFLICT, type, "Already enrolled", refusal.field(), refusal.detail());
            case CLASS_FULL -> new DomainProblem(HttpStatus.CONFLICT, type, "Class full", refusal.field(), refusal.detail());
            case CLASS_CLOSED -> new DomainProblem(HttpStatus.CONFLICT, type, "Class closed", refusal.field(), refusal.detail());
            case ALREADY_GRADUATED -> new DomainProblem(HttpStatus.CONFLICT, type, "Already graduated", refusal.field(), refusal.detail());
            case RESULT_ALREADY_RECORDED -> new DomainProblem(HttpStatus.CONFLICT, type, "Result already recorded", refusal.field(), refusal.detail());
            case NOT_ENROLLED -> new DomainProblem(HttpStatus.CONFLICT, type, "Not enrolled", refusal.field(), refusal.detail());
            case GRADUATED_BEFORE_START, GRADUATED_IN_FUTURE, INVALID_RESULT ->
                    new DomainProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", refusal.field(), refusal.detail());
        };
    }
}
