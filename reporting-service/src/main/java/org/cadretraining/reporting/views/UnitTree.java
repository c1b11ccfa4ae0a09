package org.cadretraining.reporting.views;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The unit hierarchy at one moment, for rolling a unit's figures up over its subtree. */
public final class UnitTree {
    private final Map<String, UnitView> units = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    public UnitTree(Collection<UnitView> views) {
        for (UnitView view : views) {
            units.put(view.unitId(), view);
        }
        for (UnitView view : views) {
            if (view.parentUnitId() != null) {
                children.computeIfAbsent(view.parentUnitId(), k -> new ArrayList<>()).add(view.unitId());
            }
        }
    }

    public Optional<UnitView> unit(String unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    /** The unit and every unit below it; a cycle in bad data cannot loop forever. */
    public List<UnitView> subtree(String unitId) {
        List<UnitView> result = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.push(unitId);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (!seen.add(id)) {
                continue;
            }
            UnitView view = units.get(id);
            if (view != null) {
                result.add(view);
            }
            children.getOrDefault(id, List.of()).forEach(pending::push);
        }
        return result;
    }

    /**
     * Whether the unit, or a unit above it, is one {@code wanted} accepts. Deeper than any real hierarchy it stops, so
     * that a cycle in bad data cannot loop.
     *
     * @param parentOf a unit's parent, or null at a root or for a unit not known
     */
    public static boolean isWithin(String unitId, java.util.function.Predicate<String> wanted,
                                   java.util.function.Function<String, String> parentOf) {
        String current = unitId;
        for (int depth = 0; current != null && depth < 32; depth++) {
            if (wanted.test(current)) {
                return true;
            }
            current = parentOf.apply(current);
        }
        return false;
    }

    /** Every unit of the tree. */
    public java.util.Collection<UnitView> all() {
        return units.values();
    }

    public List<UnitView> roots() {
        return units.values().stream().filter(u -> u.parentUnitId() == null || !units.containsKey(u.parentUnitId())).toList();
    }
}
