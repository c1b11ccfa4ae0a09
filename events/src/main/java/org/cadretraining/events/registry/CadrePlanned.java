package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PERSONAL;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;

/** Quy hoạch: a cadre was planned for a title in a term, e.g. 2025–2030. */
@EventDescription("Quy hoạch (succession planning): a cadre was planned for a title in a term, e.g. 2025–2030.")
public record CadrePlanned(
        @Property(classification = PERSONAL, description = "The cadre's id (UUID, registry.cadres key).")
        String cadreId,
        @Property(classification = PERSONAL, description = "The planning entry's id (UUID), which a later CadreUnplanned names when the entry is withdrawn.")
        String entryId,
        @Property(classification = PERSONAL, description = "The title the cadre is planned for, as the planning decision words it (free text, e.g. \"Chủ tịch UBND xã\").")
        String plannedTitle,
        @Property(classification = PERSONAL, description = "The first year of the term the cadre is planned for (e.g. 2025 of 2025–2030).")
        int termStart,
        @Property(classification = PERSONAL, description = "The last year of the term the cadre is planned for (e.g. 2030 of 2025–2030); never before termStart.")
        int termEnd,
        @Property(classification = PERSONAL, description = "The day the planning was decided (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate decidedOn) {
}
