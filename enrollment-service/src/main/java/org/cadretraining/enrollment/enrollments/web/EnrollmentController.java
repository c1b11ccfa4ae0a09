package org.cadretraining.enrollment.enrollments.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cadretraining.enrollment.cadres.CadreDirectory;
import org.cadretraining.enrollment.enrollments.Enrollment;
import org.cadretraining.enrollment.enrollments.EnrollmentService;
import org.cadretraining.enrollment.enrollments.EnrollmentStatus;
import org.cadretraining.enrollment.enrollments.Result;
import org.cadretraining.events.vocabulary.FundingSource;
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

    public EnrollmentController(EnrollmentService service, CadreDirectory cadres) {
        this.service = service;
        this.cadres = cadres;
    }

    public record EnrollRequest(@NotNull UUID cadreId, @NotNull UUID classId) {
    }

    /** Both optional: the graduation date defaults to today. */
    public record GraduationRequest(@Size(max = 60) String certificateNumber, LocalDate graduatedOn) {
    }

    /** outcome is GRADUATED, FAILED or DROPPED_OUT; {@code on} defaults to today. */
    public record ResultRequest(@NotNull ResultOutcome outcome, @Min(0) @Max(100) Integer attendancePercent,
                                @DecimalMin("0") @DecimalMax("10") BigDecimal finalGrade,
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

    public record FundingRequest(@NotNull FundingSource fundingSource, @PositiveOrZero BigDecimal cost) {
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
    public ResponseEntity<EnrollmentResponse> enroll(@Valid @RequestBody EnrollRequest request) {
        cadres.find(request.cadreId());
        Enrollment enrollment = service.enroll(request.cadreId(), request.classId());
        return ResponseEntity.created(URI.create("/api/v1/enrollments/" + enrollment.id())).body(EnrollmentResponse.of(enrollment));
    }

    @PostMapping("/{enrollmentId}/graduation")
    public EnrollmentResponse graduate(@PathVariable UUID enrollmentId,
                                       @Valid @RequestBody(required = false) GraduationRequest request) {
        GraduationRequest graduation = request == null ? new GraduationRequest(null, null) : request;
        return EnrollmentResponse.of(service.graduate(enrollmentId, blankToNull(graduation.certificateNumber()),
                graduation.graduatedOn()));
    }

    @PostMapping("/{enrollmentId}/result")
    public EnrollmentResponse result(@PathVariable UUID enrollmentId, @Valid @RequestBody ResultRequest request) {
        return EnrollmentResponse.of(service.record(enrollmentId, new Result(request.outcome().status(),
                request.attendancePercent(), request.finalGrade(), blankToNull(request.certificateNumber()), request.on())));
    }

    @PostMapping("/{enrollmentId}/withdraw")
    public EnrollmentResponse withdraw(@PathVariable UUID enrollmentId,
                                       @Valid @RequestBody(required = false) WithdrawRequest request) {
        return EnrollmentResponse.of(service.withdraw(enrollmentId, request == null ? null : blankToNull(request.reason())));
    }

    @PostMapping("/{enrollmentId}/funding")
    public EnrollmentResponse fund(@PathVariable UUID enrollmentId, @Valid @RequestBody FundingRequest request) {
        return EnrollmentResponse.of(service.fund(enrollmentId, request.fundingSource(), request.cost()));
    }

    @GetMapping("/{enrollmentId}")
    public EnrollmentResponse get(@PathVariable UUID enrollmentId) {
        return EnrollmentResponse.of(service.get(enrollmentId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
