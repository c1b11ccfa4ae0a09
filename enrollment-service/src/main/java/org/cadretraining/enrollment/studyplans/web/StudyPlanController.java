package org.cadretraining.enrollment.studyplans.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.cadretraining.enrollment.studyplans.StudyPlan;
import org.cadretraining.enrollment.studyplans.StudyPlans;
import org.cadretraining.events.vocabulary.Ladder;
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

    public StudyPlanController(StudyPlans plans) {
        this.plans = plans;
    }

    public record StudyPlanRequest(@NotNull UUID cadreId, @NotNull Ladder ladder, @NotBlank String targetLevel,
                                   @NotNull @Max(2100) Integer targetYear, @NotNull UUID monitorCadreId) {
    }

    @PostMapping
    public ResponseEntity<StudyPlan> create(@Valid @RequestBody StudyPlanRequest r) {
        StudyPlan plan = plans.create(r.cadreId(), r.ladder(), r.targetLevel().strip(), r.targetYear(), r.monitorCadreId());
        return ResponseEntity.created(URI.create("/api/v1/study-plans?cadreId=" + r.cadreId())).body(plan);
    }

    /** The plans a cadre studies under or monitors. */
    @GetMapping
    public List<StudyPlan> ofCadre(@RequestParam UUID cadreId) {
        return plans.ofCadre(cadreId);
    }
}
