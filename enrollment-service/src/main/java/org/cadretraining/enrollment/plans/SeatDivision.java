package org.cadretraining.enrollment.plans;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a closed unit's seats are shared among its successors: in proportion to the cadres each received from it, by
 * the largest-remainder method (each gets the whole seats of its share, then the seats left over go one each to the
 * largest remainders; a tie goes to the successor that received more cadres, then to the one named first). When no
 * successor is known to have received anyone (the transfers have not arrived yet, or none are coming, as for an
 * abolished district whose communes moved whole), the seats are shared evenly, the remainder to the first named.
 */
public final class SeatDivision {
    private SeatDivision() {
    }

    /**
     * @param successors in the order the reorganization names them
     * @param cadres     cadres each successor received; a successor missing counts as none, other units are ignored
     * @return every successor's seats, in the successors' order; they add up to {@code seats}
     */
    public static Map<UUID, Integer> divide(int seats, List<UUID> successors, Map<UUID, Long> cadres) {
        if (seats < 0) {
            throw new IllegalArgumentException("seats must be zero or more");
        }
        if (successors.isEmpty()) {
            throw new IllegalArgumentException("no successor to share " + seats + " seat(s) among");
        }
        List<Long> weights = new ArrayList<>();
        for (UUID successor : successors) {
            weights.add(Math.max(0L, cadres.getOrDefault(successor, 0L)));
        }
        long total = weights.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            weights.replaceAll(w -> 1L);
            total = successors.size();
        }
        int[] shares = new int[successors.size()];
        BigInteger[] remainders = new BigInteger[successors.size()];
        int given = 0;
        BigInteger denominator = BigInteger.valueOf(total);
        for (int i = 0; i < successors.size(); i++) {
            BigInteger[] division = BigInteger.valueOf(seats).multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(denominator);
            shares[i] = division[0].intValueExact();
            remainders[i] = division[1];
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < successors.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed()
                .thenComparing(Comparator.comparing((Integer i) -> weights.get(i)).reversed())
                .thenComparing(i -> i));
        for (int k = 0; given < seats; k++, given++) {
            shares[order.get(k % order.size())]++;
        }
        Map<UUID, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < successors.size(); i++) {
            result.merge(successors.get(i), shares[i], Integer::sum);
        }
        return result;
    }
}
