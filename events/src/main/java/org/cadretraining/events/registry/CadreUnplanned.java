package org.cadretraining.events.registry;

import java.time.LocalDate;

import org.cadretraining.events.OptionalField;

/** A succession-planning entry was withdrawn. */
public record CadreUnplanned(String cadreId, String entryId, LocalDate decidedOn, @OptionalField String reason) {
}
