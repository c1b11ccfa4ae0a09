package org.cadretraining.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.OptionalField;
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
public record CadreRegistered(
        String cadreId,
        String unitId,
        String fullName,
        LocalDate birthDate,
        Gender gender,
        boolean ethnicMinority,
        @OptionalField String position,
        @OptionalField CivilServiceRank rank,
        ManagementTier managementTier,
        CadreStatus status,
        QualificationLevels levels,
        Instant registeredAt,
        @OptionalField List<CommitteeMembership> committeeMemberships,
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
