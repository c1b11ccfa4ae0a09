package org.cadretraining.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.junit.jupiter.api.Test;

/** What a target reports before its deadline, once it has passed, and for a cohort with nobody in it. */
class TargetProgressTest {
    private static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);
    /** Set in 2024, before its deadline: judged as of the deadline once it has passed. */
    private static final Target SET_EARLY = target(Instant.parse("2024-03-01T02:00:00Z"));

    private static Target target(Instant definedAt) {
        return new Target("t", "50% cán bộ diện Ban Thường vụ quản lý có trình độ sau đại học",
                new Target.Cohort(List.of(ManagementTier.PROVINCIAL_STANDING_COMMITTEE), null, null, null, null),
                new Target.Criterion(Ladder.PROFESSIONAL, "MASTER", true), 50.0, DEADLINE, definedAt);
    }

    /** A tally built as the views build it: one delta after another, marked when made after the deadline. */
    private static TargetTally tally(TargetTally... deltas) {
        TargetTally tally = TargetTally.ZERO;
        for (TargetTally delta : deltas) {
            tally = tally.apply(delta);
        }
        return tally;
    }

    @Test
    void beforeTheDeadlineItIsOnTrackOrAtRiskByWhatIsExpectedByThen() {
        TargetProgress onTrack = TargetProgress.of(SET_EARLY, new TargetTally(10, 4, 5), LocalDate.of(2025, 6, 1));
        assertThat(onTrack.status()).isEqualTo(TargetProgress.Status.ON_TRACK);
        assertThat(onTrack.onTrack()).isTrue();
        assertThat(onTrack.asOf()).isNull();
        TargetProgress atRisk = TargetProgress.of(SET_EARLY, new TargetTally(10, 4, 4), LocalDate.of(2025, 6, 1));
        assertThat(atRisk.status()).isEqualTo(TargetProgress.Status.AT_RISK);
        assertThat(atRisk.gap()).isEqualTo(1);
    }

    @Test
    void onceTheDeadlineHasPassedItIsMetOrMissedOnTheFiguresOfTheDeadline() {
        // Four of ten met it by the deadline; two more cadres qualify the next year.
        TargetTally atDeadline = tally(new TargetTally(10, 4, 4));
        TargetTally later = tally(new TargetTally(10, 4, 4), new TargetTally(0, 2, 2).afterDeadline(true));
        TargetProgress missed = TargetProgress.of(SET_EARLY, later, LocalDate.of(2026, 3, 1));
        assertThat(missed.status()).isEqualTo(TargetProgress.Status.MISSED);
        assertThat(missed.meeting()).as("as of the deadline, not today").isEqualTo(4);
        assertThat(missed.percent()).isEqualTo(40.0);
        assertThat(missed.asOf()).isEqualTo(DEADLINE);
        assertThat(missed.onTrack()).isFalse();
        // Nothing changed since the deadline: today's figures are the deadline's.
        assertThat(TargetProgress.of(SET_EARLY, atDeadline, LocalDate.of(2026, 3, 1)).meeting()).isEqualTo(4);
        // Met on the deadline stays met, whatever happens after.
        TargetTally metThenLeft = tally(new TargetTally(10, 6, 6), new TargetTally(0, -3, -3).afterDeadline(true));
        TargetProgress met = TargetProgress.of(SET_EARLY, metThenLeft, LocalDate.of(2026, 3, 1));
        assertThat(met.status()).isEqualTo(TargetProgress.Status.MET);
        assertThat(met.meeting()).isEqualTo(6);
        assertThat(met.onTrack()).isTrue();
    }

    @Test
    void theFiguresOfTheDeadlineAddUpAcrossUnits() {
        TargetTally district = tally(new TargetTally(4, 2, 2), new TargetTally(0, 1, 1).afterDeadline(true));
        TargetTally commune = tally(new TargetTally(6, 1, 1));
        TargetTally province = district.combine(commune);
        assertThat(province.cohortSize()).isEqualTo(10);
        assertThat(province.meeting()).as("now").isEqualTo(4);
        assertThat(province.asOfDeadline().meeting()).as("at the deadline").isEqualTo(3);
    }

    @Test
    void aTargetSetAfterItsDeadlineIsJudgedOnTheFiguresOfTheDayItIsAsked() {
        Target setLate = target(Instant.parse("2026-11-29T03:00:00Z"));
        TargetProgress progress = TargetProgress.of(setLate, new TargetTally(10, 7, 7), LocalDate.of(2026, 11, 29));
        assertThat(progress.status()).isEqualTo(TargetProgress.Status.MET);
        assertThat(progress.asOf()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void aCohortWithNobodyInItNeitherMeetsNorMisses() {
        for (LocalDate today : List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 3, 1))) {
            TargetProgress empty = TargetProgress.of(SET_EARLY, null, today);
            assertThat(empty.status()).as("on %s", today).isEqualTo(TargetProgress.Status.NO_COHORT);
            assertThat(empty.percent()).isNull();
            assertThat(empty.onTrack()).isFalse();
            assertThat(empty.gap()).isZero();
        }
    }
}
