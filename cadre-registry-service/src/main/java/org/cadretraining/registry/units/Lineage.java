package org.cadretraining.registry.units;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A unit's predecessors and successors, transitively: Sóc Trăng's communes before 2025 are predecessors of the
 * communes of Cần Thơ that took them in. Each link is listed once with its generation (1: the unit's own
 * predecessor or successor), even where two paths lead to it (a unit split and its parts merged again).
 */
public record Lineage(UUID unitId, List<Step> predecessors, List<Step> successors) {

    /** A link reached at {@code generation} links from the unit. */
    public record Step(UnitLink link, int generation) {
    }

    public static Lineage of(UUID unitId, List<UnitLink> links) {
        Map<UUID, List<UnitLink>> bySuccessor = new HashMap<>();
        Map<UUID, List<UnitLink>> byPredecessor = new HashMap<>();
        for (UnitLink link : links) {
            bySuccessor.computeIfAbsent(link.successorId(), k -> new ArrayList<>()).add(link);
            byPredecessor.computeIfAbsent(link.predecessorId(), k -> new ArrayList<>()).add(link);
        }
        return new Lineage(unitId, walk(unitId, bySuccessor, true), walk(unitId, byPredecessor, false));
    }

    /** Breadth first, so that each link carries its shortest generation; a unit already seen is not walked again. */
    private static List<Step> walk(UUID start, Map<UUID, List<UnitLink>> index, boolean backwards) {
        List<Step> steps = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(Set.of(start));
        Set<UnitLink> listed = new HashSet<>();
        Deque<UUID> frontier = new ArrayDeque<>(List.of(start));
        int generation = 0;
        while (!frontier.isEmpty()) {
            generation++;
            Deque<UUID> next = new ArrayDeque<>();
            for (UUID unit : frontier) {
                for (UnitLink link : index.getOrDefault(unit, List.of())) {
                    if (listed.add(link)) {
                        steps.add(new Step(link, generation));
                    }
                    UUID far = backwards ? link.predecessorId() : link.successorId();
                    if (seen.add(far)) {
                        next.add(far);
                    }
                }
            }
            frontier = next;
        }
        return List.copyOf(steps);
    }

    /** The units this lineage names, the unit itself included. */
    public Set<UUID> units() {
        Set<UUID> units = new HashSet<>(Set.of(unitId));
        for (Step s : predecessors) {
            units.add(s.link().predecessorId());
            units.add(s.link().successorId());
        }
        for (Step s : successors) {
            units.add(s.link().predecessorId());
            units.add(s.link().successorId());
        }
        return units;
    }
}
