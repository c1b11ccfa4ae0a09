package org.cadretraining.reporting.query;

import java.util.Comparator;
import java.util.List;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.PlanFulfilment;
import org.cadretraining.reporting.views.PlanView;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.UnitTree;
import org.cadretraining.reporting.views.UnitView;
import org.springframework.stereotype.Service;

/** The approved training plans and how many cadres were sent against their quotas. */
@Service
public class PlanQueries {
    private final ViewStores stores;
    private final ReferenceData reference;

    PlanQueries(ViewStores stores, ReferenceData reference) {
        this.stores = stores;
        this.reference = reference;
    }

    /** A plan as a dashboard lists it to choose from. */
    public record PlanSummary(String planId, int year, String name) {
    }

    /** 404 for a plan that is not known, or not approved yet. */
    public PlanFulfilment fulfilment(String planId) {
        PlanView view = stores.get(StoreNames.PLAN_VIEWS, planId, PlanView.class).filter(v -> v.plan() != null)
                .orElseThrow(() -> DomainProblem.notFound("Plan", planId));
        UnitTree units = reference.unitTree();
        return PlanFulfilment.of(view, unitId -> units.unit(unitId).map(UnitView::name).orElse(null));
    }

    /** The approved plans, latest year first. */
    public List<PlanSummary> summaries() {
        return stores.all(StoreNames.PLAN_VIEWS, PlanView.class).stream().filter(v -> v.plan() != null)
                .map(v -> new PlanSummary(v.planId(), v.plan().year(), v.plan().name()))
                .sorted(Comparator.comparing(PlanSummary::year).reversed().thenComparing(PlanSummary::name)).toList();
    }
}
