package org.cadretraining.reporting.views;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.cadretraining.events.enrollment.PlanQuota;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/**
 * Sent against quota, per program and mode and per unit. Example (Điện Biên): 101 sent, 100 % of plan.
 * <p>
 * {@code ownerUnitId}: the unit that owns the plan (null: the province, for plans approved before owners);
 * {@code quotasFrom}: the effective date of the revision whose quotas are shown (null: as approved);
 * {@code asOfDate}: the day the figures are as of, when one was asked for. A unit's row counts what it sent and what
 * the units merged into it sent before the merger, when those have no row of their own: its seats are theirs.
 */
public record PlanFulfilment(String planId, int year, String name, long quota, long sent, double percent,
                             List<QuotaFulfilment> quotas, String ownerUnitId, String ownerUnitName, LocalDate quotasFrom,
                             LocalDate asOfDate) {

    /** {@code programCode} and {@code programName} are null for plans approved before quotas carried them. */
    public record QuotaFulfilment(String programId, ProgramCategory programCategory, StudyMode mode, int quota, long sent,
                                  double percent, List<UnitFulfilment> units, String programCode, String programName) {
    }

    public record UnitFulfilment(String unitId, String unitName, int allocated, long sent, double percent) {
    }

    /** The plan's fulfilment now: its latest quotas against everything sent. */
    public static PlanFulfilment of(PlanView view, Function<String, String> unitNames) {
        return of(view, null, view.sent(), view.sentByUnit(), unitNames, unitId -> List.of());
    }

    /**
     * @param asOf            the day, or null for now (the latest quotas)
     * @param sent            sent per {@link PlanView#quotaKey}
     * @param sentByUnit      sent per {@link PlanView#unitKey}
     * @param mergedInto      the units merged into a unit (transitively), whose sending counts for it
     */
    public static PlanFulfilment of(PlanView view, LocalDate asOf, Map<String, Long> sent, Map<String, Long> sentByUnit,
                                    Function<String, String> unitNames, Function<String, Collection<String>> mergedInto) {
        PlanView.Revision revision = view.revisionOn(asOf);
        List<PlanQuota> quotaList = view.quotasOn(asOf);
        List<QuotaFulfilment> quotas = quotaList.stream().map(q -> quota(q, sent, sentByUnit, unitNames, mergedInto)).toList();
        long quota = quotas.stream().mapToLong(QuotaFulfilment::quota).sum();
        long sentTotal = quotas.stream().mapToLong(QuotaFulfilment::sent).sum();
        String owner = view.plan().ownerUnitId();
        return new PlanFulfilment(view.planId(), view.plan().year(), view.plan().name(), quota, sentTotal, percent(sentTotal, quota),
                quotas, owner, owner == null ? null : unitNames.apply(owner), revision == null ? null : revision.effectiveDate(),
                asOf);
    }

    private static QuotaFulfilment quota(PlanQuota q, Map<String, Long> sentByQuota, Map<String, Long> sentByUnit,
                                         Function<String, String> unitNames, Function<String, Collection<String>> mergedInto) {
        long sent = sentByQuota.getOrDefault(PlanView.quotaKey(q.programId(), q.mode()), 0L);
        List<PlanQuota.UnitAllocation> allocations = q.allocations() == null ? List.of() : q.allocations();
        Set<String> allocated = new HashSet<>();
        allocations.forEach(a -> allocated.add(a.unitId()));
        List<UnitFulfilment> units = allocations.stream()
                .map(a -> {
                    long unitSent = sentByUnit.getOrDefault(PlanView.unitKey(q.programId(), q.mode(), a.unitId()), 0L);
                    for (String predecessor : mergedInto.apply(a.unitId())) {
                        if (!allocated.contains(predecessor)) {
                            unitSent += sentByUnit.getOrDefault(PlanView.unitKey(q.programId(), q.mode(), predecessor), 0L);
                        }
                    }
                    return new UnitFulfilment(a.unitId(), unitNames.apply(a.unitId()), a.seats(), unitSent, percent(unitSent, a.seats()));
                }).toList();
        return new QuotaFulfilment(q.programId(), q.programCategory(), q.mode(), q.quota(), sent, percent(sent, q.quota()), units,
                q.programCode(), q.programName());
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : BigDecimal.valueOf(100.0 * part / whole).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
