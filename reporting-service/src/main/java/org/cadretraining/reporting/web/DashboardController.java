package org.cadretraining.reporting.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.reporting.query.CadreRecords;
import org.cadretraining.reporting.query.PlanQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the dashboard needs beyond the reporting views: the plans to choose from, a name search, the words. */
@RestController
public class DashboardController {
    private final PlanQueries plans;
    private final CadreRecords records;

    DashboardController(PlanQueries plans, CadreRecords records) {
        this.plans = plans;
        this.records = records;
    }

    /** The approved plans' names, to choose one from; their figures are guarded by the fulfilment route. */
    @GetMapping("/api/v1/dashboard/plans")
    @Access(Permission.REPORTS_READ)
    public List<PlanQueries.PlanSummary> plans() {
        return plans.summaries();
    }

    /**
     * Cadres of a unit (and the units below it) whose name contains the words typed, accents ignored. Names are
     * personal data: only the units the caller's grants reach are searched, and the search is logged.
     */
    @GetMapping("/api/v1/dashboard/cadres")
    @Access(Permission.PERSON_READ)
    public List<CadreRecords.CadreMatch> search(@RequestParam @Size(max = RequestBounds.ID) String unitId,
                                                  @RequestParam(defaultValue = "") @Size(max = RequestBounds.NAME) String name) {
        return records.search(unitId, name);
    }

    @GetMapping("/api/v1/dashboard/labels")
    @Access(Permission.REPORTS_READ)
    public Map<String, String> labels(@RequestParam(defaultValue = "vi") @Size(max = RequestBounds.LANG) String lang) {
        return Labels.all(Labels.Lang.of(lang));
    }
}
