package org.cadretraining.reporting.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.cadretraining.events.registry.UnitClassified;
import org.cadretraining.events.registry.UnitClosed;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.registry.UnitDissolved;
import org.cadretraining.events.registry.UnitMoved;
import org.cadretraining.events.registry.UnitRenamed;
import org.cadretraining.events.registry.UnitSplit;
import org.cadretraining.events.registry.UnitsMerged;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * What reporting knows of a unit: enough to draw the tree as it stood on any day and to label a report. Units are few
 * (hundreds to a few thousand), so a unit's whole history lives in its entry.
 * <ul>
 *   <li>{@code name} and {@code parentUnitId}: as they are now (the latest by effective date); {@code names} and
 *       {@code parents} the dated history, each entry in effect from its date until the next;</li>
 *   <li>{@code level}: its place in the tree; {@code kind} and {@code officialCode}: what it is, with no date (a
 *       kind describes the unit);</li>
 *   <li>{@code validFrom}/{@code validTo}: the days it exists (validTo is its last day; null: still open);</li>
 *   <li>{@code predecessors}/{@code successors}: its lineage as its own events tell it (a merger is told on the
 *       successor, a split and a closure on the predecessor); {@link UnitRegister} completes each side from the
 *       other.</li>
 * </ul>
 * Field names are a public contract ({@code GET /api/v1/units}): add, never rename.
 */
public record UnitView(String unitId, String code, String name, UnitLevel level, String parentUnitId, UnitKind kind,
                       String officialCode, LocalDate validFrom, LocalDate validTo, List<UnitLink> predecessors,
                       List<UnitLink> successors, List<Dated> parents, List<Dated> names) {

    /** How two units are related: merged into, split from, or taken over on a closure (an abolished district's children). */
    public enum Lineage { MERGED, SPLIT, CLOSED }

    /** The other unit of a lineage link, and the day the link took effect (the successor's first day). */
    public record UnitLink(String unitId, LocalDate effectiveDate, Lineage lineage) {
    }

    /** A value in effect from {@code from} until the next entry's date. */
    public record Dated(LocalDate from, String value) {
    }

    public UnitView {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        successors = successors == null ? List.of() : List.copyOf(successors);
        parents = parents == null ? List.of() : List.copyOf(parents);
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** A unit as reporting knew it before kinds, validity and history. */
    public UnitView(String unitId, String code, String name, UnitLevel level, String parentUnitId) {
        this(unitId, code, name, level, parentUnitId, null, null, null, null, null, null, null, null);
    }

    /** No unit yet: the start of the fold. */
    public static final UnitView NONE = new UnitView(null, null, null, null, null);

    /** Whether the unit exists on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the unit had been created by {@code day} (it may have been closed since). */
    public boolean existedBy(LocalDate day) {
        return validFrom == null || !day.isBefore(validFrom);
    }

    /** Whether the unit was closed before {@code day}. */
    public boolean closedBefore(LocalDate day) {
        return validTo != null && day.isAfter(validTo);
    }

    /** The parent on {@code day}; after its closure, the parent it had on its last day. */
    public String parentOn(LocalDate day) {
        return valueOn(parents, lastDay(day), parentUnitId);
    }

    public String nameOn(LocalDate day) {
        return valueOn(names, lastDay(day), name);
    }

    private LocalDate lastDay(LocalDate day) {
        return validTo != null && day.isAfter(validTo) ? validTo : day;
    }

    /** This unit as it stood on {@code day}: the parent and the name of that day. */
    public UnitView on(LocalDate day) {
        String parent = parentOn(day);
        String nameThen = nameOn(day);
        if (Objects.equals(parent, parentUnitId) && Objects.equals(nameThen, name)) {
            return this;
        }
        return new UnitView(unitId, code, nameThen, level, parent, kind, officialCode, validFrom, validTo, predecessors,
                successors, parents, names);
    }

    private static String valueOn(List<Dated> history, LocalDate day, String otherwise) {
        if (history.isEmpty()) {
            return otherwise;
        }
        String value = history.get(0).value(); // before its first entry, a unit is as it was created
        for (Dated entry : history) {
            if (entry.from().isAfter(day)) {
                break;
            }
            value = entry.value();
        }
        return value;
    }

    /**
     * This unit with one of its events applied. Dated changes go into the history at their effective date, whatever
     * order they arrive in; the current name and parent are the history's latest.
     */
    public UnitView apply(Object event) {
        if (event instanceof UnitCreated e) {
            LocalDate from = e.validFrom() != null ? e.validFrom() : Clocks.day(e.createdAt());
            // A creation seen after a dated change keeps that change (history loaded in another order).
            List<Dated> parentHistory = unitId == null ? List.of() : parents;
            List<Dated> nameHistory = unitId == null ? List.of() : names;
            UnitView created = new UnitView(e.unitId(), e.code(), e.name(), e.level(), e.parentUnitId(),
                    e.kind() != null ? e.kind() : kind, e.officialCode() != null ? e.officialCode() : officialCode,
                    from, validTo, predecessors, successors,
                    put(parentHistory, new Dated(from, e.parentUnitId()), false),
                    put(nameHistory, new Dated(from, e.name()), false));
            return created.withLatest();
        }
        if (unitId == null) {
            return this; // a change to a unit whose creation has not been seen
        }
        if (event instanceof UnitRenamed e) {
            LocalDate from = e.effectiveDate() != null ? e.effectiveDate() : Clocks.day(e.renamedAt());
            return with(parents, put(names, new Dated(from, e.name()), true)).withLatest();
        }
        if (event instanceof UnitMoved e) {
            LocalDate from = e.effectiveDate() != null ? e.effectiveDate() : Clocks.day(e.movedAt());
            return with(put(parents, new Dated(from, e.toParentUnitId()), true), names).withLatest();
        }
        if (event instanceof UnitClassified e) {
            return new UnitView(unitId, code, name, level, parentUnitId, e.kind() != null ? e.kind() : kind,
                    e.officialCode() != null ? e.officialCode() : officialCode, validFrom, validTo, predecessors,
                    successors, parents, names);
        }
        if (event instanceof UnitsMerged e && unitId.equals(e.successorUnitId())) {
            List<UnitLink> links = predecessors;
            for (String predecessor : e.predecessorUnitIds()) {
                if (!predecessor.equals(unitId)) {
                    links = link(links, new UnitLink(predecessor, e.effectiveDate(), Lineage.MERGED));
                }
            }
            return new UnitView(unitId, code, name, level, parentUnitId, kind, officialCode, validFrom, validTo, links,
                    successors, parents, names);
        }
        if (event instanceof UnitSplit e && unitId.equals(e.predecessorUnitId())) {
            List<UnitLink> links = successors;
            for (String successor : e.successorUnitIds()) {
                links = link(links, new UnitLink(successor, e.effectiveDate(), Lineage.SPLIT));
            }
            return new UnitView(unitId, code, name, level, parentUnitId, kind, officialCode, validFrom, validTo,
                    predecessors, links, parents, names);
        }
        if (event instanceof UnitClosed e) {
            List<UnitLink> links = successors;
            for (String successor : e.successorUnitIds() == null ? List.<String>of() : e.successorUnitIds()) {
                links = link(links, new UnitLink(successor, e.validTo().plusDays(1), Lineage.CLOSED));
            }
            return new UnitView(unitId, code, name, level, parentUnitId, kind, officialCode, validFrom, e.validTo(),
                    predecessors, links, parents, names);
        }
        if (event instanceof UnitDissolved e && validTo == null) {
            // Before reorganizations were told: a unit dissolved with no successor, gone from the day it was dissolved.
            return new UnitView(unitId, code, name, level, parentUnitId, kind, officialCode, validFrom,
                    Clocks.day(e.dissolvedAt()).minusDays(1), predecessors, successors, parents, names);
        }
        return this;
    }

    private UnitView with(List<Dated> parentHistory, List<Dated> nameHistory) {
        return new UnitView(unitId, code, name, level, parentUnitId, kind, officialCode, validFrom, validTo, predecessors,
                successors, parentHistory, nameHistory);
    }

    private UnitView withLatest() {
        String parent = parents.isEmpty() ? parentUnitId : parents.get(parents.size() - 1).value();
        String latestName = names.isEmpty() ? name : names.get(names.size() - 1).value();
        return new UnitView(unitId, code, latestName, level, parent, kind, officialCode, validFrom, validTo, predecessors,
                successors, parents, names);
    }

    /**
     * The history with an entry put at its date: after the entries of the same date when {@code after} (a change made
     * later on the same day), or replacing none. A creation's entry goes first on its day.
     */
    private static List<Dated> put(List<Dated> history, Dated entry, boolean after) {
        List<Dated> next = new ArrayList<>(history);
        if (next.contains(entry)) {
            return history;
        }
        int at = 0;
        while (at < next.size() && (next.get(at).from().isBefore(entry.from()) || after && next.get(at).from().equals(entry.from()))) {
            at++;
        }
        next.add(at, entry);
        return next;
    }

    private static List<UnitLink> link(List<UnitLink> links, UnitLink link) {
        if (links.stream().anyMatch(l -> l.unitId().equals(link.unitId()))) {
            return links;
        }
        List<UnitLink> next = new ArrayList<>(links);
        next.add(link);
        next.sort(Comparator.comparing(UnitLink::effectiveDate).thenComparing(UnitLink::unitId));
        return next;
    }
}
