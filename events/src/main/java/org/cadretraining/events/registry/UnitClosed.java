package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PUBLIC;

import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/**
 * A unit ceased to exist after {@code validTo} (a merger's predecessor, a split unit, an abolished district), in the
 * reorganization named where there was one. {@code successorUnitIds} take over what it held; for an abolished
 * district, its children were placed under the province first ({@link UnitMoved}).
 */
@EventDescription("A unit ceased to exist after validTo (a merger's predecessor, a split unit, an abolished district); "
        + "its successors take over what it held. Its history stays readable.")
public record UnitClosed(
        @Property(classification = PUBLIC, description = "The closed unit's id (UUID, registry.units key).")
        String unitId,
        @Property(classification = PUBLIC, description = "The last day the unit existed (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate validTo,
        @Property(classification = PUBLIC, description = "The registry's reorganization that closed the unit (UUID, as on UnitsMerged and UnitSplit); absent when it was closed on its own.")
        @OptionalField String reorganizationId,
        @Property(classification = PUBLIC, description = "The units that take over what it held (registry.units keys); empty when none does.")
        List<String> successorUnitIds) {
}
