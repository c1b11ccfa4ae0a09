package org.cadretraining.enrollment.enrollments.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cadretraining.enrollment.access.TrainingAccess;
import org.cadretraining.enrollment.cadres.CadreDirectory;
import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.enrollment.classes.ClassDirectory;
import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.enrollments.Enrollment;
import org.cadretraining.enrollment.enrollments.EnrollmentService;
import org.cadretraining.enrollment.enrollments.EnrollmentStatus;
import org.cadretraining.enrollment.enrollments.Result;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enrollments")
public class EnrollmentController {
    private final EnrollmentService service;
    private final CadreDirectory cadres;
    private final ClassDirectory classes;
    private final TrainingAccess access;

    public EnrollmentController(EnrollmentService service, CadreDirectory cadres, ClassDirectory classes, TrainingAccess access) {
        this.service = service;
        this.cadres = cadres;
        this.classes = classes;
        this.access = access;
    }

    public record EnrollRequest(@NotNull UUID cadreId, @NotNull UUID classId) {
    }

    /** Both optional: the graduation date defaults to today. */
    public record GraduationRequest(@Size(max = 60) String certificateNumber, LocalDate graduatedOn) {
    }

    /** outcome is GRADUATED, FAILED or DROPPED_OUT; {@code on} defaults to today. */
    public record ResultRequest(@NotNull ResultOutcome outcome, @Min(0) @Max(100) Integer attendancePercent,
                                @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 2) BigDecimal finalGrade,
                                @Size(max = 60) String certificateNumber, LocalDate on) {
    }

    public enum ResultOutcome {
        GRADUATED, FAILED, DROPPED_OUT;

        public EnrollmentStatus status() {
            return EnrollmentStatus.valueOf(name());
        }
    }

    public record WithdrawRequest(@Size(max = 500) String reason) {
    }

    public record FundingRequest(@NotNull FundingSource fundingSource,
                                 @PositiveOrZero @Digits(integer = 14, fraction = 0) BigDecimal cost) {
    }

    public record EnrollmentResponse(UUID enrollmentId, UUID cadreId, UUID classId, EnrollmentStatus status,
                                     Instant enrolledAt, LocalDate graduatedOn, String certificateNumber, UUID nominationId,
                                     UUID unitId, UUID planId, FundingSource fundingSource, BigDecimal cost,
                                     Integer attendancePercent, BigDecimal finalGrade, LocalDate endedOn) {
        public static EnrollmentResponse of(Enrollment e) {
            return new EnrollmentResponse(e.id(), e.cadreId(), e.classId(), e.status(), e.enrolledAt(), e.graduatedOn(),
                    e.certificateNumber(), e.nominationId(), e.unitId(), e.planId(), e.fundingSource(), e.cost(),
                    e.attendancePercent(), e.finalGrade(), e.endedOn());
        }
    }

    /** A direct enrollment by the province, beside nominations. */
    @PostMapping
    @Access(Permission.ENROLLMENTS_MANAGE)
    public ResponseEntity<EnrollmentResponse> enroll(@Valid @RequestBody EnrollRequest request) {
        access.requireOverAProvince(Permission.ENROLLMENTS_MANAGE);
        cadres.find(request.cadreId());
        Enrollment enrollment = service.enroll(request.cadreId(), request.classId());
        return ResponseEntity.created(URI.create("/api/v1/enrollments/" + enrollment.id())).body(EnrollmentResponse.of(enrollment));
    }

    @PostMapping("/{enrollmentId}/graduation")
    @Access(Permission.RESULTS_RECORD)
    public EnrollmentResponse graduate(@PathVariable UUID enrollmentId,
                                       @Valid @RequestBody(required = false) GraduationRequest request) {
        requireResultsOf(service.get(enrollmentId));
        GraduationRequest graduation = request == null ? new GraduationRequest(null, null) : request;
        return EnrollmentResponse.of(service.graduate(enrollmentId, blankToNull(graduation.certificateNumber()),
                graduation.graduatedOn()));
    }

    @PostMapping("/{enrollmentId}/result")
    @Access(Permission.RESULTS_RECORD)
    public EnrollmentResponse result(@PathVariable UUID enrollmentId, @Valid @RequestBody ResultRequest request) {
        requireResultsOf(service.get(enrollmentId));
        return EnrollmentResponse.of(service.record(enrollmentId, new Result(request.outcome().status(),
                request.attendancePercent(), request.finalGrade(), blankToNull(request.certificateNumber()), request.on())));
    }

    /**
     * The province withdraws anyone; a unit officer withdraws a cadre of their own unit (the unit sent them, and follows
     * them while they study: a long illness, a new post).
     */
    @PostMapping("/{enrollmentId}/withdraw")
    @Access({Permission.ENROLLMENTS_MANAGE, Permission.NOMINATE})
    public EnrollmentResponse withdraw(@PathVariable UUID enrollmentId,
                                       @Valid @RequestBody(required = false) WithdrawRequest request) {
        if (!access.overAProvince(Permission.ENROLLMENTS_MANAGE)) {
            access.require(Permission.NOMINATE, unitOf(service.get(enrollmentId)));
        }
        return EnrollmentResponse.of(service.withdraw(enrollmentId, request == null ? null : blankToNull(request.reason())));
    }

    @PostMapping("/{enrollmentId}/funding")
    @Access(Permission.ENROLLMENTS_MANAGE)
    public EnrollmentResponse fund(@PathVariable UUID enrollmentId, @Valid @RequestBody FundingRequest request) {
        access.requireOverAProvince(Permission.ENROLLMENTS_MANAGE);
        return EnrollmentResponse.of(service.fund(enrollmentId, request.fundingSource(), request.cost()));
    }

    /** For those who follow the cadre: their unit's, the nominating unit's, or the class's provider's. */
    @GetMapping("/{enrollmentId}")
    @Access({Permission.TRAINING_READ, Permission.PERSON_READ})
    public EnrollmentResponse get(@PathVariable UUID enrollmentId) {
        Enrollment enrollment = service.get(enrollmentId);
        access.requireCadreRead("READ_ENROLLMENT", enrollment.cadreId(), unitOf(enrollment), enrollment.unitId(),
                classOf(enrollment).providerUnitId());
        return EnrollmentResponse.of(enrollment);
    }

    /** Results are the class's provider's to record. */
    private void requireResultsOf(Enrollment enrollment) {
        access.requireResultsOf(classOf(enrollment).providerUnitId());
    }

    private TrainingClass classOf(Enrollment enrollment) {
        return classes.find(enrollment.classId())
                .orElseThrow(() -> new IllegalStateException("Enrollment " + enrollment.id() + " names a missing class"));
    }

    /** The cadre's unit now, as the replica knows it; the unit that sent them when it does not. */
    private UUID unitOf(Enrollment enrollment) {
        return cadres.replicated(enrollment.cadreId()).map(ReplicatedCadre::unitId).orElse(enrollment.unitId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
