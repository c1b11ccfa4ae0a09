package org.cadretraining.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.QualificationSource;
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

    /**
     * A register loaded late: the registration (service since 2015) carries the level held today, an advanced degree
     * awarded in December 2025; the records date it. On 31/12/2024 the cadre held the intermediate one of 2010.
     */
    @Test
    void theLevelsOfADayAreThoseTheRecordsHadAwardedByThen() {
        CadreRegistered registration = Events.servingSince(Events.cadre(CADRE, "u-1", Gender.MALE, 1980, true,
                PoliticalTheoryLevel.ADVANCED), java.time.LocalDate.of(2015, 3, 1));
        // The records the registration brought, published at its instant.
        java.time.Instant at = registration.registeredAt();
        CadreProgress cadre = CadreProgress.empty(CADRE).apply("e-1", registration)
                .apply("e-2", record(Ladder.POLITICAL_THEORY, "INTERMEDIATE", 2010, java.time.LocalDate.of(2010, 6, 30), at))
                .apply("e-3", record(Ladder.POLITICAL_THEORY, "ADVANCED", 2025, java.time.LocalDate.of(2025, 12, 15), at))
                // Only its year is known: held from the year's end.
                .apply("e-4", record(Ladder.STATE_MANAGEMENT, "SPECIALIST", 2024, null, at));
        assertThat(cadre.levels().politicalTheory()).isEqualTo(PoliticalTheoryLevel.ADVANCED);
        java.util.NavigableMap<java.time.LocalDate, CadreProgress> history = cadre.history();
        assertThat(history.floorEntry(java.time.LocalDate.of(2024, 12, 30)).getValue().levels().politicalTheory())
                .isEqualTo(PoliticalTheoryLevel.INTERMEDIATE);
        assertThat(history.floorEntry(java.time.LocalDate.of(2024, 12, 30)).getValue().levels().level(Ladder.STATE_MANAGEMENT))
                .isEqualTo("NONE");
        assertThat(history.floorEntry(java.time.LocalDate.of(2024, 12, 31)).getValue().levels().level(Ladder.STATE_MANAGEMENT))
                .isEqualTo("SPECIALIST");
        assertThat(history.floorEntry(java.time.LocalDate.of(2026, 1, 1)).getValue().levels().politicalTheory())
                .isEqualTo(PoliticalTheoryLevel.ADVANCED);
        // The professional ladder has no record: the registration's level holds from the day service began.
        assertThat(history.floorEntry(java.time.LocalDate.of(2015, 3, 1)).getValue().levels().level(Ladder.PROFESSIONAL))
                .isEqualTo("UNIVERSITY");
    }

    private static CadreQualificationRecorded record(Ladder ladder, String level, int year, java.time.LocalDate awardedOn,
                                                     java.time.Instant recordedAt) {
        return new CadreQualificationRecorded(CADRE, Events.id(), ladder, level, level, QualificationSource.MANUAL, null, null,
                year, null, null, recordedAt, awardedOn);
    }
}
