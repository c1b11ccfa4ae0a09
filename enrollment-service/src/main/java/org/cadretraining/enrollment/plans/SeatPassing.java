package org.cadretraining.enrollment.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a reorganization does to one quota's allocations. The closed unit keeps the seats its cadres already took
 * (their enrollments keep the unit that sent them: that is history), and the rest of its seats pass to its successors
 * ({@link SeatDivision}); a successor that had seats of its own keeps them and adds the passed ones. Nothing is added
 * or lost: the quota's allocations add up to what they did.
 */
public final class SeatPassing {
    private SeatPassing() {
    }

    /** The seats passed and how they were shared, for a later, better-informed division of the same seats. */
    public record Passed(Map<UUID, Integer> allocations, int kept, int passed, Map<UUID, Integer> shares) {
    }

    /**
     * @param allocations the quota's allocations now
     * @param taken       seats the closed unit's cadres hold already (nominations enrolled under its allocation)
     * @param shares      how {@code passed} seats are shared among the successors ({@link SeatDivision#divide})
     */
    public static Passed pass(Map<UUID, Integer> allocations, UUID closed, int taken, SharesOf shares) {
        int seats = allocations.getOrDefault(closed, 0);
        int kept = Math.min(Math.max(taken, 0), seats);
        int passed = seats - kept;
        Map<UUID, Integer> division = shares.of(passed);
        Map<UUID, Integer> next = new LinkedHashMap<>(allocations);
        if (kept == 0) {
            next.remove(closed);
        } else {
            next.put(closed, kept);
        }
        division.forEach((successor, share) -> {
            if (share > 0) {
                next.merge(successor, share, Integer::sum);
            }
        });
        return new Passed(next, kept, passed, division);
    }

    /**
     * The same passed seats shared anew (the cadres each successor received are now known): each successor's
     * allocation moves by the difference between its new and old share, never below zero (a draft's officer may have
     * changed it meanwhile).
     */
    public static Map<UUID, Integer> redivide(Map<UUID, Integer> allocations, Map<UUID, Integer> oldShares,
                                              Map<UUID, Integer> newShares) {
        Map<UUID, Integer> next = new LinkedHashMap<>(allocations);
        Map<UUID, Integer> union = new LinkedHashMap<>(oldShares);
        newShares.forEach((unit, seats) -> union.putIfAbsent(unit, 0));
        for (UUID unit : union.keySet()) {
            int delta = newShares.getOrDefault(unit, 0) - oldShares.getOrDefault(unit, 0);
            if (delta != 0) {
                int seats = Math.max(0, next.getOrDefault(unit, 0) + delta);
                // No seats and no allocation are the same thing: the quota lists only units with seats.
                if (seats == 0) {
                    next.remove(unit);
                } else {
                    next.put(unit, seats);
                }
            }
        }
        return next;
    }

    /** How a number of seats is shared among the successors. */
    @FunctionalInterface
    public interface SharesOf {
        Map<UUID, Integer> of(int seats);
    }
}
