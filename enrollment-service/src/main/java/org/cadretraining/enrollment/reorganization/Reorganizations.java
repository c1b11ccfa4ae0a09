package org.cadretraining.enrollment.reorganization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.CadreDirectory;
import org.cadretraining.enrollment.cadres.MovedByReorganization;
import org.cadretraining.enrollment.nominations.NominationService;
import org.cadretraining.enrollment.plans.PlanOwnership;
import org.cadretraining.enrollment.plans.TrainingPlanning;
import org.cadretraining.enrollment.plans.TrainingPlanning.Division;
import org.cadretraining.enrollment.plans.TrainingPlanning.Pass;
import org.cadretraining.enrollment.units.Closure;
import org.cadretraining.enrollment.units.UnitDirectory;
import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.UnitClosed;
import org.cadretraining.events.registry.UnitSplit;
import org.cadretraining.events.registry.UnitsMerged;
import org.cadretraining.platform.events.ReceivedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrollment follows the registry's reorganizations. A merger, a split or a closure (whichever of its events arrives
 * first: they travel on different partitions, in no order) records the unit as closed, passes its open nominations
 * and its plan seats to the successors, and the plans it owned to the successor owner; the other events of the same
 * closure then find it done. A split's seats are shared by the cadres each successor received: its cadres' transfers
 * (registry.cadres) may arrive before or after the split; while some are still to come, the seats are shared evenly,
 * and once the closed unit's last cadre has moved they are shared again by the cadres received.
 */
@Service
public class Reorganizations {
    private static final Set<EventType<?>> HANDLED = Set.of(EventTypes.UNITS_MERGED, EventTypes.UNIT_SPLIT, EventTypes.UNIT_CLOSED);

    private final UnitDirectory units;
    private final TrainingPlanning plans;
    private final NominationService nominations;
    private final CadreDirectory cadres;
    private final ReorganizationTransferRepository transfers;

    Reorganizations(UnitDirectory units, TrainingPlanning plans, NominationService nominations, CadreDirectory cadres,
                    ReorganizationTransferRepository transfers) {
        this.units = units;
        this.plans = plans;
        this.nominations = nominations;
        this.cadres = cadres;
        this.transfers = transfers;
    }

    /** Whether this event of registry.units changes anything here; the tree itself the access directory follows. */
    public static boolean handles(ReceivedEvent event) {
        return HANDLED.contains(event.type());
    }

    @Transactional
    public void apply(ReceivedEvent event) {
        if (event.is(EventTypes.UNITS_MERGED)) {
            UnitsMerged merged = event.payloadAs(EventTypes.UNITS_MERGED);
            UUID successor = UUID.fromString(merged.successorUnitId());
            close(merged.predecessorUnitIds().stream().filter(p -> !p.equals(merged.successorUnitId()))
                    .map(p -> new Closure(UUID.fromString(p), merged.reorganizationId(), Closure.How.MERGED,
                            merged.effectiveDate(), List.of(successor)))
                    .toList());
        } else if (event.is(EventTypes.UNIT_SPLIT)) {
            UnitSplit split = event.payloadAs(EventTypes.UNIT_SPLIT);
            close(List.of(new Closure(UUID.fromString(split.predecessorUnitId()), split.reorganizationId(), Closure.How.SPLIT,
                    split.effectiveDate(), ids(split.successorUnitIds()))));
        } else if (event.is(EventTypes.UNIT_CLOSED)) {
            UnitClosed closed = event.payloadAs(EventTypes.UNIT_CLOSED);
            List<UUID> successors = ids(closed.successorUnitIds());
            close(List.of(new Closure(UUID.fromString(closed.unitId()), closed.reorganizationId(),
                    successors.size() == 1 ? Closure.How.MERGED : Closure.How.CLOSED, closed.validTo().plusDays(1), successors)));
        }
    }

    /**
     * Told by the replica, in its transaction, that a cadre moved with their unit: counted for the split's shares; the
     * cadre's open nominations by the unit they left follow them; and when the closed unit's last cadre has moved,
     * its seats are shared again by the cadres each successor received.
     */
    @EventListener
    public void moved(MovedByReorganization moved) {
        units.lockClosureOf(moved.fromUnitId());
        transfers.record(moved);
        nominations.reassignTransferred(moved.cadreId(), moved.fromUnitId(), moved.toUnitId(), moved.reorganizationId());
        units.closure(moved.fromUnitId())
                .filter(closure -> closure.successors().size() > 1)
                .filter(closure -> cadres.activeIn(closure.unitId()) == 0)
                .ifPresent(closure -> plans.redivide(closure, received(closure)));
    }

    /** The units the event closes, each at most once: a merger's and a closure's events both say so of one unit. */
    private void close(List<Closure> closures) {
        // In one order, so that two events closing overlapping units cannot wait for each other.
        closures.stream().map(Closure::unitId).sorted().forEach(units::lockClosureOf);
        List<Pass> passes = new ArrayList<>();
        for (Closure closure : closures) {
            if (!units.recordClosure(closure)) {
                continue;
            }
            nominations.reassignOpenOf(closure);
            passes.add(new Pass(closure, division(closure), PlanOwnership.successorOwner(closure, units.parentOf(closure.unitId()))));
        }
        if (!passes.isEmpty()) {
            plans.passSeats(passes);
        }
    }

    private Division division(Closure closure) {
        if (closure.successors().size() < 2) {
            return new Division(Map.of(), false);
        }
        if (cadres.activeIn(closure.unitId()) > 0) {
            return Division.evenlyForNow();
        }
        return new Division(received(closure), false);
    }

    private Map<UUID, Long> received(Closure closure) {
        return transfers.received(closure.unitId(), closure.reorganizationId());
    }

    private static List<UUID> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(UUID::fromString).toList();
    }
}
