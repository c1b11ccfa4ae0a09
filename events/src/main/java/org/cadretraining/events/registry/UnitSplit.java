package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;

/**
 * A unit was split into successors (chia tách) on {@code effectiveDate}, in the reorganization named; its cadres go to
 * the successors the reorganization's mapping assigns them, by {@link CadreTransferred} events.
 */
@EventDescription("A unit was split into successors (chia tách) in a reorganization; its cadres go to the successors "
        + "by CadreTransferred events of the same reorganization.")
public record UnitSplit(
        @Property(classification = PUBLIC, description = "The registry's reorganization that split the unit (UUID); its other events name it too.")
        String reorganizationId,
        @Property(classification = PUBLIC, description = "The unit that was split (registry.units key; the record key).")
        String predecessorUnitId,
        @Property(classification = PUBLIC, description = "The units it was split into (registry.units keys).")
        List<String> successorUnitIds,
        @Property(classification = PUBLIC, description = "The first day the successors exist in its place (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate effectiveDate) {
}
