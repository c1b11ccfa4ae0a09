package org.cadretraining.platform.security;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one user may do where: for each permission, the units their grants give it on (each covering its subtree).
 * A platform-wide administrator (named in the deployment's configuration) holds every permission everywhere. A plain
 * rule over grants and the tree, so that it is tested without Spring.
 */
public final class Entitlements {
    private final boolean everywhere;
    private final Map<Permission, Set<String>> units;
    private final UnitAncestry tree;

    private Entitlements(boolean everywhere, Map<Permission, Set<String>> units, UnitAncestry tree) {
        this.everywhere = everywhere;
        this.units = units;
        this.tree = tree;
    }

    public static Entitlements of(Collection<Grant> grants, boolean platformAdministrator, UnitAncestry tree) {
        Map<Permission, Set<String>> units = new EnumMap<>(Permission.class);
        for (Grant grant : grants) {
            for (Permission permission : Permission.of(grant.role())) {
                units.computeIfAbsent(permission, p -> new HashSet<>()).add(grant.unitId());
            }
        }
        return new Entitlements(platformAdministrator, units, tree);
    }

    /** Holds at least one grant, of whatever role. */
    public boolean holdsAnyGrant() {
        return everywhere || !units.isEmpty();
    }

    /** Holds the permission on at least one unit. */
    public boolean holdsAnywhere(Permission permission) {
        return everywhere || units.containsKey(permission);
    }

    /** Holds the permission on the unit, through a grant on it or on a unit above it. */
    public boolean covers(Permission permission, String unitId) {
        if (everywhere) {
            return true;
        }
        Set<String> granted = units.get(permission);
        return granted != null && unitId != null && tree.isWithin(unitId, granted);
    }

    /**
     * Holds the permission over a whole province: on a unit at the top of the tree. What belongs to no unit (the
     * program catalogue, the classes, the yearly plan) needs that reach.
     */
    public boolean coversARoot(Permission permission) {
        if (everywhere) {
            return true;
        }
        Set<String> granted = units.get(permission);
        return granted != null && granted.stream().anyMatch(u -> tree.knows(u) && tree.parentOf(u).isEmpty());
    }

    /** The units the permission was granted on (each with its subtree); {@link UnitScope#everywhere()} for an administrator. */
    public UnitScope scope(Permission permission) {
        return new UnitScope(everywhere, Set.copyOf(units.getOrDefault(permission, Set.of())), tree);
    }

    public boolean platformAdministrator() {
        return everywhere;
    }
}
