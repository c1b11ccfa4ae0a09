package org.cadretraining.platform.security;

import java.util.Set;

/** The units a permission reaches: the granted units and everything below them, or everything. */
public record UnitScope(boolean everywhere, Set<String> grantedUnits, UnitAncestry tree) {
    public boolean covers(String unitId) {
        return everywhere || (unitId != null && tree.isWithin(unitId, grantedUnits));
    }

    public boolean isEmpty() {
        return !everywhere && grantedUnits.isEmpty();
    }
}
