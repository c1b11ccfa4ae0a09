package org.cadretraining.reporting.benchmark;

import java.util.Arrays;

/** A growable list of latencies in nanoseconds, and their percentiles. Not thread-safe: one per thread, then merged. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    /** The q-th quantile (0..1) in milliseconds, nearest rank. */
    double millis(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1_000_000.0;
    }

    double maxMillis() {
        return millis(1.0);
    }

    String summary() {
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", millis(0.50), millis(0.99), maxMillis(), size);
    }
}
