package org.cadretraining.reporting.query;

import java.time.Year;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.UnitProgress;
import org.cadretraining.reporting.views.UnitProgressReport;
import org.cadretraining.reporting.views.UnitProgressReport.Scope;
import org.cadretraining.reporting.views.UnitTree;
import org.cadretraining.reporting.views.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Units' figures, rolled up over their subtrees, and the units themselves. */
@Service
public class ProgressQueries {
    private final ViewStores stores;
    private final ReferenceData reference;
    private final int youngAgeLimit;

    ProgressQueries(ViewStores stores, ReferenceData reference, @Value("${reporting.young-age-limit:35}") int youngAgeLimit) {
        this.stores = stores;
        this.reference = reference;
        this.youngAgeLimit = youngAgeLimit;
    }

    /** A unit's figures, alone ({@code UNIT}) or rolled up over every unit below it ({@code SUBTREE}); 404 for an unknown unit. */
    public UnitProgressReport progress(String unitId, Scope scope) {
        UnitTree tree = reference.unitTree();
        UnitView unit = tree.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
        List<UnitView> included = scope == Scope.UNIT ? List.of(unit) : tree.subtree(unitId);
        Map<String, UnitProgress> figures = stores.get(StoreNames.UNIT_PROGRESS,
                included.stream().map(UnitView::unitId).toList(), UnitProgress.class);
        return UnitProgressReport.of(unit, scope, included, figures, youngAgeLimit, Year.now());
    }

    /** The units reporting knows, roots first, each followed by its subtree. */
    public List<UnitView> units() {
        UnitTree tree = reference.unitTree();
        return tree.roots().stream().flatMap(root -> tree.subtree(root.unitId()).stream()).toList();
    }
}
