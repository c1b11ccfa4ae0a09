package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.SENSITIVE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;

/**
 * A cadre's profile changed. Carries the profile as reporting and enrollment need it after the change, and nothing
 * more: no national ID, ethnic group or party membership.
 */
@EventDescription("A cadre's profile changed: the whole profile as it stands after the change (not its unit, which a "
        + "CadreTransferred moves, nor its status, which a CadreDeparted ends). Never the national ID, ethnic group or "
        + "party membership.")
public record CadreProfileUpdated(
        @Property(classification = PERSONAL, description = "The cadre's id (UUID, registry.cadres key).")
        String cadreId,
        @Property(classification = PERSONAL, description = "The cadre's full name after the change, in Vietnamese as on their papers (e.g. \"Lò Văn Minh\").")
        String fullName,
        @Property(classification = PERSONAL, description = "The cadre's date of birth (ISO-8601 date).")
        LocalDate birthDate,
        @Property(classification = PERSONAL, description = "The cadre's gender, as plans report on women cadres.")
        Gender gender,
        @Property(classification = SENSITIVE, description = "Whether the cadre belongs to an ethnic minority, derived by the registry from the ethnic group (which never leaves it, Decree 13/2023).")
        boolean ethnicMinority,
        @Property(classification = PERSONAL, description = "The cadre's position or title (chức vụ, free text such as \"Phó Chủ tịch UBND xã\"); absent when they hold none.")
        @OptionalField String position,
        @Property(classification = PERSONAL, description = "The cadre's civil-service rank (ngạch); absent when they hold none, as public employees and some commune cadres do not.")
        @OptionalField CivilServiceRank rank,
        @Property(classification = PERSONAL, description = "Which body manages the cadre (diện quản lý): the provincial or district Standing Committee, or their own unit.")
        ManagementTier managementTier,
        @Property(classification = SENSITIVE, description = "The cadre's seats on party executive committees after the change, the whole list (empty for none); absent means unchanged, as older producers sent it.")
        @OptionalField List<CommitteeMembership> committeeMemberships,
        @Property(classification = PERSONAL, description = "When the profile was changed in the registry (UTC instant, ISO-8601 date-time).")
        Instant updatedAt) {
}
