package org.cadretraining.events.registry;

import java.time.LocalDate;

/** Quy hoạch: a cadre was planned for a title in a term, e.g. 2025–2030. */
public record CadrePlanned(String cadreId, String entryId, String plannedTitle, int termStart, int termEnd,
                           LocalDate decidedOn) {
}
