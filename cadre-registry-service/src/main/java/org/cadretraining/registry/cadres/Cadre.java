package org.cadretraining.registry.cadres;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.registry.CadreProfileUpdated;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;

/**
 * A cadre, civil servant or public employee on the register (cán bộ, công chức, viên chức). {@code servingSince} is
 * the day they began serving, where it was given (history loaded late); null: the day they were registered.
 */
public record Cadre(UUID id, String nationalId, String fullName, LocalDate birthDate, Gender gender, Ethnicity ethnicity,
                    UUID unitId, String position, CivilServiceRank rank, ManagementTier managementTier,
                    boolean partyMember, LocalDate partyJoinDate, CadreStatus status,
                    List<CommitteeMembership> committeeMemberships, LocalDate departedOn, LocalDate servingSince) {
    public Cadre {
        committeeMemberships = committeeMemberships == null ? List.of() : List.copyOf(committeeMemberships);
    }

    public Cadre(UUID id, String nationalId, String fullName, LocalDate birthDate, Gender gender, Ethnicity ethnicity,
                 UUID unitId, String position, CivilServiceRank rank, ManagementTier managementTier,
                 boolean partyMember, LocalDate partyJoinDate, CadreStatus status,
                 List<CommitteeMembership> committeeMemberships, LocalDate departedOn) {
        this(id, nationalId, fullName, birthDate, gender, ethnicity, unitId, position, rank, managementTier, partyMember,
                partyJoinDate, status, committeeMemberships, departedOn, null);
    }

    /** The same cadre with the profile of {@code profile}; unit, status and departure stay. */
    public Cadre withProfile(NewCadre profile) {
        return new Cadre(id, profile.nationalId(), profile.fullName().strip(), profile.birthDate(), profile.gender(),
                profile.ethnicity(), unitId, profile.position(), profile.rank(),
                profile.managementTier() == null ? ManagementTier.UNIT : profile.managementTier(),
                profile.partyMember(), profile.partyJoinDate(), status,
                profile.committeeMemberships() == null ? committeeMemberships : profile.committeeMemberships(), departedOn,
                servingSince);
    }

    public Cadre inUnit(UUID unit) {
        return new Cadre(id, nationalId, fullName, birthDate, gender, ethnicity, unit, position, rank, managementTier,
                partyMember, partyJoinDate, status, committeeMemberships, departedOn, servingSince);
    }

    public Cadre departed(CadreStatus newStatus, LocalDate on) {
        return new Cadre(id, nationalId, fullName, birthDate, gender, ethnicity, unitId, position, rank, managementTier,
                partyMember, partyJoinDate, newStatus, committeeMemberships, on, servingSince);
    }

    public boolean active() {
        return status == CadreStatus.ACTIVE;
    }

    /**
     * The profile as other services see it: no national ID, ethnic group or party membership. Two cadres with equal
     * public profiles differ only in what never leaves the registry, so such a change publishes nothing.
     */
    public CadreProfileUpdated publicProfile(Instant at) {
        return new CadreProfileUpdated(id.toString(), fullName, birthDate, gender, ethnicity.isMinority(), position, rank,
                managementTier, committeeMemberships, at);
    }

    public boolean samePublicProfile(Cadre other) {
        Instant epoch = Instant.EPOCH;
        return publicProfile(epoch).equals(other.withId(id).publicProfile(epoch));
    }

    private Cadre withId(UUID newId) {
        return new Cadre(newId, nationalId, fullName, birthDate, gender, ethnicity, unitId, position, rank, managementTier,
                partyMember, partyJoinDate, status, committeeMemberships, departedOn, servingSince);
    }
}
