package org.cadretraining.reporting.query;

import java.util.List;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.BreakdownEntry;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.UnitBreakdown;
import org.cadretraining.reporting.views.UnitTree;
import org.springframework.stereotype.Component;

/** Narrows targets and class statistics to a unit: the sum of the {@link BreakdownEntry}s of the units of its subtree. */
@Component
class SubtreeBreakdown {
    private final ViewStores stores;
    private final ReferenceData reference;

    SubtreeBreakdown(ViewStores stores, ReferenceData reference) {
        this.stores = stores;
        this.reference = reference;
    }

    /** The figures of the unit and every unit below it; 404 for a unit reporting does not know. */
    UnitBreakdown of(String unitId) {
        UnitTree tree = reference.unitTree();
        tree.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
        List<String> prefixes = tree.subtree(unitId).stream().map(u -> BreakdownEntry.prefix(u.unitId())).toList();
        return UnitBreakdown.sum(stores.prefixed(StoreNames.UNIT_BREAKDOWN, prefixes, BreakdownEntry.class));
    }
}
