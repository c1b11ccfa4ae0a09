package org.cadretraining.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.junit.jupiter.api.Test;

class UnitProgressTest {
    private static final UnitContribution WOMAN_STUDYING = new UnitContribution(Gender.FEMALE, true, 1995,
            ManagementTier.UNIT, new QualificationLevels(ProfessionalLevel.UNIVERSITY, PoliticalTheoryLevel.ELEMENTARY,
            StateManagementLevel.NONE), Set.of(ProgramCategory.POLITICAL_THEORY), false);
    private static final UnitContribution MAN = new UnitContribution(Gender.MALE, false, 1970,
            ManagementTier.DISTRICT_STANDING_COMMITTEE, new QualificationLevels(ProfessionalLevel.MASTER,
            PoliticalTheoryLevel.ADVANCED, StateManagementLevel.PRINCIPAL_SPECIALIST), Set.of(), false);

    @Test
    void addsAndSubtractsContributions() {
        UnitProgress both = UnitProgress.empty().plus(WOMAN_STUDYING).plus(MAN);
        assertThat(both.headcount()).isEqualTo(2);
        assertThat(both.women()).isEqualTo(1);
        assertThat(both.ethnicMinority()).isEqualTo(1);
        assertThat(both.studyingNow()).isEqualTo(1);
        assertThat(both.studyingByCategory()).containsEntry("POLITICAL_THEORY", 1L);
        assertThat(both.politicalTheory()).containsEntry("ELEMENTARY", 1L).containsEntry("ADVANCED", 1L);
        assertThat(both.byTier()).containsEntry("UNIT", 1L).containsEntry("DISTRICT_STANDING_COMMITTEE", 1L);

        UnitProgress back = both.minus(WOMAN_STUDYING);
        assertThat(back).isEqualTo(UnitProgress.empty().plus(MAN));
        assertThat(back.minus(MAN)).isEqualTo(UnitProgress.empty());
    }

    @Test
    void youngIsWorkedOutFromBirthYearsForTheYearAsked() {
        UnitProgress both = UnitProgress.empty().plus(WOMAN_STUDYING).plus(MAN);
        assertThat(both.youngerThan(35, 2026)).isEqualTo(1);
        assertThat(both.youngerThan(35, 2031)).isZero();
    }

    @Test
    void rollsUpTwoUnits() {
        UnitProgress a = UnitProgress.empty().plus(WOMAN_STUDYING);
        UnitProgress b = UnitProgress.empty().plus(MAN);
        assertThat(a.plus(b)).isEqualTo(UnitProgress.empty().plus(WOMAN_STUDYING).plus(MAN));
    }
}
