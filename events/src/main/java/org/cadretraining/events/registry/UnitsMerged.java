package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;

/**
 * Units were merged into one successor (sáp nhập) on {@code effectiveDate}, in the reorganization named. The
 * predecessors are closed the day before ({@link UnitClosed}); their cadres move by {@link CadreTransferred} events of
 * the same reorganization. Figures of the successor before the merger are the sum of its predecessors'.
 */
@EventDescription("Units were merged into one successor (sáp nhập) in a reorganization. The predecessors close the day "
        + "before (UnitClosed); their cadres move by CadreTransferred events; the successor's figures before the merger "
        + "are the sum of its predecessors'.")
public record UnitsMerged(
        @Property(classification = PUBLIC, description = "The registry's reorganization that merged the units (UUID); its other events name it too.")
        String reorganizationId,
        @Property(classification = PUBLIC, description = "The unit the predecessors merged into, new or one of them (registry.units key; the record key).")
        String successorUnitId,
        @Property(classification = PUBLIC, description = "The units merged (registry.units keys).")
        List<String> predecessorUnitIds,
        @Property(classification = PUBLIC, description = "The first day of the merged unit (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate effectiveDate) {
}
