package org.cadretraining.reporting.dashboard;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.exports.Labels;
import org.cadretraining.reporting.plans.PlanView;
import org.cadretraining.reporting.records.RecordAccess;
import org.cadretraining.reporting.records.UnitRoster;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.streams.StoreNames;
import org.cadretraining.reporting.units.UnitTree;
import org.cadretraining.reporting.units.UnitView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the dashboard needs beyond the reporting views: the plans to choose from, a name search, the words. */
@RestController
public class DashboardController {
    static final int MAX_MATCHES = 50;
    private final ViewStores stores;
    private final RecordAccess access;

    public DashboardController(ViewStores stores, RecordAccess access) {
        this.stores = stores;
        this.access = access;
    }

    public record PlanSummary(String planId, int year, String name) {
    }

    public record CadreMatch(String cadreId, String fullName, String unitId, String unitName, String position) {
    }

    @GetMapping("/api/v1/dashboard/plans")
    public List<PlanSummary> plans() {
        return stores.all(StoreNames.PLAN_VIEWS, PlanView.class).stream().filter(v -> v.plan() != null)
                .map(v -> new PlanSummary(v.planId(), v.plan().year(), v.plan().name()))
                .sorted(Comparator.comparing(PlanSummary::year).reversed().thenComparing(PlanSummary::name)).toList();
    }

    /**
     * Cadres of a unit (and the units below it) whose name contains the words typed, accents ignored. It reads the
     * rosters of those units only (the {@code unit-roster} index), at most {@value #MAX_MATCHES} rows. Names are
     * personal data: only the units the acting user is entitled to are searched.
     */
    @GetMapping("/api/v1/dashboard/cadres")
    public List<CadreMatch> search(@RequestParam String unitId, @RequestParam(defaultValue = "") String name,
                                   @RequestHeader(name = RecordAccess.ACTING_USER, required = false) String actingUser) {
        UnitTree tree = stores.unitTree();
        tree.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
        Map<String, String> units = access.searchable(actingUser, tree, unitId).stream()
                .collect(Collectors.toMap(UnitView::unitId, UnitView::name));
        String wanted = fold(name);
        List<CadreMatch> matches = new ArrayList<>();
        stores.prefixed(StoreNames.UNIT_ROSTER, units.keySet().stream().map(UnitRoster::prefix).toList(), UnitRoster.Entry.class)
                .forEach((key, c) -> {
                    if (c.fullName() != null && fold(c.fullName()).contains(wanted)) {
                        String unit = UnitRoster.unitOf(key);
                        matches.add(new CadreMatch(c.cadreId(), c.fullName(), unit, units.get(unit), c.position()));
                    }
                });
        return matches.stream().sorted(Comparator.comparing(CadreMatch::fullName).thenComparing(CadreMatch::cadreId))
                .limit(MAX_MATCHES).toList();
    }

    @GetMapping("/api/v1/dashboard/labels")
    public Map<String, String> labels(@RequestParam(defaultValue = "vi") String lang) {
        return Labels.all(Labels.Lang.of(lang));
    }

    static String fold(String s) {
        return Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }
}
