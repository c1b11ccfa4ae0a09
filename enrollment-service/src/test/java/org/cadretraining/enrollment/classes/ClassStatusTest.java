package org.cadretraining.enrollment.classes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassStatusTest {
    @Test
    void aClassMovesForwardOneStepAtATimeOrIsCancelled() {
        assertThat(ClassStatus.SCHEDULED.canMoveTo(ClassStatus.OPEN)).isTrue();
        assertThat(ClassStatus.OPEN.canMoveTo(ClassStatus.IN_PROGRESS)).isTrue();
        assertThat(ClassStatus.IN_PROGRESS.canMoveTo(ClassStatus.COMPLETED)).isTrue();
        assertThat(ClassStatus.SCHEDULED.canMoveTo(ClassStatus.IN_PROGRESS)).isFalse();
        assertThat(ClassStatus.SCHEDULED.canMoveTo(ClassStatus.COMPLETED)).isFalse();
        assertThat(ClassStatus.OPEN.canMoveTo(ClassStatus.SCHEDULED)).isFalse();
        for (ClassStatus s : new ClassStatus[] {ClassStatus.SCHEDULED, ClassStatus.OPEN, ClassStatus.IN_PROGRESS}) {
            assertThat(s.canMoveTo(ClassStatus.CANCELLED)).isTrue();
        }
        assertThat(ClassStatus.COMPLETED.next()).isEmpty();
        assertThat(ClassStatus.CANCELLED.next()).isEmpty();
    }

    @Test
    void nominationsStopOnceAClassRunsAndSeatsOnceItCloses() {
        assertThat(ClassStatus.OPEN.takesNominations()).isTrue();
        assertThat(ClassStatus.IN_PROGRESS.takesNominations()).isFalse();
        assertThat(ClassStatus.IN_PROGRESS.seatsCanBeGiven()).isTrue();
        assertThat(ClassStatus.COMPLETED.seatsCanBeGiven()).isFalse();
        assertThat(ClassStatus.CANCELLED.seatsCanBeGiven()).isFalse();
    }
}
