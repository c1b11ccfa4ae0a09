package org.cadretraining.platform.demo;

import static org.cadretraining.events.vocabulary.CivilServiceRank.CLERK;
import static org.cadretraining.events.vocabulary.CivilServiceRank.PRINCIPAL_SPECIALIST;
import static org.cadretraining.events.vocabulary.CivilServiceRank.SENIOR_SPECIALIST;
import static org.cadretraining.events.vocabulary.CivilServiceRank.SPECIALIST;
import static org.cadretraining.events.vocabulary.CivilServiceRank.STAFF;

import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StateManagementLevel;

/**
 * Decides how far up each ladder a cadre has climbed and which rank they hold, from their role, unit and
 * age. The tables encode the pictures the seed articles paint: leaders hold advanced political theory and
 * often a master's; mid-level staff hold intermediate; commune staff more often hold college or vocational
 * diplomas; specialist doctors work in health; a rank comes with its state-management course.
 */
final class LevelPlanner {

    // Professional education, by role.
    private static final Weighted<ProfessionalLevel> LEADER_EDUCATION = professional("UNIVERSITY 45, MASTER 45, DOCTORATE 10");
    private static final Weighted<ProfessionalLevel> MEDICAL_LEADER_EDUCATION =
            professional("UNIVERSITY 10, MASTER 25, SPECIALIST_DOCTOR_I 30, SPECIALIST_DOCTOR_II 30, DOCTORATE 5");
    private static final Weighted<ProfessionalLevel> PROVINCIAL_HEAD_EDUCATION = professional("UNIVERSITY 68, MASTER 30, DOCTORATE 2");
    private static final Weighted<ProfessionalLevel> DISTRICT_HEAD_EDUCATION = professional("UNIVERSITY 82, MASTER 18");
    private static final Weighted<ProfessionalLevel> PROVINCIAL_DEPUTY_HEAD_EDUCATION = professional("UNIVERSITY 78, MASTER 22");
    private static final Weighted<ProfessionalLevel> DISTRICT_DEPUTY_HEAD_EDUCATION = professional("UNIVERSITY 89, MASTER 11");
    private static final Weighted<ProfessionalLevel> PRINCIPAL_OFFICER_EDUCATION = professional("UNIVERSITY 76, MASTER 22, DOCTORATE 2");
    private static final Weighted<ProfessionalLevel> PROVINCIAL_OFFICER_EDUCATION = professional("UNIVERSITY 88, MASTER 11, DOCTORATE 1");
    private static final Weighted<ProfessionalLevel> DISTRICT_OFFICER_EDUCATION = professional("UNIVERSITY 94, MASTER 6");
    private static final Weighted<ProfessionalLevel> JUNIOR_EDUCATION = professional("COLLEGE 60, VOCATIONAL 40");
    private static final Weighted<ProfessionalLevel> SUPPORT_EDUCATION = professional("VOCATIONAL 60, NONE 40");
    private static final Weighted<ProfessionalLevel> COMMUNE_LEADER_EDUCATION =
            professional("UNIVERSITY 72, COLLEGE 10, VOCATIONAL 15, MASTER 3");
    private static final Weighted<ProfessionalLevel> COMMUNE_OFFICIAL_EDUCATION = professional("UNIVERSITY 62, COLLEGE 13, VOCATIONAL 25");
    private static final Weighted<ProfessionalLevel> DOCTOR_EDUCATION =
            professional("UNIVERSITY 45, SPECIALIST_DOCTOR_I 33, SPECIALIST_DOCTOR_II 10, MASTER 10, DOCTORATE 2");
    private static final Weighted<ProfessionalLevel> NURSE_EDUCATION = professional("COLLEGE 50, UNIVERSITY 40, VOCATIONAL 10");
    private static final Weighted<ProfessionalLevel> PHARMACIST_EDUCATION = professional("UNIVERSITY 70, COLLEGE 20, MASTER 10");
    private static final Weighted<ProfessionalLevel> TEACHER_EDUCATION = professional("UNIVERSITY 85, MASTER 15");

    // Political theory, by role.
    private static final Weighted<PoliticalTheoryLevel> TOP_LEADER_THEORY = theory("ADVANCED 88, BACHELOR 12");
    private static final Weighted<PoliticalTheoryLevel> DEPUTY_LEADER_THEORY = theory("INTERMEDIATE 5, ADVANCED 85, BACHELOR 10");
    private static final Weighted<PoliticalTheoryLevel> DIVISION_HEAD_THEORY = theory("INTERMEDIATE 55, ADVANCED 40, BACHELOR 5");
    private static final Weighted<PoliticalTheoryLevel> DIVISION_DEPUTY_THEORY =
            theory("ELEMENTARY 5, INTERMEDIATE 75, ADVANCED 15, BACHELOR 5");
    private static final Weighted<PoliticalTheoryLevel> PRINCIPAL_OFFICER_THEORY =
            theory("NONE 10, ELEMENTARY 10, INTERMEDIATE 60, ADVANCED 17, BACHELOR 3");
    private static final Weighted<PoliticalTheoryLevel> OFFICER_THEORY =
            theory("NONE 40, ELEMENTARY 25, INTERMEDIATE 32, ADVANCED 1, BACHELOR 2");
    private static final Weighted<PoliticalTheoryLevel> JUNIOR_THEORY = theory("NONE 60, ELEMENTARY 35, INTERMEDIATE 5");
    private static final Weighted<PoliticalTheoryLevel> SUPPORT_THEORY = theory("NONE 75, ELEMENTARY 25");
    private static final Weighted<PoliticalTheoryLevel> COMMUNE_LEADER_THEORY =
            theory("ELEMENTARY 8, INTERMEDIATE 82, ADVANCED 8, BACHELOR 2");
    private static final Weighted<PoliticalTheoryLevel> COMMUNE_OFFICIAL_THEORY = theory("NONE 25, ELEMENTARY 45, INTERMEDIATE 30");
    private static final Weighted<PoliticalTheoryLevel> PRACTITIONER_THEORY = theory("NONE 60, ELEMENTARY 25, INTERMEDIATE 15");

    // Below these ages (on the as-of date) a level could not yet have been reached in the usual way.
    private static final int MIN_AGE_MASTER = 28;
    private static final int MIN_AGE_DOCTORATE = 36;
    private static final int MIN_AGE_SPECIALIST_DOCTOR_I = 29;
    private static final int MIN_AGE_SPECIALIST_DOCTOR_II = 37;
    private static final int MIN_AGE_PRINCIPAL_RANK = 36;
    private static final int MIN_AGE_SENIOR_RANK = 45;
    private static final int MIN_AGE_STATE_MANAGEMENT = 26;
    private static final int MIN_AGE_INTERMEDIATE_THEORY = 26;
    private static final int MIN_AGE_ADVANCED_THEORY = 33;

    private LevelPlanner() {
    }

    /** Where a cadre stands on the three ladders, and the rank that goes with it. */
    record Plan(QualificationLevels levels, CivilServiceRank rank) {
    }

    static Plan plan(Dice dice, UnitProfile unit, PositionSpec position, int age, boolean partyMember) {
        ProfessionalLevel professional = professional(dice, unit, position, age);
        CivilServiceRank rank = rank(dice, unit, position.role(), professional, age);
        PoliticalTheoryLevel theory = politicalTheory(dice, position.role(), partyMember, age);
        StateManagementLevel stateManagement = stateManagement(dice, position.role(), rank, age);
        return new Plan(new QualificationLevels(professional, theory, stateManagement), rank);
    }

    private static ProfessionalLevel professional(Dice dice, UnitProfile unit, PositionSpec position, int age) {
        boolean provincial = unit.kind().provincial();
        Weighted<ProfessionalLevel> table = switch (position.role()) {
            case TOP_LEADER, DEPUTY_LEADER -> position.fields().contains(StudyCatalogue.MEDICINE)
                    ? MEDICAL_LEADER_EDUCATION : LEADER_EDUCATION;
            case DIVISION_HEAD -> position.fields().contains(StudyCatalogue.MEDICINE) ? MEDICAL_LEADER_EDUCATION
                    : provincial ? PROVINCIAL_HEAD_EDUCATION : DISTRICT_HEAD_EDUCATION;
            case DIVISION_DEPUTY -> provincial ? PROVINCIAL_DEPUTY_HEAD_EDUCATION : DISTRICT_DEPUTY_HEAD_EDUCATION;
            case PRINCIPAL_OFFICER -> PRINCIPAL_OFFICER_EDUCATION;
            case OFFICER -> provincial ? PROVINCIAL_OFFICER_EDUCATION : DISTRICT_OFFICER_EDUCATION;
            case JUNIOR_OFFICER -> JUNIOR_EDUCATION;
            case SUPPORT_STAFF -> SUPPORT_EDUCATION;
            case COMMUNE_LEADER -> COMMUNE_LEADER_EDUCATION;
            case COMMUNE_OFFICIAL -> COMMUNE_OFFICIAL_EDUCATION;
            case DOCTOR -> DOCTOR_EDUCATION;
            case NURSE -> NURSE_EDUCATION;
            case PHARMACIST -> PHARMACIST_EDUCATION;
            case TEACHER -> TEACHER_EDUCATION;
        };
        return reachableProfessional(dice.pick(table), age);
    }

    /** Postgraduate study takes years after the first degree; the young hold the level below. */
    private static ProfessionalLevel reachableProfessional(ProfessionalLevel level, int age) {
        return switch (level) {
            case DOCTORATE -> age >= MIN_AGE_DOCTORATE ? level : reachableProfessional(ProfessionalLevel.MASTER, age);
            case MASTER -> age >= MIN_AGE_MASTER ? level : ProfessionalLevel.UNIVERSITY;
            case SPECIALIST_DOCTOR_II -> age >= MIN_AGE_SPECIALIST_DOCTOR_II
                    ? level : reachableProfessional(ProfessionalLevel.SPECIALIST_DOCTOR_I, age);
            case SPECIALIST_DOCTOR_I -> age >= MIN_AGE_SPECIALIST_DOCTOR_I ? level : ProfessionalLevel.UNIVERSITY;
            default -> level;
        };
    }

    /**
     * The specialist ranks need a university degree; principal and senior specialist also need years of
     * service, so they go to older cadres in senior posts.
     */
    private static CivilServiceRank rank(Dice dice, UnitProfile unit, Role role, ProfessionalLevel professional, int age) {
        if (professional.compareTo(ProfessionalLevel.UNIVERSITY) < 0) {
            return role == Role.SUPPORT_STAFF || professional == ProfessionalLevel.NONE ? CLERK : STAFF;
        }
        boolean province = unit.kind() == UnitKind.PROVINCE;
        boolean provincial = unit.kind().provincial();
        CivilServiceRank wanted = switch (role) {
            case TOP_LEADER -> province || dice.chance(provincial ? 0.3 : 0.15) ? SENIOR_SPECIALIST : PRINCIPAL_SPECIALIST;
            case DEPUTY_LEADER -> province
                    ? (dice.chance(0.5) ? SENIOR_SPECIALIST : PRINCIPAL_SPECIALIST)
                    : (dice.chance(0.85) ? PRINCIPAL_SPECIALIST : SPECIALIST);
            case DIVISION_HEAD -> dice.chance(provincial ? 0.5 : 0.25) ? PRINCIPAL_SPECIALIST : SPECIALIST;
            case DIVISION_DEPUTY -> dice.chance(provincial ? 0.2 : 0.08) ? PRINCIPAL_SPECIALIST : SPECIALIST;
            case PRINCIPAL_OFFICER -> PRINCIPAL_SPECIALIST;
            case JUNIOR_OFFICER -> STAFF;
            case SUPPORT_STAFF -> CLERK;
            default -> SPECIALIST;
        };
        if (wanted == SENIOR_SPECIALIST && age < MIN_AGE_SENIOR_RANK) {
            wanted = PRINCIPAL_SPECIALIST;
        }
        if (wanted == PRINCIPAL_SPECIALIST && age < MIN_AGE_PRINCIPAL_RANK) {
            wanted = SPECIALIST;
        }
        return wanted;
    }

    /**
     * Elementary political theory is party-member training; those outside the party may still hold the
     * intermediate political-administrative diploma some posts require, but not the advanced ones.
     */
    private static PoliticalTheoryLevel politicalTheory(Dice dice, Role role, boolean partyMember, int age) {
        Weighted<PoliticalTheoryLevel> table = switch (role) {
            case TOP_LEADER -> TOP_LEADER_THEORY;
            case DEPUTY_LEADER -> DEPUTY_LEADER_THEORY;
            case DIVISION_HEAD -> DIVISION_HEAD_THEORY;
            case DIVISION_DEPUTY -> DIVISION_DEPUTY_THEORY;
            case PRINCIPAL_OFFICER -> PRINCIPAL_OFFICER_THEORY;
            case OFFICER -> OFFICER_THEORY;
            case JUNIOR_OFFICER -> JUNIOR_THEORY;
            case SUPPORT_STAFF -> SUPPORT_THEORY;
            case COMMUNE_LEADER -> COMMUNE_LEADER_THEORY;
            case COMMUNE_OFFICIAL -> COMMUNE_OFFICIAL_THEORY;
            case DOCTOR, NURSE, PHARMACIST, TEACHER -> PRACTITIONER_THEORY;
        };
        PoliticalTheoryLevel level = dice.pick(table);
        if (!partyMember) {
            level = switch (level) {
                case ELEMENTARY -> PoliticalTheoryLevel.NONE;
                case ADVANCED, BACHELOR -> PoliticalTheoryLevel.INTERMEDIATE;
                default -> level;
            };
        }
        if (level == PoliticalTheoryLevel.ADVANCED && age < MIN_AGE_ADVANCED_THEORY) {
            level = PoliticalTheoryLevel.INTERMEDIATE;
        }
        if ((level == PoliticalTheoryLevel.INTERMEDIATE || level == PoliticalTheoryLevel.BACHELOR)
                && age < MIN_AGE_INTERMEDIATE_THEORY) {
            level = partyMember ? PoliticalTheoryLevel.ELEMENTARY : PoliticalTheoryLevel.NONE;
        }
        return level;
    }

    /**
     * A principal or senior specialist must have completed the matching state-management course to be
     * appointed to the rank; specialists usually, but not always, have theirs; practitioners rarely need it.
     */
    private static StateManagementLevel stateManagement(Dice dice, Role role, CivilServiceRank rank, int age) {
        return switch (rank) {
            case SENIOR_SPECIALIST -> StateManagementLevel.SENIOR_SPECIALIST;
            case PRINCIPAL_SPECIALIST -> StateManagementLevel.PRINCIPAL_SPECIALIST;
            case SPECIALIST -> {
                double share = role.practitioner() ? 0.15 : role.leader() || role == Role.DIVISION_HEAD ? 0.95 : 0.8;
                yield age >= MIN_AGE_STATE_MANAGEMENT && dice.chance(share)
                        ? StateManagementLevel.SPECIALIST : StateManagementLevel.NONE;
            }
            case STAFF, CLERK -> StateManagementLevel.NONE;
        };
    }

    private static Weighted<ProfessionalLevel> professional(String spec) {
        return Weighted.parse(ProfessionalLevel.class, spec);
    }

    private static Weighted<PoliticalTheoryLevel> theory(String spec) {
        return Weighted.parse(PoliticalTheoryLevel.class, spec);
    }
}
