package org.cadretraining.events.registry;

import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.OptionalField;

/**
 * A unit ceased to exist after {@code validTo} (a merger's predecessor, a split unit, an abolished district), in the
 * reorganization named where there was one. {@code successorUnitIds} take over what it held; for an abolished
 * district, its children were placed under the province first ({@link UnitMoved}).
 */
public record UnitClosed(String unitId, LocalDate validTo, @OptionalField String reorganizationId,
                         List<String> successorUnitIds) {
}
