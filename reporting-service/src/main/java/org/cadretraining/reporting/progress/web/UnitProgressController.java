package org.cadretraining.reporting.progress.web;

import java.time.Year;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.streams.StoreNames;
import org.cadretraining.reporting.progress.UnitProgress;
import org.cadretraining.reporting.progress.UnitProgressReport;
import org.cadretraining.reporting.progress.UnitProgressReport.Scope;
import org.cadretraining.reporting.units.UnitTree;
import org.cadretraining.reporting.units.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UnitProgressController {
    private final ViewStores stores;
    private final int youngAgeLimit;

    public UnitProgressController(ViewStores stores, @Value("${reporting.young-age-limit:35}") int youngAgeLimit) {
        this.stores = stores;
        this.youngAgeLimit = youngAgeLimit;
    }

    /** A unit's figures, alone ({@code UNIT}) or rolled up over every unit below it ({@code SUBTREE}, the default). */
    @GetMapping("/api/v1/units/{unitId}/progress")
    public UnitProgressReport progress(@PathVariable String unitId, @RequestParam(defaultValue = "SUBTREE") Scope scope) {
        UnitTree tree = stores.unitTree();
        UnitView unit = tree.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
        List<UnitView> included = scope == Scope.UNIT ? List.of(unit) : tree.subtree(unitId);
        Map<String, UnitProgress> figures = stores.get(StoreNames.UNIT_PROGRESS,
                included.stream().map(UnitView::unitId).toList(), UnitProgress.class);
        return UnitProgressReport.of(unit, scope, included, figures, youngAgeLimit, Year.now());
    }

    /** The units reporting knows, roots first: what a dashboard's unit tree is drawn from. */
    @GetMapping("/api/v1/units")
    public List<UnitView> units() {
        UnitTree tree = stores.unitTree();
        return tree.roots().stream().flatMap(root -> tree.subtree(root.unitId()).stream()).toList();
    }
}
