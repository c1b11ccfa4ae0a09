package org.cadretraining.reporting.records;

import java.util.Set;
import java.util.function.Function;

import org.cadretraining.reporting.units.UnitTree;

/**
 * Whether a user may see the records of a unit's cadres: a grant on a unit covers it and every unit below it. A plain
 * rule over the units granted and a parent lookup, so that it is tested without Spring.
 */
public record RecordEntitlement(String username, Set<String> grantedUnits) {
    public RecordEntitlement {
        grantedUnits = Set.copyOf(grantedUnits);
    }

    public boolean isEmpty() {
        return grantedUnits.isEmpty();
    }

    /** @param parentOf a unit's parent, or null at a root or for a unit not known */
    public boolean covers(String unitId, Function<String, String> parentOf) {
        return UnitTree.isWithin(unitId, grantedUnits::contains, parentOf);
    }
}
