package org.cadretraining.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;

/**
 * A cadre's profile changed. Carries the profile as reporting and enrollment need it after the change, and nothing
 * more: no national ID, ethnic group or party membership.
 */
public record CadreProfileUpdated(
        String cadreId,
        String fullName,
        LocalDate birthDate,
        Gender gender,
        boolean ethnicMinority,
        @OptionalField String position,
        @OptionalField CivilServiceRank rank,
        ManagementTier managementTier,
        @OptionalField List<CommitteeMembership> committeeMemberships,
        Instant updatedAt) {
}
