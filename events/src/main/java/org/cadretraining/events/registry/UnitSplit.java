package org.cadretraining.events.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit was split into successors (chia tách) on {@code effectiveDate}, in the reorganization named; its cadres go to
 * the successors the reorganization's mapping assigns them, by {@link CadreTransferred} events.
 */
public record UnitSplit(String reorganizationId, String predecessorUnitId, List<String> successorUnitIds,
                        LocalDate effectiveDate) {
}
