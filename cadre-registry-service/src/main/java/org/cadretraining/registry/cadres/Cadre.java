package org.cadretraining.registry.cadres;

import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;

/** A cadre, civil servant or public employee on the register (cán bộ, công chức, viên chức). */
public record Cadre(UUID id, String nationalId, String fullName, LocalDate birthDate, Gender gender, Ethnicity ethnicity,
                    UUID unitId, String position, CivilServiceRank rank, ManagementTier managementTier,
                    boolean partyMember, LocalDate partyJoinDate, CadreStatus status) {
}
