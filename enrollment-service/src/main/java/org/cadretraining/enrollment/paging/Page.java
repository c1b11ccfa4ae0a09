package org.cadretraining.enrollment.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the registry's shape so that the console pages every list alike: {@code page} counts from 0,
 * {@code size} is what was asked for (1–200), {@code totalPages} is 0 when nothing matched.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
        return new Page<>(List.copyOf(items), page, size, totalItems, (totalItems + size - 1) / size);
    }

    public static <T> Page<T> empty(int page, int size) {
        return of(List.of(), page, size, 0);
    }

    /** The first row of {@code page} for an SQL OFFSET; a long, since page × size may pass an int. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), page, size, totalItems, totalPages);
    }
}
