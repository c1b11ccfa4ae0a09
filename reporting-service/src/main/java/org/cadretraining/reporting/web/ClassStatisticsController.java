package org.cadretraining.reporting.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.reporting.query.ClassQueries;
import org.cadretraining.reporting.views.ClassStatistics;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Access(Permission.REPORTS_READ)
public class ClassStatisticsController {
    private final ClassQueries classes;
    private final ReportAccess access;

    ClassStatisticsController(ClassQueries classes, ReportAccess access) {
        this.classes = classes;
        this.access = access;
    }

    /**
     * Per study mode: classes, students, average per class, fill rate, graduation rate; and the in-service ratio.
     * With {@code unitId}, only the students that unit and the units below it sent, and only the classes they sat
     * in; a fill rate is then left out, as a unit fills only part of a class. Without one, the province's classes.
     * With {@code asOf} (YYYY-MM-DD), the students as they stood at the end of that day, the unit's subtree of that day.
     */
    @GetMapping("/api/v1/classes/statistics")
    public ClassStatistics statistics(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) ProgramCategory programCategory,
                                      @RequestParam(required = false) @Size(max = RequestBounds.ID) String programId,
                                      @RequestParam(required = false) @Size(max = RequestBounds.ID) String unitId,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        access.unitOrProvince(unitId);
        return classes.statistics(year, programCategory, programId, unitId, asOf);
    }
}
