package org.cadretraining.platform.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable weighted choice: each item is drawn in proportion to its weight.
 *
 * <p>The demo data is mostly tables of "this name is three times as common as that one"; keeping them as
 * weighted tables lets the tables read like the statistics they were taken from.
 */
final class Weighted<T> {
    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = List.copyOf(items);
        this.cumulative = cumulative;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Every item equally likely. */
    static <T> Weighted<T> uniform(List<T> items) {
        Builder<T> builder = builder();
        items.forEach(item -> builder.add(item, 1));
        return builder.build();
    }

    /** Every space-separated word equally likely: {@code words("Hùng Dũng Tuấn")}. */
    static Weighted<String> words(String words) {
        return uniform(Arrays.asList(words.strip().split("\\s+")));
    }

    /** Parses {@code "Nguyễn 31, Trần 11, Lê 9"}: comma-separated items, each ending in its weight. */
    static Weighted<String> parse(String spec) {
        Builder<String> builder = builder();
        for (String entry : spec.split(",")) {
            String trimmed = entry.strip();
            int space = trimmed.lastIndexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("No weight in '" + trimmed + "' of: " + spec);
            }
            builder.add(trimmed.substring(0, space).strip(), Double.parseDouble(trimmed.substring(space + 1)));
        }
        return builder.build();
    }

    /** Like {@link #parse(String)} for enum constants: {@code parse(Level.class, "UNIVERSITY 80, MASTER 20")}. */
    static <E extends Enum<E>> Weighted<E> parse(Class<E> type, String spec) {
        Weighted<String> names = parse(spec);
        Builder<E> builder = builder();
        for (int i = 0; i < names.items.size(); i++) {
            double weight = names.cumulative[i] - (i == 0 ? 0 : names.cumulative[i - 1]);
            builder.add(Enum.valueOf(type, names.items.get(i)), weight);
        }
        return builder.build();
    }

    /** The item at {@code unit} (in [0, 1)) along the cumulative weights. */
    T at(double unit) {
        double target = unit * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        // binarySearch gives (-insertionPoint - 1) when not found; an exact hit belongs to the next item.
        int slot = index >= 0 ? index + 1 : -index - 1;
        return items.get(Math.min(slot, items.size() - 1));
    }

    /** The items, in the order they were added. */
    List<T> items() {
        return items;
    }

    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("Weight of " + item + " must be positive: " + weight);
            }
            items.add(item);
            weights.add(weight);
            return this;
        }

        Weighted<T> build() {
            if (items.isEmpty()) {
                throw new IllegalStateException("A weighted choice needs at least one item");
            }
            double[] cumulative = new double[weights.size()];
            double total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += weights.get(i);
                cumulative[i] = total;
            }
            return new Weighted<>(items, cumulative);
        }
    }
}
