package org.cadretraining.events.agency;

import java.time.Instant;

import org.cadretraining.events.Classification;
import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;

/**
 * A serving cadre as agencies may see them: the latest snapshot per cadre on the compacted agency.cadres. Minimised
 * (Decree 13/2023): a five-year birth cohort instead of the birth date, and no name, citizen ID, ethnicity, party
 * membership, committee seat or free text.
 */
@EventDescription("A serving cadre as agencies may see them: the latest snapshot per cadre on the compacted "
        + "agency.cadres. Minimised (Decree 13/2023): a five-year birth cohort instead of the birth date, "
        + "and no name, citizen ID, ethnicity, party membership, committee seat or free text.")
public record CadreProfilePublished(
        @Property(classification = Classification.PERSONAL, description = "The cadre's id in the platform: a "
                + "pseudonymous key, the same on every feed; it names no one by itself.")
        String cadreId,
        @Property(classification = Classification.PUBLIC, description = "The unit the cadre serves in (agency.units key).")
        String unitId,
        @Property(classification = Classification.PUBLIC, description = "That unit's official code, where the registry "
                + "knows it.")
        @OptionalField String unitOfficialCode,
        @Property(classification = Classification.PERSONAL, description = "The five-year birth cohort, e.g. 1985-1989: "
                + "an age band that does not go stale, in place of the birth date.")
        String birthCohort,
        @Property(classification = Classification.PERSONAL, description = "The cadre's gender as registered.")
        Gender gender,
        @Property(classification = Classification.PERSONAL, description = "The management tier whose positions the "
                + "cadre holds or is planned for.")
        ManagementTier managementTier,
        @Property(classification = Classification.PERSONAL, description = "The cadre's current level on each of the "
                + "three qualification ladders, as the registry derives it from all records.")
        QualificationLevels levels,
        @Property(classification = Classification.PUBLIC, description = "When the platform published this snapshot "
                + "(ISO instant).")
        Instant publishedAt) {

    /** The five-year cohort a birth year falls in, e.g. 1987 is in 1985-1989. */
    public static String cohortOf(int birthYear) {
        int from = Math.floorDiv(birthYear, 5) * 5;
        return from + "-" + (from + 4);
    }
}
