package org.cadretraining.reporting.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.reporting.query.PlanQueries;
import org.cadretraining.reporting.views.PlanFulfilment;
import org.cadretraining.reporting.views.PlanView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Access(Permission.REPORTS_READ)
public class PlanFulfilmentController {
    private final PlanQueries plans;
    private final ReportAccess access;

    PlanFulfilmentController(PlanQueries plans, ReportAccess access) {
        this.plans = plans;
        this.access = access;
    }

    /**
     * A plan's fulfilment needs the figures of the unit that owns it (a department's, a party bloc's), or of a whole
     * province for a plan with no owner (the province's). With {@code asOf} (YYYY-MM-DD): the quotas in effect that
     * day, against the cadres sent by its end.
     */
    @GetMapping("/api/v1/plans/{planId}/fulfilment")
    public PlanFulfilment fulfilment(@PathVariable @Size(max = RequestBounds.ID) String planId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        // A plan not known is guarded as the province's: whether it exists is not told to whoever may not read it.
        java.util.Optional<PlanView> plan = plans.find(planId);
        access.plan(plan.map(p -> p.plan().ownerUnitId()).orElse(null));
        return plans.fulfilment(plans.plan(planId), asOf);
    }
}
