package org.cadretraining.events.agency;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.Classification;
import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/** A unit as it stands now, for agencies: the latest snapshot per unit on the compacted agency.units. */
@EventDescription("A unit as it stands now, for agencies: the latest snapshot per unit on the compacted "
        + "agency.units.")
public record UnitPublished(
        @Property(classification = Classification.PUBLIC, description = "The unit's id in the platform; every other "
                + "feed names units by it.")
        String unitId,
        @Property(classification = Classification.PUBLIC, description = "The unit's official code: the administrative "
                + "unit code of the national list (Decision 124/2004/QĐ-TTg and its successors) for a province or "
                + "commune, where the registry knows it.")
        @OptionalField String officialCode,
        @Property(classification = Classification.PUBLIC, description = "The province's own short code for the unit.")
        String code,
        @Property(classification = Classification.PUBLIC, description = "The unit's current name, in Vietnamese.")
        String name,
        @Property(classification = Classification.PUBLIC, description = "The tier of local government the unit sits in.")
        UnitLevel level,
        @Property(classification = Classification.PUBLIC, description = "What kind of unit it is (commune, ward, "
                + "special zone, agency, party organ, ...).")
        UnitKind kind,
        @Property(classification = Classification.PUBLIC, description = "The unit it sits under (agency.units key); "
                + "absent for a province.")
        @OptionalField String parentUnitId,
        @Property(classification = Classification.PUBLIC, description = "The first day the unit existed in this form, "
                + "where known (ISO date).")
        @OptionalField LocalDate validFrom,
        @Property(classification = Classification.PUBLIC, description = "The last day the unit existed, once it was "
                + "closed, merged or split (ISO date); absent while it exists.")
        @OptionalField LocalDate validTo,
        @Property(classification = Classification.PUBLIC, description = "When the platform published this snapshot "
                + "(ISO instant).")
        Instant publishedAt) {
}
