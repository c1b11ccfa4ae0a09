package org.cadretraining.reporting.query;

import java.time.Instant;
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

/**
 * Units' figures, rolled up over their subtrees, and the units themselves. A unit's figures now are kept once summed,
 * for as long as neither the units' figures nor the unit tree changed ({@link KeptAnswers}): the province's figures
 * are then one lookup, not a read of every unit's figures and a sum of them on every request.
 */
@Service
public class ProgressQueries {
    /** Two answers (UNIT and SUBTREE) for each of a national tree's units. */
    private static final int KEPT_REPORTS = 20_000;
    private final ViewStores stores;
    private final ReferenceData reference;
    private final DatedViews dated;
    private final int youngAgeLimit;
    private final KeptAnswers<Asked, UnitProgressReport> now = new KeptAnswers<>(KEPT_REPORTS);

    private record Asked(String unitId, Scope scope) {
    }

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
        ReferenceData.Snapshot table = reference.snapshot();
        if (asOf != null) {
            return progress(table, unitId, scope, asOf, asOf);
        }
        LocalDate today = reference.today();
        // Taken before any figure is read: a change while they are read is a new version for the next request.
        StoreVersion figures = table.version() == null ? null : stores.version(StoreNames.UNIT_PROGRESS);
        Object version = figures == null ? null : List.of(table.version(), figures, today);
        return now.get(version, new Asked(unitId, scope), () -> progress(table, unitId, scope, today, null)).at(Instant.now());
    }

    /** The figures on {@code day}: now ({@code asOf} null, {@code day} today) or as of the end of {@code asOf}. */
    private UnitProgressReport progress(ReferenceData.Snapshot table, String unitId, Scope scope, LocalDate day, LocalDate asOf) {
        UnitRegister register = table.register();
        UnitView unit = register.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
        Set<String> measuredOver = register.measuredOver(unitId, day);
        List<UnitView> included = register.included(unitId, day, scope == Scope.SUBTREE, table.treeOn(day));
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
