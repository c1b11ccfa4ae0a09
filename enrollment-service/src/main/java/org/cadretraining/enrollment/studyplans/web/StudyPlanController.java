package org.cadretraining.enrollment.studyplans.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadretraining.enrollment.access.TrainingAccess;
import org.cadretraining.enrollment.cadres.CadreDirectory;
import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.enrollment.paging.Page;
import org.cadretraining.enrollment.studyplans.StudyPlan;
import org.cadretraining.enrollment.studyplans.StudyPlans;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/study-plans")
public class StudyPlanController {
    private final StudyPlans plans;
    private final CadreDirectory cadres;
    private final TrainingAccess access;

    public StudyPlanController(StudyPlans plans, CadreDirectory cadres, TrainingAccess access) {
        this.plans = plans;
        this.cadres = cadres;
        this.access = access;
    }

    public record StudyPlanRequest(@NotNull UUID cadreId, @NotNull Ladder ladder, @NotBlank @Size(max = 40) String targetLevel,
                                   @NotNull @Min(2000) @Max(2100) Integer targetYear, @NotNull UUID monitorCadreId) {
    }

    /** A cadre's own unit plans their study (as it registers its needs); the province may plan for anyone. */
    @PostMapping
    @Access({Permission.NEEDS_REGISTER, Permission.PLANS_MANAGE})
    public ResponseEntity<StudyPlan> create(@Valid @RequestBody StudyPlanRequest r) {
        if (!access.overAProvince(Permission.PLANS_MANAGE)) {
            access.require(Permission.NEEDS_REGISTER, cadres.find(r.cadreId()).map(ReplicatedCadre::unitId).orElse(null));
        }
        StudyPlan plan = plans.create(r.cadreId(), r.ladder(), r.targetLevel().strip(), r.targetYear(), r.monitorCadreId());
        return ResponseEntity.created(URI.create("/api/v1/study-plans?cadreId=" + r.cadreId())).body(plan);
    }

    /**
     * The plans a cadre studies under or monitors ({@code cadreId}), for those who follow the cadre; or the plans an
     * official monitors ({@code monitorCadreId}). Either way only the plans of cadres the caller may follow are listed
     * (by the cadre's unit), besides the named cadre's own.
     */
    @GetMapping
    @Access({Permission.TRAINING_READ, Permission.PERSON_READ})
    public Page<StudyPlan> list(@RequestParam(required = false) UUID cadreId,
                                @RequestParam(required = false) UUID monitorCadreId,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        if (cadreId == null && monitorCadreId == null) {
            throw DomainProblem.invalidField("cadreId", "give cadreId or monitorCadreId");
        }
        if (cadreId != null && monitorCadreId != null) {
            throw DomainProblem.invalidField("monitorCadreId", "give cadreId or monitorCadreId, not both");
        }
        if (cadreId != null) {
            access.requireCadreRead("READ_STUDY_PLANS", cadreId, unitOf(cadreId));
        }
        Page<StudyPlan> found = plans.page(cadreId, monitorCadreId, access.cadreReadUnits(), page, size);
        if (monitorCadreId != null) {
            access.logListRead("LIST_STUDY_PLANS", found.items().size(), null, "monitored by " + monitorCadreId);
        }
        return found;
    }

    private UUID unitOf(UUID cadreId) {
        return cadres.replicated(cadreId).map(ReplicatedCadre::unitId).orElse(null);
    }
}
