package org.cadretraining.registry.cadres;

import java.util.HashSet;
import java.util.Set;

import org.cadretraining.platform.security.UnitAncestry;
import org.cadretraining.platform.security.UnitScope;

/**
 * Who may read a cadre's directory card (name, unit, position, status): whoever may read the person's record there
 * ({@code PERSON_READ} on the cadre's unit), and whoever holds {@code TRAINING_READ} anywhere in the cadre's province.
 * The training staff and the provider train cadres from every unit of the province, and need their names on rosters,
 * not their records. A province is a tree of the register: two units are in one province when they share the root.
 */
final class CardReach {
    /** Deeper than any real tree: a broken (cyclic) tree ends the walk with no root, so with no access. */
    private static final int MAX_DEPTH = 64;
    private final UnitScope personRead;
    private final boolean trainingEverywhere;
    private final Set<String> trainingProvinces = new HashSet<>();
    private final UnitAncestry tree;

    CardReach(UnitScope personRead, UnitScope trainingRead) {
        this.personRead = personRead;
        this.trainingEverywhere = trainingRead.everywhere();
        this.tree = trainingRead.tree();
        for (String unit : trainingRead.grantedUnits()) {
            String root = rootOf(tree, unit);
            if (root != null) {
                trainingProvinces.add(root);
            }
        }
    }

    boolean covers(String unitId) {
        if (personRead.covers(unitId) || trainingEverywhere) {
            return true;
        }
        String root = rootOf(tree, unitId);
        return root != null && trainingProvinces.contains(root);
    }

    /** The top of the unit's tree; null for a unit the tree does not know, or a broken tree. */
    static String rootOf(UnitAncestry tree, String unitId) {
        if (unitId == null || !tree.knows(unitId)) {
            return null;
        }
        String current = unitId;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            String parent = tree.parentOf(current).orElse(null);
            if (parent == null) {
                return current;
            }
            current = parent;
        }
        return null;
    }
}
