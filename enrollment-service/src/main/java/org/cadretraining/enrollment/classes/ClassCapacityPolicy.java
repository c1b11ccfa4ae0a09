package org.cadretraining.enrollment.classes;

import org.cadretraining.events.vocabulary.ProgramCategory;

/** How many students a class of a program category may be scheduled for. */
public final class ClassCapacityPolicy {
    private final ClassCapacityProperties limits;

    public ClassCapacityPolicy(ClassCapacityProperties limits) {
        this.limits = limits;
    }

    /** Why {@code capacity} is not allowed for a class of {@code category}, or null when it is. */
    public String problem(ProgramCategory category, int capacity) {
        if (capacity < 1) {
            return "must be at least 1";
        }
        int maximum = limits.maximumFor(category);
        if (capacity > maximum) {
            return "must be at most " + maximum + ", the regulatory maximum for a " + category + " class";
        }
        return null;
    }
}
