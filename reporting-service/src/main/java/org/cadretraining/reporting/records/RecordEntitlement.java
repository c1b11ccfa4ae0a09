package org.cadretraining.reporting.records;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a user may see the records of a unit's cadres: a grant on a unit covers it and every unit below it. A plain
 * rule over the units granted and a parent lookup, so that it is tested without Spring.
 */
public record RecordEntitlement(String username, Set<String> grantedUnits) {
    /** Deeper than any real hierarchy; a cycle in bad data ends here instead of looping. */
    private static final int MAX_DEPTH = 32;

    public RecordEntitlement {
        grantedUnits = Set.copyOf(grantedUnits);
    }

    public boolean isEmpty() {
        return grantedUnits.isEmpty();
    }

    /** @param parentOf a unit's parent, or null at a root or for a unit not known */
    public boolean covers(String unitId, Function<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        String current = unitId;
        for (int depth = 0; current != null && depth < MAX_DEPTH && seen.add(current); depth++) {
            if (grantedUnits.contains(current)) {
                return true;
            }
            current = parentOf.apply(current);
        }
        return false;
    }
}
