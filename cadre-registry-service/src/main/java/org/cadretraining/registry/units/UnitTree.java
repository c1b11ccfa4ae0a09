package org.cadretraining.registry.units;

import java.util.Map;
import java.util.Optional;

import org.cadretraining.platform.security.UnitAncestry;
import org.springframework.stereotype.Component;

/**
 * The unit tree as access decisions read it: each unit's parent, held in memory so that walking up the tree costs no
 * query. {@link #refresh()} asks the database for the tree's version (one small query) and reloads the tree only when
 * a unit was added, moved or removed since, by this instance or any other: the registry's decisions are never made
 * on a stale tree.
 */
@Component
public class UnitTree implements UnitAncestry {
    static final String ROOT = "";

    /** The parent of each unit ({@link #ROOT} for a root) at one version of the tree. */
    record Snapshot(long version, Map<String, String> parents) {
    }

    private final UnitRepository units;
    private volatile Snapshot current;

    UnitTree(UnitRepository units) {
        this.units = units;
    }

    /** Brings the tree up to date with the database; called once a request, when the caller's grants are read. */
    public void refresh() {
        Snapshot held = current;
        if (held == null || held.version() != units.treeVersion()) {
            current = units.treeSnapshot();
        }
    }

    private Snapshot snapshot() {
        Snapshot held = current;
        if (held == null) {
            refresh();
            held = current;
        }
        return held;
    }

    @Override
    public Optional<String> parentOf(String unitId) {
        String parent = unitId == null ? null : snapshot().parents().get(unitId);
        return parent == null || parent.equals(ROOT) ? Optional.empty() : Optional.of(parent);
    }

    @Override
    public boolean knows(String unitId) {
        return unitId != null && snapshot().parents().containsKey(unitId);
    }
}
