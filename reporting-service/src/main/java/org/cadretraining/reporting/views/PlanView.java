package org.cadretraining.reporting.views;

import java.util.Map;
import java.util.TreeMap;

import org.cadretraining.events.enrollment.TrainingPlanApproved;

/** A training plan's quotas and how many cadres have been sent against each, per unit too. */
public record PlanView(String planId, TrainingPlanApproved plan, Map<String, Long> sent, Map<String, Long> sentByUnit) {

    public static PlanView empty(String planId) {
        return new PlanView(planId, null, Map.of(), Map.of());
    }

    static String quotaKey(String programId, Object mode) {
        return programId + "|" + mode;
    }

    static String unitKey(String programId, Object mode, String unitId) {
        return programId + "|" + mode + "|" + unitId;
    }

    public PlanView apply(PlanChange change) {
        PlanView next = this;
        if (change.approved() != null) {
            next = new PlanView(planId, change.approved(), sent, sentByUnit);
        }
        if (change.sent() != null) {
            PlanChange.Sent s = change.sent();
            next = new PlanView(planId, next.plan, add(next.sent, quotaKey(s.programId(), s.mode()), s.count()),
                    add(next.sentByUnit, unitKey(s.programId(), s.mode(), s.unitId()), s.count()));
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
