package org.cadretraining.platform.demo;

import java.util.ArrayList;
import java.util.List;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StateManagementLevel;

/**
 * Turns the levels a cadre holds into the history of records that got them there, each with a field, a
 * school and a year.
 *
 * <p>Each ladder is a chain of courses (a university degree, then a master's; intermediate, then advanced
 * political theory), each taken within a typical age window and some years after the one before. Years
 * are placed along the chain so that the last fits before {@link DemoProvince#AS_OF}.
 */
final class QualificationRecords {

    static final int LAST_YEAR = DemoProvince.AS_OF.getYear() - 1;

    /** Nobody completes anything before turning 19, so every year is after the 18th birthday. */
    private static final int MIN_AGE = 19;

    /**
     * One course of a chain, before it has a year.
     *
     * @param minAge, maxAge the usual ages at completion
     * @param gap            minimum years after the previous course of the chain
     */
    private record Course(Ladder ladder, String level, String field, String school, int minAge, int maxAge, int gap) {
    }

    private QualificationRecords() {
    }

    static List<DemoQualification> history(Dice dice, UnitProfile unit, PositionSpec position, int birthYear, int age,
                                           QualificationLevels levels) {
        List<DemoQualification> records = new ArrayList<>();
        records.addAll(schedule(dice, birthYear, professionalChain(dice, unit, position, age, levels.professional())));
        records.addAll(schedule(dice, birthYear, politicalTheoryChain(dice, unit, position.role(), levels.politicalTheory())));
        records.addAll(schedule(dice, birthYear, stateManagementChain(dice, levels.stateManagement())));
        return records;
    }

    private static List<Course> professionalChain(Dice dice, UnitProfile unit, PositionSpec position, int age,
                                                  ProfessionalLevel level) {
        List<Course> chain = new ArrayList<>();
        if (level == ProfessionalLevel.NONE) {
            return chain;
        }
        boolean medical = level == ProfessionalLevel.SPECIALIST_DOCTOR_I || level == ProfessionalLevel.SPECIALIST_DOCTOR_II;
        String field = medical ? StudyCatalogue.MEDICINE : StudyCatalogue.degreeField(dice, unit, position);
        switch (level) {
            case VOCATIONAL -> chain.add(course(dice, ProfessionalLevel.VOCATIONAL, StudyCatalogue.vocationalField(dice, field), 19, 32, 0));
            case COLLEGE -> {
                String collegeField = StudyCatalogue.vocationalField(dice, field);
                if (dice.chance(0.2)) {
                    chain.add(course(dice, ProfessionalLevel.VOCATIONAL, collegeField, 19, 24, 0));
                }
                chain.add(course(dice, ProfessionalLevel.COLLEGE, collegeField, 21, 35, 2));
            }
            default -> addDegrees(dice, unit, position, age, level, field, chain);
        }
        return chain;
    }

    private static void addDegrees(Dice dice, UnitProfile unit, PositionSpec position, int age, ProfessionalLevel level,
                                   String field, List<Course> chain) {
        boolean medicine = StudyCatalogue.MEDICINE.equals(field);
        // Many commune cadres started with a diploma and earned the degree part-time (liên thông, tại chức).
        boolean inService = unit.kind().commune() && !medicine && age >= 30 && dice.chance(0.35);
        if (inService) {
            ProfessionalLevel first = dice.chance(0.5) ? ProfessionalLevel.VOCATIONAL : ProfessionalLevel.COLLEGE;
            chain.add(course(dice, first, StudyCatalogue.vocationalField(dice, field), 19, 25, 0));
            chain.add(course(dice, ProfessionalLevel.UNIVERSITY, field, 25, 42, 2));
        } else if (medicine) {
            // Medicine takes six years.
            chain.add(course(dice, ProfessionalLevel.UNIVERSITY, field, 24, 25, 0));
        } else {
            chain.add(course(dice, ProfessionalLevel.UNIVERSITY, field, 22, 24, 0));
        }
        switch (level) {
            case MASTER -> chain.add(course(dice, ProfessionalLevel.MASTER, StudyCatalogue.masterField(dice, field), 27, 45, 2));
            case DOCTORATE -> {
                // The doctorate continues the master's.
                String masterField = StudyCatalogue.masterField(dice, field);
                chain.add(course(dice, ProfessionalLevel.MASTER, masterField, 27, 40, 2));
                chain.add(course(dice, ProfessionalLevel.DOCTORATE, masterField, 33, 52, 3));
            }
            case SPECIALIST_DOCTOR_I, SPECIALIST_DOCTOR_II -> {
                // Level II continues level I in the same specialty.
                String specialty = StudyCatalogue.medicalSpecialty(dice);
                chain.add(course(dice, ProfessionalLevel.SPECIALIST_DOCTOR_I, specialty, 27, 45, 2));
                if (level == ProfessionalLevel.SPECIALIST_DOCTOR_II) {
                    chain.add(course(dice, ProfessionalLevel.SPECIALIST_DOCTOR_II, specialty, 34, 55, 3));
                }
            }
            default -> { }
        }
    }

    private static List<Course> politicalTheoryChain(Dice dice, UnitProfile unit, Role role, PoliticalTheoryLevel level) {
        List<Course> chain = new ArrayList<>();
        switch (level) {
            case NONE -> { }
            case ELEMENTARY -> chain.add(theory(dice, unit, PoliticalTheoryLevel.ELEMENTARY, 21, 35, 0));
            case INTERMEDIATE -> {
                boolean grassroots = unit.kind().commune() || role == Role.COMMUNE_LEADER;
                if (dice.chance(grassroots ? 0.6 : 0.3)) {
                    chain.add(theory(dice, unit, PoliticalTheoryLevel.ELEMENTARY, 21, 30, 0));
                }
                chain.add(theory(dice, unit, PoliticalTheoryLevel.INTERMEDIATE, 25, 45, 1));
            }
            case ADVANCED -> {
                if (dice.chance(0.75)) {
                    chain.add(theory(dice, unit, PoliticalTheoryLevel.INTERMEDIATE, 25, 40, 0));
                }
                chain.add(theory(dice, unit, PoliticalTheoryLevel.ADVANCED, 32, 55, 2));
            }
            // The bachelor's in politics is a degree of its own, usually taken young.
            case BACHELOR -> chain.add(theory(dice, unit, PoliticalTheoryLevel.BACHELOR, 22, 40, 0));
        }
        return chain;
    }

    /** Each rank course presupposes the one below it. */
    private static List<Course> stateManagementChain(Dice dice, StateManagementLevel level) {
        List<Course> chain = new ArrayList<>();
        if (level.compareTo(StateManagementLevel.SPECIALIST) >= 0) {
            chain.add(stateManagement(dice, StateManagementLevel.SPECIALIST, 25, 40, 0));
        }
        if (level.compareTo(StateManagementLevel.PRINCIPAL_SPECIALIST) >= 0) {
            chain.add(stateManagement(dice, StateManagementLevel.PRINCIPAL_SPECIALIST, 33, 52, 3));
        }
        if (level == StateManagementLevel.SENIOR_SPECIALIST) {
            chain.add(stateManagement(dice, StateManagementLevel.SENIOR_SPECIALIST, 42, 58, 3));
        }
        return chain;
    }

    /**
     * Puts a year on each course, in order. Hard bounds: after the 18th birthday, after the previous course
     * by its gap, and early enough to leave room for the courses after it before {@link #LAST_YEAR}. The
     * course's usual age window is only a preference, clamped into those bounds, so a cadre who is young for
     * a level still gets it (a little early). A chain stops only where the hard bounds cannot be met.
     */
    private static List<DemoQualification> schedule(Dice dice, int birthYear, List<Course> chain) {
        List<DemoQualification> records = new ArrayList<>();
        int roomForLater = 0;
        for (Course course : chain) {
            roomForLater += course.gap();
        }
        int previous = Integer.MIN_VALUE / 2;
        for (Course course : chain) {
            roomForLater -= course.gap();
            int floor = Math.max(birthYear + MIN_AGE, previous + course.gap());
            int ceiling = LAST_YEAR - roomForLater;
            if (floor > ceiling) {
                break;
            }
            int earliest = Math.min(Math.max(floor, birthYear + course.minAge()), ceiling);
            int latest = Math.max(earliest, Math.min(ceiling, birthYear + course.maxAge()));
            int year = dice.between(earliest, latest);
            records.add(new DemoQualification(course.ladder(), course.level(), course.field(), course.school(), year));
            previous = year;
        }
        return records;
    }

    private static Course course(Dice dice, ProfessionalLevel level, String field, int minAge, int maxAge, int gap) {
        return new Course(Ladder.PROFESSIONAL, level.name(), field, StudyCatalogue.school(dice, level, field), minAge, maxAge, gap);
    }

    private static Course theory(Dice dice, UnitProfile unit, PoliticalTheoryLevel level, int minAge, int maxAge, int gap) {
        return new Course(Ladder.POLITICAL_THEORY, level.name(), StudyCatalogue.politicalTheoryProgramme(level),
                StudyCatalogue.politicalTheorySchool(dice, level, unit), minAge, maxAge, gap);
    }

    private static Course stateManagement(Dice dice, StateManagementLevel level, int minAge, int maxAge, int gap) {
        return new Course(Ladder.STATE_MANAGEMENT, level.name(), StudyCatalogue.stateManagementProgramme(level),
                StudyCatalogue.stateManagementSchool(dice, level), minAge, maxAge, gap);
    }
}
