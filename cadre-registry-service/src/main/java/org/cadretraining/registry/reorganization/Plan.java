package org.cadretraining.registry.reorganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.registry.bulk.RowProblem;
import org.cadretraining.registry.units.SuccessionKind;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.UnitLink;

/**
 * What a mapping would do to the register: the units to create (parents first), the changes in the order they apply
 * (deepest units first, so that a commune merged in the same plan as its district's abolition is not moved first), and
 * every row that stops it. A plan with a problem is not applied at all.
 *
 * @param units every unit the plan names, the new ones too
 * @param involved the existing units it touches: who applies it needs write permission on each, and they are locked
 */
public record Plan(UUID reorganizationId, String name, List<Unit> newUnits, List<Change> changes, List<RowProblem> problems,
                   Map<UUID, Unit> units, Set<UUID> involved) {

    public boolean applicable() {
        return problems.isEmpty();
    }

    /**
     * One merger, split or abolition, effective {@code effectiveDate}: the sub-units and cadres it moves, and for each
     * unit it closes, its successors.
     */
    public record Change(SuccessionKind kind, int line, LocalDate effectiveDate, String reason, List<Unit> predecessors,
                         List<UUID> successors, List<UnitMove> subUnits, List<CadreMove> cadres,
                         Map<UUID, List<UUID>> closures) {
    }

    /** A sub-unit of a closed unit placed under {@code toParentId}. */
    public record UnitMove(Unit unit, UUID toParentId) {
    }

    public record CadreMove(UUID cadreId, UUID fromUnitId, UUID toUnitId) {
    }

    public List<CadreMove> cadreMoves() {
        List<CadreMove> all = new ArrayList<>();
        changes.forEach(c -> all.addAll(c.cadres()));
        return all;
    }

    public int unitsClosed() {
        return changes.stream().mapToInt(c -> c.closures().size()).sum();
    }

    public int subUnitsMoved() {
        return changes.stream().mapToInt(c -> c.subUnits().size()).sum();
    }

    /** The lineage the plan records: each closed unit to each of its successors. */
    public List<UnitLink> links() {
        List<UnitLink> links = new ArrayList<>();
        for (Change c : changes) {
            c.closures().forEach((closed, successors) -> successors.forEach(s ->
                    links.add(new UnitLink(closed, s, reorganizationId, c.kind(), c.effectiveDate()))));
        }
        return links;
    }
}
