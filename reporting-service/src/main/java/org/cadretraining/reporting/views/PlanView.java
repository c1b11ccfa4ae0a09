package org.cadretraining.reporting.views;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cadretraining.events.enrollment.PlanQuota;
import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.enrollment.TrainingPlanRevised;

/**
 * A training plan's quotas and how many cadres have been sent against each, per unit too. A revision (a
 * reorganization passing a closed unit's seats to its successors) replaces the quotas from its effective date; the
 * plan keeps every revision, so that its quotas as of any day are known.
 */
public record PlanView(String planId, TrainingPlanApproved plan, Map<String, Long> sent, Map<String, Long> sentByUnit,
                       List<Revision> revisions) {

    /** Quotas that replaced the plan's from {@code effectiveDate}. */
    public record Revision(LocalDate effectiveDate, List<PlanQuota> quotas, String reason, String reorganizationId,
                           Instant revisedAt) {
    }

    public PlanView {
        sent = sent == null ? Map.of() : sent;
        sentByUnit = sentByUnit == null ? Map.of() : sentByUnit;
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }

    public PlanView(String planId, TrainingPlanApproved plan, Map<String, Long> sent, Map<String, Long> sentByUnit) {
        this(planId, plan, sent, sentByUnit, List.of());
    }

    public static PlanView empty(String planId) {
        return new PlanView(planId, null, Map.of(), Map.of(), List.of());
    }

    public static String quotaKey(String programId, Object mode) {
        return programId + "|" + mode;
    }

    public static String unitKey(String programId, Object mode, String unitId) {
        return programId + "|" + mode + "|" + unitId;
    }

    /** The revision in effect on {@code day}, or null when the plan's quotas are still those it was approved with. */
    public Revision revisionOn(LocalDate day) {
        Revision found = null;
        for (Revision revision : revisions) {
            if (day == null || !revision.effectiveDate().isAfter(day)) {
                found = revision;
            }
        }
        return found;
    }

    /** The quotas in effect on {@code day} (null: the latest). */
    public List<PlanQuota> quotasOn(LocalDate day) {
        Revision revision = revisionOn(day);
        return revision != null ? revision.quotas() : plan == null ? List.of() : plan.quotas();
    }

    public PlanView apply(PlanChange change) {
        PlanView next = this;
        if (change.approved() != null) {
            next = new PlanView(planId, change.approved(), sent, sentByUnit, revisions);
        }
        if (change.revised() != null) {
            TrainingPlanRevised r = change.revised();
            LocalDate from = r.effectiveDate() != null ? r.effectiveDate() : Clocks.day(r.revisedAt());
            List<Revision> all = new ArrayList<>(next.revisions);
            Revision revision = new Revision(from, r.quotas(), r.reason(), r.reorganizationId(), r.revisedAt());
            if (!all.contains(revision)) {
                all.add(revision);
                // By effective date; revisions of one day in the order they were made.
                all.sort(Comparator.comparing(Revision::effectiveDate));
            }
            next = new PlanView(planId, next.plan, next.sent, next.sentByUnit, all);
        }
        if (change.sent() != null) {
            PlanChange.Sent s = change.sent();
            next = new PlanView(planId, next.plan, add(next.sent, quotaKey(s.programId(), s.mode()), s.count()),
                    add(next.sentByUnit, unitKey(s.programId(), s.mode(), s.unitId()), s.count()), next.revisions);
        }
        return next;
    }

    private static Map<String, Long> add(Map<String, Long> counts, String key, long delta) {
        Map<String, Long> next = new TreeMap<>(counts);
        long value = next.getOrDefault(key, 0L) + delta;
        if (value == 0) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return next;
    }
}
