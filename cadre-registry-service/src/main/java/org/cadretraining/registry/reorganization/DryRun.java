package org.cadretraining.registry.reorganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.registry.bulk.RowProblem;
import org.cadretraining.registry.units.SuccessionKind;
import org.cadretraining.registry.units.Unit;

/**
 * What a plan would do, as an official reads it before applying it (and, once applied, what it did): the totals, each
 * change, the units to create, the sub-units moved, how many cadres go from each unit to each other, every unit named,
 * and every row that stops the plan. Who moves is listed, paged, by {@code GET /api/v1/reorganizations/{id}/cadres}.
 */
public record DryRun(boolean applicable, Totals totals, List<ChangeView> changes, List<NewUnitView> newUnits,
                     List<SubUnitMoveView> subUnitMoves, List<TransferCount> transfers, List<UnitRef> units,
                     List<RowProblem> problems) {

    public record Totals(int unitsCreated, int unitsClosed, int subUnitsMoved, int cadresTransferred) {
    }

    /** One merger, split or abolition, as the mapping's line {@code line} begins it. */
    public record ChangeView(SuccessionKind change, int line, LocalDate effectiveDate, String reason,
                             List<UUID> predecessorUnitIds, List<UUID> successorUnitIds, int subUnitsMoved,
                             int cadresTransferred) {
    }

    public record NewUnitView(UUID unitId, String code, String name, UnitKind kind, UnitLevel level, String officialCode,
                              UUID parentUnitId, LocalDate validFrom) {
    }

    public record SubUnitMoveView(UUID unitId, UUID fromParentUnitId, UUID toParentUnitId, LocalDate effectiveDate) {
    }

    /** How many cadres go from one unit to another. */
    public record TransferCount(UUID fromUnitId, UUID toUnitId, int cadres) {
    }

    /** A unit the plan names; {@code created}: one the plan creates. */
    public record UnitRef(UUID unitId, String code, String officialCode, String name, UnitKind kind, UnitLevel level,
                          boolean created) {
    }

    static DryRun of(Plan plan) {
        List<ChangeView> changes = new ArrayList<>();
        List<SubUnitMoveView> moves = new ArrayList<>();
        Map<List<UUID>, Integer> pairs = new LinkedHashMap<>();
        for (Plan.Change c : plan.changes()) {
            changes.add(new ChangeView(c.kind(), c.line(), c.effectiveDate(), c.reason(),
                    c.predecessors().stream().map(Unit::id).toList(), c.successors(), c.subUnits().size(), c.cadres().size()));
            c.subUnits().forEach(m -> moves.add(new SubUnitMoveView(m.unit().id(), m.unit().parentId(), m.toParentId(),
                    c.effectiveDate())));
            c.cadres().forEach(m -> pairs.merge(List.of(m.fromUnitId(), m.toUnitId()), 1, Integer::sum));
        }
        List<TransferCount> transfers = new ArrayList<>();
        pairs.forEach((pair, n) -> transfers.add(new TransferCount(pair.get(0), pair.get(1), n)));
        List<NewUnitView> created = plan.newUnits().stream().map(u -> new NewUnitView(u.id(), u.code(), u.name(), u.kind(),
                u.level(), u.officialCode(), u.parentId(), u.validFrom())).toList();
        Set<UUID> createdIds = new HashSet<>(created.stream().map(NewUnitView::unitId).toList());
        List<UnitRef> units = plan.units().values().stream()
                .map(u -> new UnitRef(u.id(), u.code(), u.officialCode(), u.name(), u.kind(), u.level(), createdIds.contains(u.id())))
                .sorted(Comparator.comparing(UnitRef::code)).toList();
        Totals totals = new Totals(created.size(), plan.unitsClosed(), plan.subUnitsMoved(), plan.cadreMoves().size());
        return new DryRun(plan.applicable(), totals, changes, created, moves, transfers, units, plan.problems());
    }
}
