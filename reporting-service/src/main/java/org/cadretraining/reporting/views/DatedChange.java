package org.cadretraining.reporting.views;

import java.time.LocalDate;

/**
 * A change to a dated view, taking effect on {@code day}: to a unit's figures ({@code unit}, owner the unit), to a
 * target's tally among a unit's cadres ({@code target}, owner the unit, detail the target), to the students a unit
 * sent to a class ({@code klass}, owner the class, detail the unit), or to the cadres sent against a plan
 * ({@code sent}, owner the plan, detail {@link PlanView#unitKey}). Exactly one value is set; a retraction is the
 * same change negated.
 */
public record DatedChange(String owner, String detail, LocalDate day, UnitProgress unit, TargetTally target,
                          ClassChange.Delta klass, Long sent) {
}
