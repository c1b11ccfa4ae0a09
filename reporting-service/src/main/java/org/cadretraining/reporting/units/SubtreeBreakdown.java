package org.cadretraining.reporting.units;

import java.util.List;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.streams.StoreNames;
import org.springframework.stereotype.Component;

/** Narrows targets and class statistics to a unit: the sum of the {@link BreakdownEntry}s of the units of its subtree. */
@Component
public class SubtreeBreakdown {
    private final ViewStores stores;

    public SubtreeBreakdown(ViewStores stores) {
        this.stores = stores;
    }

    /** The figures of the unit and every unit below it; 404 for a unit reporting does not know. */
    public UnitBreakdown of(String unitId) {
        UnitTree tree = stores.unitTree();
        tree.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
        List<String> prefixes = tree.subtree(unitId).stream().map(u -> BreakdownEntry.prefix(u.unitId())).toList();
        return UnitBreakdown.sum(stores.prefixed(StoreNames.UNIT_BREAKDOWN, prefixes, BreakdownEntry.class));
    }
}
