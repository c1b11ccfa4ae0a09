package org.cadretraining.reporting.streams;

import org.cadretraining.reporting.classes.ClassChange;
import org.cadretraining.reporting.plans.PlanChange;
import org.cadretraining.reporting.targets.TargetTally;

/** One change to a target, a class or a plan, caused by a change in one cadre. Exactly one part is set. */
public record ViewDelta(String targetId, TargetTally target, String classId, ClassChange.Delta klass, String planId,
                        PlanChange.Sent plan) {
    static ViewDelta target(String targetId, TargetTally change) {
        return new ViewDelta(targetId, change, null, null, null, null);
    }

    static ViewDelta klass(String classId, ClassChange.Delta change) {
        return new ViewDelta(null, null, classId, change, null, null);
    }

    static ViewDelta plan(String planId, PlanChange.Sent change) {
        return new ViewDelta(null, null, null, null, planId, change);
    }
}
