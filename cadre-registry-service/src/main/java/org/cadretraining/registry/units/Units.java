package org.cadretraining.registry.units;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.registry.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units feature as the other features see it: read the units, hold one while a cadre is placed in it, and the
 * changes a reorganization makes to many units at once (written and audited here, published by the reorganization,
 * which owns the order of its events).
 */
@Service
public class Units {
    private final UnitRepository units;
    private final AuditTrail audit;
    private final Clock clock;

    Units(UnitRepository units, AuditTrail audit, Clock clock) {
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Unit> find(UUID id) {
        return units.find(id);
    }

    public List<Unit> all() {
        return units.findAll();
    }

    /** The provinces (units without a parent) that still exist. */
    public List<Unit> roots() {
        return units.roots();
    }

    /**
     * The unit, share-locked for the rest of the caller's transaction: it cannot be dissolved or closed while a cadre
     * arrives.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Unit> holdForPlacement(UUID id) {
        return units.lockShared(id);
    }

    /** The units, share-locked as {@link #holdForPlacement} does, as they stand once locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Unit> holdAllForPlacement(Collection<UUID> ids) {
        return units.lockAllShared(ids);
    }

    /** The units, locked for the rest of the caller's transaction, as they stand once locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Unit> lockAll(Collection<UUID> ids) {
        return units.lockAll(ids);
    }

    /** The day each unit's current place in the tree took effect. */
    public Map<UUID, LocalDate> placedSince(Collection<UUID> ids) {
        return units.placedSince(ids);
    }

    /** The event announcing a unit, as creating it publishes it. */
    public static UnitCreated created(Unit unit, Instant at) {
        return UnitRegistration.created(unit, at);
    }

    /** Writes new units (parents first), audited; the caller checked them and publishes their events. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void createAll(List<Unit> created) {
        units.insertAll(created);
        audit.recordAll(created.stream().map(u -> new AuditTrail.Change(AuditTrail.UNIT, u.id(), "UNIT_CREATED", null, u))
                .toList());
    }

    /** A unit and the parent it goes under. */
    public record Placement(Unit unit, UUID parentId) {
    }

    /** Places units under new parents from {@code effective}, audited; their cadres and sub-units go with them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveAll(List<Placement> placements, LocalDate effective) {
        units.moveAll(placements.stream().map(p -> new UnitRepository.Placement(p.unit().id(), p.parentId())).toList(),
                effective);
        audit.recordAll(placements.stream().map(p -> new AuditTrail.Change(AuditTrail.UNIT, p.unit().id(), "UNIT_MOVED",
                p.unit(), p.unit().placedUnder(p.parentId()))).toList());
    }

    /** Closes units after {@code lastDay}, audited: they take no new cadres or sub-units from now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeAll(List<Unit> closed, LocalDate lastDay) {
        Instant now = clock.instant();
        units.closeAll(closed.stream().map(Unit::id).toList(), now, lastDay);
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (Unit u : closed) {
            changes.add(new AuditTrail.Change(AuditTrail.UNIT, u.id(), "UNIT_CLOSED", u, u.closed(now, lastDay)));
        }
        audit.recordAll(changes);
    }

    /** Records predecessor–successor links. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void link(List<UnitLink> links) {
        units.insertLinks(links);
    }
}
