package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;

/**
 * A cadre, civil servant or public employee (cán bộ, công chức, viên chức) of the demo province.
 *
 * <p>Ethnicity, party membership and the national ID are sensitive personal data under Decree
 * 13/2023/NĐ-CP; the values here are synthetic, but code that handles them should treat them as real.
 *
 * @param nationalId     12-digit citizen identity card number (CCCD)
 * @param ethnicity      constant name of the registry's 54-group ethnicity enum, e.g. {@code KINH}, {@code THAI}
 * @param unitCode       the {@link DemoUnit#code()} of the unit the cadre works in
 * @param position       position or title (chức vụ, chức danh) in Vietnamese
 * @param partyJoinDate  null when {@code partyMember} is false
 * @param qualifications the cadre's records on all three ladders, each ladder lowest level first
 * @param servingSince   the day the cadre began in the unit {@code unitCode}
 */
public record DemoCadre(String nationalId, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
                        String unitCode, String position, CivilServiceRank rank, ManagementTier managementTier,
                        boolean partyMember, LocalDate partyJoinDate, List<DemoQualification> qualifications,
                        LocalDate servingSince) {

    public DemoCadre {
        Objects.requireNonNull(nationalId, "nationalId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(managementTier, "managementTier");
        Objects.requireNonNull(servingSince, "servingSince");
        if (partyMember != (partyJoinDate != null)) {
            throw new IllegalArgumentException("A party join date is given exactly for party members");
        }
        qualifications = List.copyOf(qualifications);
    }

    /** The highest level held on a ladder, as a level constant name; "NONE" without any record. */
    public String highestLevel(Ladder ladder) {
        return qualifications.stream()
                .filter(q -> q.ladder() == ladder)
                .map(DemoQualification::level)
                .max(Comparator.comparingInt(level -> LadderLevels.rank(ladder, level)))
                .orElse("NONE");
    }

    /** Age in whole years on the given date. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** Women, young and ethnic-minority cadres are the groups training plans give priority to. */
    public boolean ethnicMinority() {
        return !"KINH".equals(ethnicity);
    }
}
