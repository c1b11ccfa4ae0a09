package org.cadretraining.events.registry;

import java.time.LocalDate;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.CadreStatus;

/** A cadre retired or left the service; {@code status} is RETIRED or LEFT. */
public record CadreDeparted(String cadreId, CadreStatus status, LocalDate effectiveDate, @OptionalField String reason) {
}
