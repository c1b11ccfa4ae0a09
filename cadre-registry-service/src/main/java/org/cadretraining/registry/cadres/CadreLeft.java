package org.cadretraining.registry.cadres;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Raised inside the registry, in the departure's transaction, for features that must follow a departure (a retired
 * cadre stays in no succession plan). Not a published event: that is {@code CadreDeparted}.
 */
public record CadreLeft(UUID cadreId, LocalDate effectiveDate, String reason) {
}
