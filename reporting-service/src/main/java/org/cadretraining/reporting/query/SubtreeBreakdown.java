package org.cadretraining.reporting.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.BreakdownEntry;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.UnitBreakdown;
import org.cadretraining.reporting.views.UnitRegister;
import org.cadretraining.reporting.views.UnitView;
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

    /**
     * The figures now of the unit and every unit below it (of its successors', once it is closed); 404 for a unit
     * reporting does not know.
     */
    UnitBreakdown of(String unitId) {
        return UnitBreakdown.sum(entries(units(unitId)));
    }

    /** The units {@link #of} sums: the unit's subtree today, following its lineage. */
    List<String> units(String unitId) {
        UnitRegister register = reference.register();
        register.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
        return register.included(unitId, reference.today(), true).stream().map(UnitView::unitId).toList();
    }

    /** The figures now of each of the units, apart. */
    Map<String, UnitBreakdown> byUnit(Collection<String> unitIds) {
        Map<String, Map<String, BreakdownEntry>> grouped = new HashMap<>();
        entries(unitIds).forEach((key, entry) -> grouped.computeIfAbsent(key.substring(0, key.indexOf('/')), k -> new HashMap<>())
                .put(key, entry));
        Map<String, UnitBreakdown> byUnit = new HashMap<>();
        grouped.forEach((unitId, entries) -> byUnit.put(unitId, UnitBreakdown.sum(entries)));
        return byUnit;
    }

    private Map<String, BreakdownEntry> entries(Collection<String> unitIds) {
        List<String> prefixes = unitIds.stream().map(BreakdownEntry::prefix).toList();
        return stores.prefixed(StoreNames.UNIT_BREAKDOWN, prefixes, BreakdownEntry.class);
    }
}
