package org.cadretraining.reporting.query;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.PlanFulfilment;
import org.cadretraining.reporting.views.PlanView;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.UnitRegister;
import org.cadretraining.reporting.views.UnitView;
import org.springframework.stereotype.Service;

/** The approved training plans and how many cadres were sent against their quotas. */
@Service
public class PlanQueries {
    private final ViewStores stores;
    private final ReferenceData reference;

    private final DatedViews dated;

    PlanQueries(ViewStores stores, ReferenceData reference, DatedViews dated) {
        this.stores = stores;
        this.dated = dated;
        this.reference = reference;
    }

    /** A plan as a dashboard lists it to choose from, with its owner (null: the province's). */
    public record PlanSummary(String planId, int year, String name, String ownerUnitId, String ownerUnitName) {
    }

    /** The approved plan; 404 for a plan that is not known, or not approved yet. */
    public PlanView plan(String planId) {
        return find(planId).orElseThrow(() -> DomainProblem.notFound("Plan", planId));
    }

    /** The approved plan, if there is one. */
    public java.util.Optional<PlanView> find(String planId) {
        return stores.get(StoreNames.PLAN_VIEWS, planId, PlanView.class).filter(v -> v.plan() != null);
    }

    /** The plan's fulfilment now: its latest quotas against everything sent. */
    public PlanFulfilment fulfilment(String planId) {
        return fulfilment(plan(planId));
    }

    public PlanFulfilment fulfilment(PlanView view) {
        return fulfilment(view, null);
    }

    /**
     * The plan's fulfilment now ({@code asOf} null), or as of the end of {@code asOf}: the quotas in effect that day
     * (a revision effective later is not yet in), against the cadres sent by then (from the dated views).
     */
    public PlanFulfilment fulfilment(PlanView view, LocalDate asOf) {
        UnitRegister register = reference.register();
        if (asOf == null) {
            return PlanFulfilment.of(view, null, view.sent(), view.sentByUnit(), name(register), mergedInto(register));
        }
        Map<String, Long> sentByUnit = dated.plans(List.of(view.planId()), asOf).getOrDefault(view.planId(), Map.of());
        Map<String, Long> sent = new HashMap<>();
        sentByUnit.forEach((unitKey, count) -> sent.merge(unitKey.substring(0, unitKey.lastIndexOf('|')), count, Long::sum));
        return PlanFulfilment.of(view, asOf, sent, sentByUnit, name(register), mergedInto(register));
    }

    /** The approved plans, latest year first. */
    public List<PlanSummary> summaries() {
        UnitRegister register = reference.register();
        return stores.all(StoreNames.PLAN_VIEWS, PlanView.class).stream().filter(v -> v.plan() != null)
                .map(v -> new PlanSummary(v.planId(), v.plan().year(), v.plan().name(), v.plan().ownerUnitId(),
                        v.plan().ownerUnitId() == null ? null : name(register).apply(v.plan().ownerUnitId())))
                .sorted(Comparator.comparing(PlanSummary::year).reversed().thenComparing(PlanSummary::name)).toList();
    }

    private static Function<String, String> name(UnitRegister register) {
        return unitId -> register.unit(unitId).map(UnitView::name).orElse(null);
    }

    /** The units merged into a unit, and into those, whose seats and sending pass to it. */
    private static Function<String, Collection<String>> mergedInto(UnitRegister register) {
        return unitId -> {
            Set<String> found = new LinkedHashSet<>();
            Deque<String> pending = new ArrayDeque<>(List.of(unitId));
            while (!pending.isEmpty() && found.size() < 10_000) {
                for (UnitView.UnitLink link : register.predecessorsOf(pending.pop())) {
                    if (link.lineage() == UnitView.Lineage.MERGED && !link.unitId().equals(unitId) && found.add(link.unitId())) {
                        pending.push(link.unitId());
                    }
                }
            }
            return found;
        };
    }
}
