package org.cadretraining.registry.cadres;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;

/** What registering a cadre takes, with the qualifications they already hold. */
public record NewCadre(String nationalId, String fullName, LocalDate birthDate, Gender gender, Ethnicity ethnicity,
                       UUID unitId, String position, CivilServiceRank rank, ManagementTier managementTier,
                       boolean partyMember, LocalDate partyJoinDate, List<NewQualification> qualifications) {

    public record NewQualification(Ladder ladder, String level, String fieldOfStudy, String institution, Integer year) {
    }
}
