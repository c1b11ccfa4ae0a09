package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PERSONAL;

import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.CadreStatus;

/** A cadre retired or left the service; {@code status} is RETIRED or LEFT. */
@EventDescription("A cadre retired or left the service; from effectiveDate they no longer count in their unit's headcount.")
public record CadreDeparted(
        @Property(classification = PERSONAL, description = "The cadre's id (UUID, registry.cadres key).")
        String cadreId,
        @Property(classification = PERSONAL, description = "The cadre's status after leaving: RETIRED or LEFT.")
        CadreStatus status,
        @Property(classification = PERSONAL, description = "The day the cadre stopped serving (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh).")
        LocalDate effectiveDate,
        @Property(classification = PERSONAL, description = "Why the cadre left, as the personnel officer wrote it (free text); absent when none was given.")
        @OptionalField String reason) {
}
