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
 * {@code committeeMemberships} null means "none" on registration and "unchanged" on an update. {@code servingSince}
 * is the day they began serving in the unit, where that is before the day they are registered (history loaded late);
 * it counts on registration only.
 */
public record NewCadre(String nationalId, String fullName, LocalDate birthDate, Gender gender, Ethnicity ethnicity,
                       UUID unitId, String position, CivilServiceRank rank, ManagementTier managementTier,
                       boolean partyMember, LocalDate partyJoinDate, List<NewQualification> qualifications,
                       List<CommitteeMembership> committeeMemberships, LocalDate servingSince) {

    public NewCadre(String nationalId, String fullName, LocalDate birthDate, Gender gender, Ethnicity ethnicity,
                    UUID unitId, String position, CivilServiceRank rank, ManagementTier managementTier,
                    boolean partyMember, LocalDate partyJoinDate, List<NewQualification> qualifications,
                    List<CommitteeMembership> committeeMemberships) {
        this(nationalId, fullName, birthDate, gender, ethnicity, unitId, position, rank, managementTier, partyMember,
                partyJoinDate, qualifications, committeeMemberships, null);
    }

    public NewCadre(String nationalId, String fullName, LocalDate birthDate, Gender gender, Ethnicity ethnicity,
                    UUID unitId, String position, CivilServiceRank rank, ManagementTier managementTier,
                    boolean partyMember, LocalDate partyJoinDate, List<NewQualification> qualifications) {
        this(nationalId, fullName, birthDate, gender, ethnicity, unitId, position, rank, managementTier, partyMember,
                partyJoinDate, qualifications, null, null);
    }

    /** A qualification held; {@code awardedOn} the day it was conferred, where known. */
    public record NewQualification(Ladder ladder, String level, String fieldOfStudy, String institution, Integer year,
                                   LocalDate awardedOn) {
        public NewQualification(Ladder ladder, String level, String fieldOfStudy, String institution, Integer year) {
            this(ladder, level, fieldOfStudy, institution, year, null);
        }

        /** The year given, or else the year of the award day. */
        public Integer yearHeld() {
            if (year != null || awardedOn == null) {
                return year;
            }
            return awardedOn.getYear();
        }
    }
}
