package org.cadretraining.reporting.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.UnitScope;
import org.cadretraining.reporting.query.ProgressQueries;
import org.cadretraining.reporting.views.UnitProgressReport;
import org.cadretraining.reporting.views.UnitProgressReport.Scope;
import org.cadretraining.reporting.views.UnitView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Access(Permission.REPORTS_READ)
public class UnitProgressController {
    private final ProgressQueries progress;
    private final ReportAccess access;

    UnitProgressController(ProgressQueries progress, ReportAccess access) {
        this.progress = progress;
        this.access = access;
    }

    /**
     * A unit's figures, alone ({@code UNIT}) or rolled up over every unit below it ({@code SUBTREE}, the default); with
     * {@code asOf} (YYYY-MM-DD), as they stood at the end of that day, over the unit tree of that day.
     */
    @GetMapping("/api/v1/units/{unitId}/progress")
    public UnitProgressReport progress(@PathVariable @Size(max = RequestBounds.ID) String unitId, @RequestParam(defaultValue = "SUBTREE") Scope scope,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        access.unit(unitId);
        return progress.progress(unitId, scope, asOf);
    }

    /**
     * The units whose figures the caller may read, roots first: what a dashboard's unit tree is drawn from. With
     * {@code asOf}, the units of that day, where they stood then.
     */
    @GetMapping("/api/v1/units")
    public List<UnitView> units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        UnitScope readable = access.readable();
        return progress.units(asOf).stream().filter(u -> readable.covers(u.unitId())).toList();
    }
}
