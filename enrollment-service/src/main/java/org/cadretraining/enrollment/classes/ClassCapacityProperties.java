package org.cadretraining.enrollment.classes;

import java.util.EnumMap;
import java.util.Map;

import org.cadretraining.events.vocabulary.ProgramCategory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The regulatory maximum number of students in one class, per program category: the Academy caps class sizes, and
 * the province may cap them lower. Set as {@code enrollment.classes.max-capacity.<CATEGORY>}; a category not set gets
 * {@link #DEFAULT_MAX_CAPACITY}.
 */
@ConfigurationProperties("enrollment.classes")
public record ClassCapacityProperties(Map<ProgramCategory, Integer> maxCapacity) {
    /** Above the largest classes the seeds report (about 71 students on average in-service) with room to spare. */
    public static final int DEFAULT_MAX_CAPACITY = 120;

    public ClassCapacityProperties {
        Map<ProgramCategory, Integer> limits = new EnumMap<>(ProgramCategory.class);
        if (maxCapacity != null) {
            maxCapacity.forEach((category, limit) -> {
                // A limit below one would refuse every class: a configuration mistake, so fail at start-up.
                if (limit == null || limit < 1) {
                    throw new IllegalArgumentException("enrollment.classes.max-capacity." + category + " must be at least 1");
                }
                limits.put(category, limit);
            });
        }
        maxCapacity = Map.copyOf(limits);
    }

    public static ClassCapacityProperties defaults() {
        return new ClassCapacityProperties(Map.of());
    }

    public int maximumFor(ProgramCategory category) {
        return maxCapacity.getOrDefault(category, DEFAULT_MAX_CAPACITY);
    }
}
