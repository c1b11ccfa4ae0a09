package org.cadretraining.registry.cadres;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;

/**
 * What registering a cadre takes, with the qualifications they already hold; also the profile a change replaces.
 * {@code committeeMemberships} null means "none" on registration and "unchanged" on an update.
 */
public record NewCadre(String nationalId, String fullName, LocalDate birthDate, Gender gender, Ethnicity ethnicity,
                       UUID unitId, String position, CivilServiceRank rank, ManagementTier managementTier,
                       boolean partyMember, LocalDate partyJoinDate, List<NewQualification> qualifications,
                       List<CommitteeMembership> committeeMemberships) {

    public NewCadre(String nationalId, String fullName, LocalDate birthDate, Gender gender, Ethnicity ethnicity,
                    UUID unitId, String position, CivilServiceRank rank, ManagementTier managementTier,
                    boolean partyMember, LocalDate partyJoinDate, List<NewQualification> qualifications) {
        this(nationalId, fullName, birthDate, gender, ethnicity, unitId, position, rank, managementTier, partyMember,
                partyJoinDate, qualifications, null);
    }

    public record NewQualification(Ladder ladder, String level, String fieldOfStudy, String institution, Integer year) {
    }
}
