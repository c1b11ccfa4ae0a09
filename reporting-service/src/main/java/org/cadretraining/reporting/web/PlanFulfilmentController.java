package org.cadretraining.reporting.web;

import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.reporting.query.PlanQueries;
import org.cadretraining.reporting.views.PlanFulfilment;
import org.springframework.web.bind.annotation.GetMapping;
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

    /** A yearly plan is the province's: its fulfilment needs the figures of a whole province. */
    @GetMapping("/api/v1/plans/{planId}/fulfilment")
    public PlanFulfilment fulfilment(@PathVariable @Size(max = RequestBounds.ID) String planId) {
        access.province();
        return plans.fulfilment(planId);
    }
}
