package org.cadretraining.reporting.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.classes.ClassChange;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.streams.StoreNames;
import org.cadretraining.reporting.targets.TargetTally;
import org.springframework.stereotype.Component;

/** Narrows targets and class statistics to a unit: the sum of the {@link UnitBreakdown}s of the unit's subtree. */
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
        List<String> ids = tree.subtree(unitId).stream().map(UnitView::unitId).toList();
        Map<String, TargetTally> targets = new HashMap<>();
        Map<String, ClassChange.Delta> classes = new HashMap<>();
        for (UnitBreakdown part : stores.get(StoreNames.UNIT_BREAKDOWN, ids, UnitBreakdown.class).values()) {
            part.targets().forEach((id, tally) -> targets.merge(id, tally, TargetTally::plus));
            part.classes().forEach((id, delta) -> classes.merge(id, delta, ClassChange.Delta::plus));
        }
        return new UnitBreakdown(targets, classes);
    }
}
