package org.cadretraining.enrollment.enrollments.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadretraining.enrollment.enrollments.Enrollment;
import org.cadretraining.enrollment.enrollments.EnrollmentService;
import org.cadretraining.enrollment.enrollments.EnrollmentStatus;
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

    public EnrollmentController(EnrollmentService service) {
        this.service = service;
    }

    public record EnrollRequest(@NotNull UUID cadreId, @NotNull UUID classId) {
    }

    /** Both optional: the graduation date defaults to today. */
    public record GraduationRequest(@Size(max = 60) String certificateNumber, LocalDate graduatedOn) {
    }

    public record EnrollmentResponse(UUID enrollmentId, UUID cadreId, UUID classId, EnrollmentStatus status,
                                     Instant enrolledAt, LocalDate graduatedOn, String certificateNumber) {
        static EnrollmentResponse of(Enrollment e) {
            return new EnrollmentResponse(e.id(), e.cadreId(), e.classId(), e.status(), e.enrolledAt(), e.graduatedOn(),
                    e.certificateNumber());
        }
    }

    @PostMapping
    public ResponseEntity<EnrollmentResponse> enroll(@Valid @RequestBody EnrollRequest request) {
        Enrollment enrollment = service.enroll(request.cadreId(), request.classId());
        return ResponseEntity.created(URI.create("/api/v1/enrollments/" + enrollment.id())).body(EnrollmentResponse.of(enrollment));
    }

    @PostMapping("/{enrollmentId}/graduation")
    public EnrollmentResponse graduate(@PathVariable UUID enrollmentId,
                                       @Valid @RequestBody(required = false) GraduationRequest request) {
        GraduationRequest graduation = request == null ? new GraduationRequest(null, null) : request;
        String certificate = graduation.certificateNumber() == null || graduation.certificateNumber().isBlank()
                ? null : graduation.certificateNumber().strip();
        return EnrollmentResponse.of(service.graduate(enrollmentId, certificate, graduation.graduatedOn()));
    }

    @GetMapping("/{enrollmentId}")
    public EnrollmentResponse get(@PathVariable UUID enrollmentId) {
        return EnrollmentResponse.of(service.get(enrollmentId));
    }
}
