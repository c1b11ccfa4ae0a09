package org.cadretraining.registry.qualifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.junit.jupiter.api.Test;

class QualificationHistoryTest {
    private static QualificationRecord record(Ladder ladder, String level, String enrollmentId) {
        return new QualificationRecord(UUID.randomUUID(), UUID.randomUUID(), ladder, level, null, null, 2020,
                QualificationSource.MANUAL, null, enrollmentId, Instant.now());
    }

    @Test
    void theCurrentLevelIsTheHighestRecordOnEachLadder() {
        QualificationHistory history = new QualificationHistory(List.of(
                record(Ladder.POLITICAL_THEORY, "INTERMEDIATE", null),
                record(Ladder.POLITICAL_THEORY, "ELEMENTARY", null),
                record(Ladder.PROFESSIONAL, "MASTER", null),
                record(Ladder.PROFESSIONAL, "UNIVERSITY", null)));
        assertThat(history.currentLevels().politicalTheory()).isEqualTo(PoliticalTheoryLevel.INTERMEDIATE);
        assertThat(history.currentLevels().professional()).isEqualTo(ProfessionalLevel.MASTER);
        assertThat(history.currentLevels().stateManagement()).isEqualTo(StateManagementLevel.NONE);
    }

    @Test
    void knowsWhichGraduationsItAlreadyHolds() {
        QualificationHistory history = new QualificationHistory(List.of(record(Ladder.POLITICAL_THEORY, "ADVANCED", "e-1")));
        assertThat(history.hasGraduationFrom("e-1")).isTrue();
        assertThat(history.hasGraduationFrom("e-2")).isFalse();
    }
}
