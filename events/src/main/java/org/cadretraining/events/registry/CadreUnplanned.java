package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PERSONAL;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;

/** A succession-planning entry was withdrawn. */
@EventDescription("A succession-planning entry (CadrePlanned) was withdrawn: the cadre is no longer planned for that title in that term.")
public record CadreUnplanned(
        @Property(classification = PERSONAL, description = "The cadre's id (UUID, registry.cadres key).")
        String cadreId,
        @Property(classification = PERSONAL, description = "The id of the planning entry withdrawn, as its CadrePlanned named it.")
        String entryId,
        @Property(classification = PERSONAL, description = "The day the withdrawal was decided (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate decidedOn,
        @Property(classification = PERSONAL, description = "Why the entry was withdrawn, as the officer wrote it (free text); absent when none was given.")
        @OptionalField String reason) {
}
