package org.cadretraining.enrollment.classes.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadretraining.enrollment.access.TrainingAccess;
import org.cadretraining.enrollment.classes.ClassLifecycle;
import org.cadretraining.enrollment.classes.ClassScheduling;
import org.cadretraining.enrollment.classes.ClassSearch;
import org.cadretraining.enrollment.classes.ClassScheduling.ClassOverview;
import org.cadretraining.enrollment.classes.ClassStatus;
import org.cadretraining.enrollment.classes.NewClass;
import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Classes belong to no single unit: a training officer over a whole province schedules them and moves them on. */
@RestController
@RequestMapping("/api/v1/classes")
public class ClassController {
    private final ClassScheduling scheduling;
    private final ClassLifecycle lifecycle;
    private final TrainingAccess access;

    public ClassController(ClassScheduling scheduling, ClassLifecycle lifecycle, TrainingAccess access) {
        this.scheduling = scheduling;
        this.lifecycle = lifecycle;
        this.access = access;
    }

    /** {@code on} defaults to today. */
    public record DateRequest(LocalDate on) {
    }

    public record CancelRequest(@Size(max = 500) String reason) {
    }

    @PostMapping("/{classId}/open")
    @Access(Permission.CLASSES_MANAGE)
    public ClassResponse open(@PathVariable UUID classId) {
        access.requireOverAProvince(Permission.CLASSES_MANAGE);
        lifecycle.open(classId);
        return get(classId);
    }

    @PostMapping("/{classId}/start")
    @Access(Permission.CLASSES_MANAGE)
    public ClassResponse start(@PathVariable UUID classId, @RequestBody(required = false) DateRequest request) {
        access.requireOverAProvince(Permission.CLASSES_MANAGE);
        lifecycle.start(classId, request == null ? null : request.on());
        return get(classId);
    }

    @PostMapping("/{classId}/complete")
    @Access(Permission.CLASSES_MANAGE)
    public ClassResponse complete(@PathVariable UUID classId, @RequestBody(required = false) DateRequest request) {
        access.requireOverAProvince(Permission.CLASSES_MANAGE);
        lifecycle.complete(classId, request == null ? null : request.on());
        return get(classId);
    }

    @PostMapping("/{classId}/cancel")
    @Access(Permission.CLASSES_MANAGE)
    public ClassResponse cancel(@PathVariable UUID classId, @Valid @RequestBody(required = false) CancelRequest request) {
        access.requireOverAProvince(Permission.CLASSES_MANAGE);
        lifecycle.cancel(classId, request == null || request.reason() == null || request.reason().isBlank() ? null
                : request.reason().strip());
        return get(classId);
    }

    /**
     * Capacity bounds are checked by ClassCapacityPolicy, as they depend on the program's category. {@code providerUnitId}
     * is the provider's unit in the register, when it is one: its training providers record the class's results.
     */
    public record ScheduleClassRequest(
            @NotNull UUID programId,
            @Size(max = 200) String provider,
            UUID providerUnitId,
            @NotBlank @Size(max = 60) String cohort,
            @NotNull StudyMode mode,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @Size(max = 200) String location,
            @NotNull Integer capacity,
            @NotNull FundingSource fundingSource) {
    }

    public record ClassResponse(UUID classId, UUID programId, String provider, UUID providerUnitId, String cohort,
                                StudyMode mode, LocalDate startDate, LocalDate endDate, String location, int capacity,
                                long enrolled, int seatsLeft, FundingSource fundingSource, ClassStatus status) {
        static ClassResponse of(ClassOverview overview) {
            TrainingClass c = overview.trainingClass();
            return new ClassResponse(c.id(), c.programId(), c.provider(), c.providerUnitId(), c.cohort(), c.mode(),
                    c.startDate(), c.endDate(), c.location(), c.capacity(), overview.enrolled(), overview.seatsLeft(),
                    c.fundingSource(), c.status());
        }
    }

    @PostMapping
    @Access(Permission.CLASSES_MANAGE)
    public ResponseEntity<ClassResponse> schedule(@Valid @RequestBody ScheduleClassRequest request) {
        access.requireOverAProvince(Permission.CLASSES_MANAGE);
        TrainingClass scheduled = scheduling.schedule(new NewClass(request.programId(), blankToNull(request.provider()),
                request.cohort().strip(), request.mode(), request.startDate(), request.endDate(),
                blankToNull(request.location()), request.capacity(), request.fundingSource(), request.providerUnitId()));
        return ResponseEntity.created(URI.create("/api/v1/classes/" + scheduled.id()))
                .body(ClassResponse.of(new ClassOverview(scheduled, 0)));
    }

    @GetMapping("/{classId}")
    @Access(Permission.TRAINING_READ)
    public ClassResponse get(@PathVariable UUID classId) {
        return ClassResponse.of(scheduling.get(classId));
    }

    /**
     * A page of the classes, by start date; {@code year} is the year a class starts in, {@code providerUnitId} the
     * unit that teaches it (the provider's own classes); {@code status} may name several ({@code status=SCHEDULED,OPEN}).
     */
    @GetMapping
    @Access(Permission.TRAINING_READ)
    public Page<ClassResponse> all(@RequestParam(required = false) UUID programId,
                                   @RequestParam(required = false) @Size(max = 5) java.util.List<ClassStatus> status,
                                   @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                   @RequestParam(required = false) UUID providerUnitId,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return scheduling.page(new ClassSearch(programId, status == null ? null : java.util.Set.copyOf(status), year, providerUnitId), page, size).map(ClassResponse::of);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
