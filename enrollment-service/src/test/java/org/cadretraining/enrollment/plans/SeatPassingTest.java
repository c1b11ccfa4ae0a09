package org.cadretraining.enrollment.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.enrollment.plans.SeatPassing.Passed;
import org.junit.jupiter.api.Test;

class SeatPassingTest {
    private static final UUID CLOSED = UUID.fromString("00000000-0000-0000-0000-0000000000c0");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-0000000000d0");
    private static final UUID S1 = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID S2 = UUID.fromString("00000000-0000-0000-0000-0000000000e2");

    private static Map<UUID, Integer> allocations(Object... unitsAndSeats) {
        Map<UUID, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < unitsAndSeats.length; i += 2) {
            map.put((UUID) unitsAndSeats[i], (Integer) unitsAndSeats[i + 1]);
        }
        return map;
    }

    private static int total(Map<UUID, Integer> allocations) {
        return allocations.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void aMergerSumsTheClosedUnitsSeatsIntoTheSuccessors() {
        Map<UUID, Integer> before = allocations(CLOSED, 6, S1, 4, OTHER, 2);
        Passed passed = SeatPassing.pass(before, CLOSED, 0, seats -> SeatDivision.divide(seats, List.of(S1), Map.of()));
        assertThat(passed.allocations()).containsOnly(Map.entry(S1, 10), Map.entry(OTHER, 2));
        assertThat(passed.kept()).isZero();
        assertThat(passed.passed()).isEqualTo(6);
        assertThat(total(passed.allocations())).isEqualTo(total(before));
    }

    @Test
    void theSeatsItsCadresAlreadyTookStayWithTheClosedUnit() {
        Passed passed = SeatPassing.pass(allocations(CLOSED, 6), CLOSED, 2, seats -> SeatDivision.divide(seats, List.of(S1), Map.of()));
        assertThat(passed.allocations()).containsOnly(Map.entry(CLOSED, 2), Map.entry(S1, 4));
        // More taken than given (seats given back by a revision): it keeps what it had, and passes nothing.
        Passed over = SeatPassing.pass(allocations(CLOSED, 3), CLOSED, 5, seats -> SeatDivision.divide(seats, List.of(S1), Map.of()));
        assertThat(over.allocations()).containsOnly(Map.entry(CLOSED, 3));
        assertThat(over.passed()).isZero();
    }

    @Test
    void aSplitSharesTheSeatsAndASuccessorWithNoShareGetsNoLine() {
        Passed passed = SeatPassing.pass(allocations(CLOSED, 1, OTHER, 1), CLOSED, 0,
                seats -> SeatDivision.divide(seats, List.of(S1, S2), Map.of(S1, 1L, S2, 3L)));
        assertThat(passed.allocations()).containsOnly(Map.entry(OTHER, 1), Map.entry(S2, 1));
        assertThat(passed.shares()).containsExactly(Map.entry(S1, 0), Map.entry(S2, 1));
    }

    @Test
    void sharingAgainMovesEachSuccessorByTheDifference() {
        // Shared evenly for want of the transfers: S1 5, S2 5 on top of S2's own 3; the cadres then went 1 : 4.
        Map<UUID, Integer> now = allocations(S1, 5, S2, 8, OTHER, 2);
        Map<UUID, Integer> next = SeatPassing.redivide(now, Map.of(S1, 5, S2, 5), SeatDivision.divide(10, List.of(S1, S2), Map.of(S1, 1L, S2, 4L)));
        assertThat(next).containsOnly(Map.entry(S1, 2), Map.entry(S2, 11), Map.entry(OTHER, 2));
        assertThat(total(next)).isEqualTo(total(now));
        // A successor left with nothing has no line; a draft's officer who cut it meanwhile never takes it below zero.
        assertThat(SeatPassing.redivide(allocations(S1, 1, S2, 1), Map.of(S1, 1, S2, 1), Map.of(S1, 0, S2, 2)))
                .containsOnly(Map.entry(S2, 2));
        assertThat(SeatPassing.redivide(allocations(S2, 1), Map.of(S1, 1, S2, 1), Map.of(S1, 2, S2, 0)))
                .containsOnly(Map.entry(S1, 1));
    }
}
