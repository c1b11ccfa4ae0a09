package org.cadretraining.registry.access;

import java.util.List;
import java.util.Optional;

import org.cadretraining.platform.security.AccessDirectory;
import org.cadretraining.platform.security.Grant;
import org.cadretraining.registry.units.UnitTree;
import org.springframework.stereotype.Component;

/**
 * The registry decides on its own database, where the grants and the unit tree are kept: a grant or a revocation
 * takes effect here with its commit, not when its event comes round. Replaces the replica the other services build
 * from the registry's topics. Read on every request: one query for the caller's grants, one for the tree's version;
 * the tree itself is walked in memory.
 */
@Component
class RegistryAccessDirectory implements AccessDirectory {
    private final GrantRepository grants;
    private final UnitTree tree;

    RegistryAccessDirectory(GrantRepository grants, UnitTree tree) {
        this.grants = grants;
        this.tree = tree;
    }

    @Override
    public List<Grant> grantsOf(String subject) {
        // The decisions about to be made on these grants walk the tree: bring it up to date first.
        tree.refresh();
        return grants.of(subject).stream()
                .map(g -> new Grant(g.id().toString(), g.subject(), g.role(), g.unitId().toString())).toList();
    }

    @Override
    public Optional<String> parentOf(String unitId) {
        return tree.parentOf(unitId);
    }

    @Override
    public boolean knows(String unitId) {
        return tree.knows(unitId);
    }

    /** The database is the source: there is nothing to catch up with. */
    @Override
    public boolean ready() {
        return true;
    }
}
