package org.cadretraining.reporting.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cadretraining.reporting.views.UnitView.Lineage;
import org.cadretraining.reporting.views.UnitView.UnitLink;

/**
 * Every unit with its history and lineage: the tree as it stood on any day, and which units a figure of a unit is
 * measured over on a day.
 * <p>
 * Each side of a lineage link is completed from the other: a merger is told on its successor ({@code UnitsMerged}),
 * a closure and a split on the predecessor, and they may arrive in any order.
 */
public final class UnitRegister {
    private final Map<String, UnitView> units = new LinkedHashMap<>();
    private final Map<String, List<UnitLink>> predecessors = new HashMap<>();
    private final Map<String, List<UnitLink>> successors = new HashMap<>();

    public UnitRegister(Collection<UnitView> views) {
        for (UnitView view : views) {
            if (view != null && view.unitId() != null) {
                units.put(view.unitId(), view);
            }
        }
        for (UnitView view : units.values()) {
            view.predecessors().forEach(link -> {
                add(predecessors, view.unitId(), link);
                add(successors, link.unitId(), new UnitLink(view.unitId(), link.effectiveDate(), link.lineage()));
            });
            view.successors().forEach(link -> {
                add(successors, view.unitId(), link);
                add(predecessors, link.unitId(), new UnitLink(view.unitId(), link.effectiveDate(), link.lineage()));
            });
        }
    }

    private static void add(Map<String, List<UnitLink>> links, String unitId, UnitLink link) {
        List<UnitLink> list = links.computeIfAbsent(unitId, k -> new ArrayList<>());
        // A closure names its successors; the merger or split, told on its own, says how: that wins.
        list.removeIf(l -> l.unitId().equals(link.unitId()) && l.lineage() == Lineage.CLOSED && link.lineage() != Lineage.CLOSED);
        if (list.stream().noneMatch(l -> l.unitId().equals(link.unitId()))) {
            list.add(link);
            list.sort(Comparator.comparing(UnitLink::effectiveDate).thenComparing(UnitLink::unitId));
        }
    }

    public Optional<UnitView> unit(String unitId) {
        return Optional.ofNullable(unitId == null ? null : units.get(unitId));
    }

    public Collection<UnitView> all() {
        return units.values();
    }

    /** The units it came from, by any lineage, both sides of each link told. */
    public List<UnitLink> predecessorsOf(String unitId) {
        return List.copyOf(predecessors.getOrDefault(unitId, List.of()));
    }

    /** The units that took it over, by any lineage. */
    public List<UnitLink> successorsOf(String unitId) {
        return List.copyOf(successors.getOrDefault(unitId, List.of()));
    }

    /** A unit with both sides of its lineage, as the API shows it. */
    public UnitView withLineage(UnitView view) {
        return new UnitView(view.unitId(), view.code(), view.name(), view.level(), view.parentUnitId(), view.kind(),
                view.officialCode(), view.validFrom(), view.validTo(), predecessorsOf(view.unitId()),
                successorsOf(view.unitId()), view.parents(), view.names());
    }

    /**
     * The tree as it stood on {@code day}: every unit created by then, under the parent and with the name of that day.
     * A unit closed before the day stays as a leaf under its last parent, with no cadre left in it, so that what it
     * did while it existed (the seats it took in classes) still adds up in the units above it.
     */
    public UnitTree treeOn(LocalDate day) {
        List<UnitView> then = new ArrayList<>();
        for (UnitView view : units.values()) {
            if (view.existedBy(day)) {
                then.add(view.on(day));
            }
        }
        return new UnitTree(then);
    }

    /** The units that existed on {@code day}, roots first, each followed by its subtree, as they stood then. */
    public List<UnitView> unitsOn(LocalDate day) {
        UnitTree tree = treeOn(day);
        return tree.roots().stream().flatMap(root -> tree.subtree(root.unitId()).stream())
                .filter(u -> units.get(u.unitId()).validOn(day)).toList();
    }

    /**
     * The units a figure of {@code unitId} is measured over on {@code day}:
     * <ul>
     *   <li>the unit itself, if it existed that day;</li>
     *   <li>the units merged into it after that day, as they were then (before a merger, a merged unit is the sum of
     *       its predecessors; a unit that absorbed its neighbours is itself and them);</li>
     *   <li>after its closure, its successors (transitively): a merged unit's successor, a split unit's parts, an
     *       abolished district's former children.</li>
     * </ul>
     * Empty for a day before a unit existed that no merger made (the part of a split, before the split).
     */
    public Set<String> measuredOver(String unitId, LocalDate day) {
        Set<String> found = new LinkedHashSet<>();
        resolve(unitId, day, found, new HashSet<>());
        return found;
    }

    private void resolve(String unitId, LocalDate day, Set<String> found, Set<String> seen) {
        if (!seen.add(unitId) || seen.size() > 10_000) {
            return;
        }
        UnitView unit = units.get(unitId);
        if (unit == null) {
            return;
        }
        if (unit.validOn(day)) {
            found.add(unitId);
        } else if (unit.closedBefore(day)) {
            for (UnitLink successor : successorsOf(unitId)) {
                resolve(successor.unitId(), day, found, seen);
            }
        }
        for (UnitLink predecessor : predecessorsOf(unitId)) {
            if (predecessor.lineage() == Lineage.MERGED && day.isBefore(predecessor.effectiveDate())) {
                resolve(predecessor.unitId(), day, found, seen);
            }
        }
    }

    /**
     * The units {@code unitId}'s figures on {@code day} add up: those it is measured over, alone ({@code subtree}
     * false) or each with its subtree as it stood that day. Each unit once, however the subtrees overlap.
     */
    public List<UnitView> included(String unitId, LocalDate day, boolean subtree) {
        return included(unitId, day, subtree, treeOn(day));
    }

    /** As {@link #included(String, LocalDate, boolean)}, over {@code tree}, this register's {@link #treeOn} that day. */
    public List<UnitView> included(String unitId, LocalDate day, boolean subtree, UnitTree tree) {
        Map<String, UnitView> included = new LinkedHashMap<>();
        for (String root : measuredOver(unitId, day)) {
            List<UnitView> part = subtree ? tree.subtree(root) : tree.unit(root).map(List::of).orElse(List.of());
            part.forEach(u -> included.putIfAbsent(u.unitId(), u));
        }
        return List.copyOf(included.values());
    }
}
