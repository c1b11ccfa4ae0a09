package org.cadretraining.reporting.views;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import org.cadretraining.events.enrollment.PlanQuota;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/** Sent against quota, per program and mode and per unit. Example (Điện Biên): 101 sent, 100 % of plan. */
public record PlanFulfilment(String planId, int year, String name, long quota, long sent, double percent,
                             List<QuotaFulfilment> quotas) {

    /** {@code programCode} and {@code programName} are null for plans approved before quotas carried them. */
    public record QuotaFulfilment(String programId, ProgramCategory programCategory, StudyMode mode, int quota, long sent,
                                  double percent, List<UnitFulfilment> units, String programCode, String programName) {
    }

    public record UnitFulfilment(String unitId, String unitName, int allocated, long sent, double percent) {
    }

    public static PlanFulfilment of(PlanView view, Function<String, String> unitNames) {
        List<QuotaFulfilment> quotas = view.plan().quotas().stream().map(q -> quota(view, q, unitNames)).toList();
        long quota = quotas.stream().mapToLong(QuotaFulfilment::quota).sum();
        long sent = quotas.stream().mapToLong(QuotaFulfilment::sent).sum();
        return new PlanFulfilment(view.planId(), view.plan().year(), view.plan().name(), quota, sent, percent(sent, quota), quotas);
    }

    private static QuotaFulfilment quota(PlanView view, PlanQuota q, Function<String, String> unitNames) {
        long sent = view.sent().getOrDefault(PlanView.quotaKey(q.programId(), q.mode()), 0L);
        List<UnitFulfilment> units = (q.allocations() == null ? List.<PlanQuota.UnitAllocation>of() : q.allocations()).stream()
                .map(a -> {
                    long unitSent = view.sentByUnit().getOrDefault(PlanView.unitKey(q.programId(), q.mode(), a.unitId()), 0L);
                    return new UnitFulfilment(a.unitId(), unitNames.apply(a.unitId()), a.seats(), unitSent, percent(unitSent, a.seats()));
                }).toList();
        return new QuotaFulfilment(q.programId(), q.programCategory(), q.mode(), q.quota(), sent, percent(sent, q.quota()), units,
                q.programCode(), q.programName());
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : BigDecimal.valueOf(100.0 * part / whole).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
