package org.cadretraining.reporting.ingest;

import org.cadretraining.reporting.views.ClassChange;
import org.cadretraining.reporting.views.DatedChange;
import org.cadretraining.reporting.views.PlanChange;
import org.cadretraining.reporting.views.UnitRoster;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.UnitBreakdown;

/**
 * One change to a target, a class, a plan, a unit's breakdown or a unit's roster, caused by a change in one cadre.
 * Exactly one part is set ({@code unitId} goes with the breakdown or the roster); {@code dated} is a change to a
 * dated bucket view.
 */
public record ViewDelta(String targetId, TargetTally target, String classId, ClassChange.Delta klass, String planId,
                        PlanChange.Sent plan, String unitId, UnitBreakdown breakdown, UnitRoster.Change roster,
                        DatedChange dated) {
    static ViewDelta target(String targetId, TargetTally change) {
        return new ViewDelta(targetId, change, null, null, null, null, null, null, null, null);
    }

    static ViewDelta klass(String classId, ClassChange.Delta change) {
        return new ViewDelta(null, null, classId, change, null, null, null, null, null, null);
    }

    static ViewDelta plan(String planId, PlanChange.Sent change) {
        return new ViewDelta(null, null, null, null, planId, change, null, null, null, null);
    }

    static ViewDelta unit(String unitId, UnitBreakdown change) {
        return new ViewDelta(null, null, null, null, null, null, unitId, change, null, null);
    }

    static ViewDelta dated(DatedChange change) {
        return new ViewDelta(null, null, null, null, null, null, null, null, null, change);
    }

    static ViewDelta roster(String unitId, UnitRoster.Change change) {
        return new ViewDelta(null, null, null, null, null, null, unitId, null, change, null);
    }
}
