package org.cadretraining.reporting.query;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.UnitProgress;
import org.cadretraining.reporting.views.UnitProgressReport;
import org.cadretraining.reporting.views.UnitProgressReport.Scope;
import org.cadretraining.reporting.views.UnitRegister;
import org.cadretraining.reporting.views.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Units' figures, rolled up over their subtrees, and the units themselves. */
@Service
public class ProgressQueries {
    private final ViewStores stores;
    private final ReferenceData reference;
    private final DatedViews dated;
    private final int youngAgeLimit;

    ProgressQueries(ViewStores stores, ReferenceData reference, DatedViews dated,
                    @Value("${reporting.young-age-limit:35}") int youngAgeLimit) {
        this.stores = stores;
        this.dated = dated;
        this.reference = reference;
        this.youngAgeLimit = youngAgeLimit;
    }

    /** A unit's figures now, alone ({@code UNIT}) or rolled up over every unit below it ({@code SUBTREE}); 404 for an unknown unit. */
    public UnitProgressReport progress(String unitId, Scope scope) {
        return progress(unitId, scope, null);
    }

    /**
     * A unit's figures, now ({@code asOf} null) or as they stood at the end of {@code asOf}, over the tree of that
     * day: alone ({@code UNIT}) or rolled up over the units below it ({@code SUBTREE}). A unit is measured over
     * {@link UnitRegister#measuredOver}: before a merger, its predecessors; after its closure, its successors.
     */
    public UnitProgressReport progress(String unitId, Scope scope, LocalDate asOf) {
        UnitRegister register = reference.register();
        UnitView unit = register.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
        LocalDate day = asOf == null ? reference.today() : asOf;
        Set<String> measuredOver = register.measuredOver(unitId, day);
        List<UnitView> included = register.included(unitId, day, scope == Scope.SUBTREE);
        List<String> ids = included.stream().map(UnitView::unitId).toList();
        // Now: the live figures. As of a day: the dated buckets summed up to it (the same figures, for today).
        Map<String, UnitProgress> figures = asOf == null ? stores.get(StoreNames.UNIT_PROGRESS, ids, UnitProgress.class)
                : dated.units(ids, asOf);
        return UnitProgressReport.of(unit.on(day), scope, included, figures, youngAgeLimit, Year.of(day.getYear()), asOf,
                measuredOver);
    }

    /** The units that exist today, roots first, each followed by its subtree, with their lineage. */
    public List<UnitView> units() {
        return units(null);
    }

    /** The units that existed at the end of {@code asOf} (today when null), as they stood then, with their lineage. */
    public List<UnitView> units(LocalDate asOf) {
        UnitRegister register = reference.register();
        return register.unitsOn(asOf == null ? reference.today() : asOf).stream().map(register::withLineage).toList();
    }
}
