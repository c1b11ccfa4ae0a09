package org.cadretraining.events.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * Units were merged into one successor (sáp nhập) on {@code effectiveDate}, in the reorganization named. The
 * predecessors are closed the day before ({@link UnitClosed}); their cadres move by {@link CadreTransferred} events of
 * the same reorganization. Figures of the successor before the merger are the sum of its predecessors'.
 */
public record UnitsMerged(String reorganizationId, String successorUnitId, List<String> predecessorUnitIds,
                          LocalDate effectiveDate) {
}
