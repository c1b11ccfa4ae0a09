package org.cadretraining.reporting.plans.web;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.plans.PlanFulfilment;
import org.cadretraining.reporting.plans.PlanView;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.streams.StoreNames;
import org.cadretraining.reporting.units.UnitTree;
import org.cadretraining.reporting.units.UnitView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PlanFulfilmentController {
    private final ViewStores stores;

    public PlanFulfilmentController(ViewStores stores) {
        this.stores = stores;
    }

    @GetMapping("/api/v1/plans/{planId}/fulfilment")
    public PlanFulfilment fulfilment(@PathVariable String planId) {
        PlanView view = stores.get(StoreNames.PLAN_VIEWS, planId, PlanView.class).filter(v -> v.plan() != null)
                .orElseThrow(() -> DomainProblem.notFound("Plan", planId));
        UnitTree units = stores.unitTree();
        return PlanFulfilment.of(view, unitId -> units.unit(unitId).map(UnitView::name).orElse(null));
    }
}
