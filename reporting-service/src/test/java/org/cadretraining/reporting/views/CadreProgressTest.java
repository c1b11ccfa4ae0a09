package org.cadretraining.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.reporting.Events;
import org.junit.jupiter.api.Test;

class CadreProgressTest {
    private static final String CADRE = "c-1";

    private static CadreProgress registered() {
        return CadreProgress.empty(CADRE).apply("e-1", Events.cadre(CADRE, "u-1", Gender.FEMALE, 1990, false,
                PoliticalTheoryLevel.ELEMENTARY));
    }

    @Test
    void followsRegistrationTransferQualificationAndEnrollment() {
        CadreProgress cadre = registered()
                .apply("e-2", Events.transfer(CADRE, "u-1", "u-2"))
                .apply("e-3", Events.enrolled("en-1", CADRE, ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE));
        assertThat(cadre.counted()).isTrue();
        assertThat(cadre.unitId()).isEqualTo("u-2");
        assertThat(cadre.currentEnrollments()).hasSize(1);

        cadre = cadre.apply("e-4", Events.graduated("en-1", CADRE))
                .apply("e-5", Events.qualification(CADRE, Ladder.POLITICAL_THEORY, "INTERMEDIATE"));
        assertThat(cadre.currentEnrollments()).isEmpty();
        assertThat(cadre.graduations()).hasSize(1);
        assertThat(cadre.levels().politicalTheory()).isEqualTo(PoliticalTheoryLevel.INTERMEDIATE);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        CadreProgress once = registered().apply("e-2", Events.enrolled("en-1", CADRE, ProgramCategory.LEADERSHIP, StudyMode.CONCENTRATED));
        assertThat(once.apply("e-2", Events.enrolled("en-1", CADRE, ProgramCategory.LEADERSHIP, StudyMode.CONCENTRATED)))
                .isEqualTo(once);
    }

    @Test
    void aLateCopyOfTheEnrollmentDoesNotReopenAGraduation() {
        CadreProgress graduated = registered()
                .apply("e-2", Events.enrolled("en-1", CADRE, ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE))
                .apply("e-3", Events.graduated("en-1", CADRE));
        CadreProgress replayed = graduated.apply("e-2-copy", Events.enrolled("en-1", CADRE, ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE));
        assertThat(replayed.currentEnrollments()).isEmpty();
        assertThat(replayed.graduations()).hasSize(1);
    }

    @Test
    void enrollmentEventsBeforeRegistrationAreKeptButNotCounted() {
        CadreProgress early = CadreProgress.empty(CADRE).apply("e-1",
                Events.enrolled("en-1", CADRE, ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE));
        assertThat(early.counted()).isFalse();
        CadreProgress later = early.apply("e-2", Events.cadre(CADRE, "u-1", Gender.MALE, 1980, true, PoliticalTheoryLevel.NONE));
        assertThat(later.counted()).isTrue();
        assertThat(later.currentEnrollments()).hasSize(1);
    }
}
