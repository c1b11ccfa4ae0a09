package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;

/** Creates one cadre for one position of one unit. */
final class CadreFactory {

    /**
     * Oldest age on the as-of date. The statutory retirement age in 2026 is 61 years 6 months for men and
     * 56 years 8 months for women (Decree 135/2020/NĐ-CP), and the demo keeps everyone at 60 or under.
     */
    static final int MAX_AGE_MEN = 60;
    static final int MAX_AGE_WOMEN = 56;

    /** The last day a cadre can have joined the unit the demo registers them in: the districts' last day. */
    static final LocalDate LAST_START = DemoReorganization.EFFECTIVE.minusDays(1);
    /** Most cadres have been in their present unit for up to this many years. */
    private static final int USUAL_YEARS_IN_UNIT = 15;

    private final Dice dice;
    private final Dice serviceDice;
    private final NationalIds nationalIds = new NationalIds();

    CadreFactory(Dice dice, Dice serviceDice) {
        this.dice = dice;
        this.serviceDice = serviceDice;
    }

    DemoCadre create(UnitProfile unit, PositionSpec position) {
        Gender gender = dice.chance(position.femaleShare()) ? Gender.FEMALE : Gender.MALE;
        int age = age(position, gender);
        LocalDate birthDate = birthDate(age);
        String ethnicity = unit.ethnicMix().pick(dice);
        String fullName = VietnameseNames.fullName(dice, ethnicity, gender);
        String nationalId = nationalIds.issue(dice, ethnicity, gender, birthDate);

        // Whoever a party Standing Committee manages holds a party post, so is a member.
        boolean partyMember = position.tier() != ManagementTier.UNIT || dice.chance(partyShare(position.role(), age));
        LocalDate partyJoinDate = partyMember ? partyJoinDate(position.role(), birthDate, age) : null;

        LevelPlanner.Plan plan = LevelPlanner.plan(dice, unit, position, age, partyMember);
        List<DemoQualification> qualifications =
                QualificationRecords.history(dice, unit, position, birthDate.getYear(), age, plan.levels());

        return new DemoCadre(nationalId, fullName, birthDate, gender, ethnicity, unit.code(), position.title(),
                plan.rank(), position.tier(), partyMember, partyJoinDate, qualifications,
                servingSince(birthDate, unit.unit().validFrom()));
    }

    /**
     * The day the cadre began in the unit: after turning 22 and after the unit existed, spread evenly over the years
     * before the reorganization, so that a few began in its first half of 2025 and the registers of earlier years
     * count fewer people.
     */
    private LocalDate servingSince(LocalDate birthDate, LocalDate unitFrom) {
        LocalDate earliest = birthDate.plusYears(22);
        LocalDate usual = LAST_START.minusYears(USUAL_YEARS_IN_UNIT);
        if (earliest.isBefore(usual)) {
            earliest = usual;
        }
        if (earliest.isBefore(unitFrom)) {
            earliest = unitFrom;
        }
        if (!earliest.isBefore(LAST_START)) {
            return LAST_START;
        }
        return earliest.plusDays(serviceDice.below((int) ChronoUnit.DAYS.between(earliest, LAST_START) + 1));
    }

    private int age(PositionSpec position, Gender gender) {
        int max = Math.min(position.maxAge(), gender == Gender.FEMALE ? MAX_AGE_WOMEN : MAX_AGE_MEN);
        int min = Math.min(position.minAge(), max);
        return dice.around(min, max);
    }

    /** A birth date that makes the cadre exactly {@code age} on the as-of date. */
    private LocalDate birthDate(int age) {
        LocalDate latest = DemoProvince.AS_OF.minusYears(age);
        LocalDate earliest = DemoProvince.AS_OF.minusYears(age + 1L).plusDays(1);
        return earliest.plusDays(dice.below((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
    }

    /** Young cadres have had less time to be admitted to the party. */
    private static double partyShare(Role role, int age) {
        return age < 28 ? role.partyShare() * 0.6 : role.partyShare();
    }

    /** Admission comes after the 18th birthday, typically in one's twenties; leaders joined young. */
    private LocalDate partyJoinDate(Role role, LocalDate birthDate, int age) {
        boolean leader = role.leader() || role == Role.COMMUNE_LEADER;
        int latestAge = Math.max(19, Math.min(age - 1, leader ? 32 : 40));
        int joinAge = leader ? dice.between(19, latestAge) : dice.around(19, latestAge);
        LocalDate date = birthDate.plusYears(joinAge).plusDays(dice.below(365));
        return date.isBefore(DemoProvince.AS_OF) ? date : DemoProvince.AS_OF.minusDays(1 + dice.below(180));
    }
}
