package org.cadretraining.enrollment.units;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.cadretraining.platform.security.AccessDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What this service knows of the registry's units: the tree, as the access directory reads it from registry.units
 * (the same tree grants are checked against, so "within the owner's units" means what a grant on the owner covers),
 * and the units closed by a reorganization with their successors, which this service records itself.
 */
@Service
public class UnitDirectory {
    /** Deeper than any real tree: a broken (cyclic) one stops the walk instead of hanging it. */
    private static final int MAX_DEPTH = 64;
    private final AccessDirectory tree;
    private final UnitClosureRepository closures;

    UnitDirectory(AccessDirectory tree, UnitClosureRepository closures) {
        this.tree = tree;
        this.closures = closures;
    }

    public boolean knows(UUID unitId) {
        return unitId != null && tree.knows(unitId.toString());
    }

    public Optional<UUID> parentOf(UUID unitId) {
        return tree.parentOf(unitId.toString()).map(UUID::fromString);
    }

    /** A unit at the top of the tree: a province. */
    public boolean isRoot(UUID unitId) {
        return knows(unitId) && parentOf(unitId).isEmpty();
    }

    /** Whether {@code unitId} is {@code ancestor} or lies below it. */
    public boolean isWithin(UUID unitId, UUID ancestor) {
        return distance(unitId, ancestor).isPresent();
    }

    /** How many steps up from {@code unitId} {@code ancestor} is (0 for the unit itself); empty when it is not above it. */
    public OptionalInt distance(UUID unitId, UUID ancestor) {
        if (unitId == null || ancestor == null) {
            return OptionalInt.empty();
        }
        String current = unitId.toString();
        String target = ancestor.toString();
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current.equals(target)) {
                return OptionalInt.of(depth);
            }
            current = tree.parentOf(current).orElse(null);
        }
        return OptionalInt.empty();
    }

    /** The first of {@code candidates} that {@code unitId} lies within, if any. */
    public Optional<UUID> firstContaining(List<UUID> candidates, UUID unitId) {
        return candidates.stream().filter(c -> isWithin(unitId, c)).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Closure> closure(UUID unitId) {
        return unitId == null ? Optional.empty() : closures.find(unitId);
    }

    /**
     * Within the caller's transaction, waits for any other transaction that is closing the unit or moving one of its
     * cadres. The closure (registry.units) and the transfers (registry.cadres) arrive on different consumers; without
     * this, each could miss the other's uncommitted write, and a split's seats would stay shared evenly for good.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockClosureOf(UUID unitId) {
        closures.lock(unitId);
    }

    /** Records that the unit closed; false when its closure was already known (a redelivery, or the other event of the pair). */
    @Transactional
    public boolean recordClosure(Closure closure) {
        return closures.insert(closure);
    }
}
