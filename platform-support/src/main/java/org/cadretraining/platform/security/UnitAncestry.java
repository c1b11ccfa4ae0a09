package org.cadretraining.platform.security;

import java.util.Collection;
import java.util.Optional;

/** The unit tree, as far as access needs it: a unit's parent. */
public interface UnitAncestry {
    /** The unit's parent; empty at a root. */
    Optional<String> parentOf(String unitId);

    /** Whether the unit is known at all. */
    boolean knows(String unitId);

    /**
     * Whether {@code unitId} is one of {@code roots} or lies below one of them. A cycle (a broken tree) or a chain
     * deeper than any real one stops the walk: no access rather than a hang.
     */
    default boolean isWithin(String unitId, Collection<String> roots) {
        String current = unitId;
        for (int depth = 0; current != null && depth < 64; depth++) {
            if (roots.contains(current)) {
                return true;
            }
            current = parentOf(current).orElse(null);
        }
        return false;
    }
}
