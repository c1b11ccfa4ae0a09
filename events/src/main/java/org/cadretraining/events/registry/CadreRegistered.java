package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;
import static org.cadretraining.events.Classification.SENSITIVE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;

/**
 * A cadre entered the registry. Carries what reporting and eligibility need, and no more: never the national ID,
 * the ethnic group or party membership (Decree 13/2023). {@code ethnicMinority} is the derived flag plans report on.
 * {@code effectiveDate} is the day the cadre began serving in {@code unitId}, where the record was entered later
 * (history loaded from an older system); without it, the day of {@code registeredAt}.
 */
@EventDescription("A cadre (cán bộ, công chức, viên chức) entered the register, with what reporting and eligibility "
        + "need and no more: never the national ID, the ethnic group or party membership (Decree 13/2023). Their "
        + "qualification records follow as CadreQualificationRecorded events.")
public record CadreRegistered(
        @Property(classification = PERSONAL, description = "The cadre's id (UUID, registry.cadres key), pseudonymous: not the national ID.")
        String cadreId,
        @Property(classification = PUBLIC, description = "The unit the cadre serves in (registry.units key).")
        String unitId,
        @Property(classification = PERSONAL, description = "The cadre's full name, in Vietnamese as on their papers (e.g. \"Lò Văn Minh\").")
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
        @Property(classification = PERSONAL, description = "The cadre's status when registered (ACTIVE for a cadre in service); a later CadreDeparted changes it.")
        CadreStatus status,
        @Property(classification = PERSONAL, description = "The cadre's level on each qualification ladder when registered, from the records that follow (NONE where they hold none).")
        QualificationLevels levels,
        @Property(classification = PERSONAL, description = "When the cadre was entered in the registry (UTC instant, ISO-8601 date-time).")
        Instant registeredAt,
        @Property(classification = SENSITIVE, description = "The cadre's seats on party executive committees, one per committee and term; absent or empty for none.")
        @OptionalField List<CommitteeMembership> committeeMemberships,
        @Property(classification = PERSONAL, description = "The day the cadre began serving in unitId (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh); absent from older producers, and then the day of registeredAt stands for it.")
        @OptionalField LocalDate effectiveDate) {
    /** A cadre as the registry described them before registrations carried the day service began. */
    public CadreRegistered(String cadreId, String unitId, String fullName, LocalDate birthDate, Gender gender,
                           boolean ethnicMinority, String position, CivilServiceRank rank,
                           ManagementTier managementTier, CadreStatus status, QualificationLevels levels,
                           Instant registeredAt, List<CommitteeMembership> committeeMemberships) {
        this(cadreId, unitId, fullName, birthDate, gender, ethnicMinority, position, rank, managementTier, status, levels,
                registeredAt, committeeMemberships, null);
    }
}
