package org.cadretraining.enrollment.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SeatDivisionTest {
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void seatsFollowTheCadresEachSuccessorReceived() {
        assertThat(SeatDivision.divide(10, List.of(A, B), Map.of(A, 30L, B, 70L))).containsExactly(Map.entry(A, 3), Map.entry(B, 7));
        assertThat(SeatDivision.divide(12, List.of(A, B, C), Map.of(A, 1L, B, 1L, C, 2L)))
                .containsExactly(Map.entry(A, 3), Map.entry(B, 3), Map.entry(C, 6));
    }

    @Test
    void theSeatsLeftOverGoToTheLargestRemaindersThenToWhoReceivedMore() {
        // 7 × 5/10 = 3.5, 7 × 3/10 = 2.1, 7 × 2/10 = 1.4: the seat left goes to the largest remainder, A's.
        assertThat(SeatDivision.divide(7, List.of(A, B, C), Map.of(A, 5L, B, 3L, C, 2L)))
                .containsExactly(Map.entry(A, 4), Map.entry(B, 2), Map.entry(C, 1));
        // 1 × 1/3 each: equal remainders; the seat goes to whoever received more, here C.
        assertThat(SeatDivision.divide(1, List.of(A, B, C), Map.of(A, 1L, B, 1L, C, 2L)))
                .containsExactly(Map.entry(A, 0), Map.entry(B, 0), Map.entry(C, 1));
    }

    @Test
    void withNoCadresKnownTheSeatsAreSharedEvenlyTheRemainderToTheFirstNamed() {
        assertThat(SeatDivision.divide(11, List.of(A, B, C), Map.of())).containsExactly(Map.entry(A, 4), Map.entry(B, 4), Map.entry(C, 3));
        // Cadres received by a unit that is not a successor (an abolished district's organ, moved to the province) do not count.
        assertThat(SeatDivision.divide(2, List.of(A, B, C), Map.of(UUID.randomUUID(), 9L)))
                .containsExactly(Map.entry(A, 1), Map.entry(B, 1), Map.entry(C, 0));
    }

    @Test
    void nothingIsAddedOrLost() {
        for (int seats = 0; seats <= 40; seats++) {
            for (long a = 0; a <= 7; a++) {
                for (long b = 0; b <= 7; b++) {
                    Map<UUID, Integer> shares = SeatDivision.divide(seats, List.of(A, B, C), Map.of(A, a, B, b, C, 3L));
                    assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(seats);
                    assertThat(shares.values()).allMatch(s -> s >= 0);
                }
            }
        }
    }

    @Test
    void oneSuccessorTakesEverythingAndNoneIsAnError() {
        assertThat(SeatDivision.divide(9, List.of(B), Map.of())).containsExactly(Map.entry(B, 9));
        assertThatThrownBy(() -> SeatDivision.divide(9, List.of(), Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeatDivision.divide(-1, List.of(A), Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
