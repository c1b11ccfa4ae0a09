package org.cadretraining.platform.demo;

import java.util.List;
import java.util.Random;

/**
 * The single source of randomness of one generation run.
 *
 * <p>{@link Random}'s algorithm is specified by the JDK, so the same seed gives the same province on every
 * JVM; everything random must go through one instance, in a fixed order, for that to hold.
 */
final class Dice {
    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number in [min, max], both included. */
    int between(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("Empty range [" + min + ", " + max + "]");
        }
        return min + random.nextInt(max - min + 1);
    }

    /**
     * A whole number in [min, max] that favours the middle (the mean of two uniform draws), because ages and
     * the like cluster rather than spread evenly.
     */
    int around(int min, int max) {
        return (between(min, max) + between(min, max) + random.nextInt(2)) / 2;
    }

    /** A whole number in [0, bound). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(Weighted<T> weighted) {
        return weighted.at(random.nextDouble());
    }
}
