package org.cadretraining.enrollment.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.junit.jupiter.api.Test;

class PrerequisitesTest {
    private final Prerequisites universityAndProvincialTier = new Prerequisites(
            List.of(new ConferredLevel(Ladder.PROFESSIONAL, "UNIVERSITY")), Set.of(ManagementTier.PROVINCIAL_STANDING_COMMITTEE));

    private static QualificationLevels holding(ProfessionalLevel professional) {
        return new QualificationLevels(professional, PoliticalTheoryLevel.NONE, StateManagementLevel.NONE);
    }

    @Test
    void aHigherLevelThanTheMinimumMeetsIt() {
        assertThat(universityAndProvincialTier.unmetBy(holding(ProfessionalLevel.MASTER), ManagementTier.PROVINCIAL_STANDING_COMMITTEE)).isEmpty();
        assertThat(universityAndProvincialTier.unmetBy(holding(ProfessionalLevel.UNIVERSITY), ManagementTier.PROVINCIAL_STANDING_COMMITTEE)).isEmpty();
    }

    @Test
    void eachUnmetRequirementIsListed() {
        assertThat(universityAndProvincialTier.unmetBy(holding(ProfessionalLevel.COLLEGE), ManagementTier.UNIT)).containsExactly(
                "PROFESSIONAL at least UNIVERSITY (holds COLLEGE)",
                "management tier one of [PROVINCIAL_STANDING_COMMITTEE] (is UNIT)");
    }

    @Test
    void noPrerequisitesAdmitEveryone() {
        assertThat(Prerequisites.NONE.unmetBy(QualificationLevels.NONE, ManagementTier.UNIT)).isEmpty();
    }
}
