package org.cadretraining.registry.units;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.registry.UnitDissolved;
import org.cadretraining.events.registry.UnitMoved;
import org.cadretraining.events.registry.UnitRenamed;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, renames, moves and dissolves units; each change is audited and published in the same transaction. A unit
 * is managed by who holds {@link Permission#UNITS_MANAGE} on it (or above it); a new province only by a platform-wide
 * administrator, since no grant covers what does not exist yet.
 */
@Service
public class UnitRegistration {
    private final UnitRepository units;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AccessPolicy access;

    UnitRegistration(UnitRepository units, Outbox outbox, AuditTrail audit, AccessPolicy access) {
        this.units = units;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
    }

    @Transactional
    public Unit create(String code, String name, UnitLevel level, UUID parentId) {
        Unit parent = null;
        if (parentId != null) {
            parent = units.find(parentId).orElseThrow(() -> DomainProblem.invalidField("parentUnitId", "no unit with id " + parentId));
            access.require(Permission.UNITS_MANAGE, parentId.toString());
        } else {
            access.requirePlatformAdministrator();
        }
        String placement = UnitHierarchy.placementProblem(level, parent);
        if (placement != null) {
            throw DomainProblem.invalidField(parent == null ? "parentUnitId" : "level", placement);
        }
        if (units.codeTaken(code)) {
            throw new DomainProblem(HttpStatus.CONFLICT, "duplicate-unit-code", "Unit code already used", "code",
                    "code: another unit already has code " + code);
        }
        Unit unit = new Unit(UUID.randomUUID(), code, name, level, parentId);
        units.insert(unit);
        audit.record(AuditTrail.UNIT, unit.id(), "UNIT_CREATED", null, unit);
        outbox.append(EventTypes.UNIT_CREATED, unit.id().toString(), new UnitCreated(unit.id().toString(), code, name, level,
                parentId == null ? null : parentId.toString(), Instant.now()));
        return unit;
    }

    /** A new name; the code and the place in the tree stay. Renaming to the current name changes nothing. */
    @Transactional
    public Unit rename(UUID id, String name) {
        Unit unit = units.lock(id).orElseThrow(() -> DomainProblem.notFound("Unit", id.toString()));
        access.require(Permission.UNITS_MANAGE, id.toString());
        if (unit.dissolved()) {
            throw DomainProblem.conflict("unit-dissolved", "Unit dissolved", "Unit " + unit.code() + " is dissolved and cannot be renamed");
        }
        if (unit.name().equals(name)) {
            return unit;
        }
        units.rename(id, name);
        Unit renamed = new Unit(id, unit.code(), name, unit.level(), unit.parentId(), null);
        audit.record(AuditTrail.UNIT, id, "UNIT_RENAMED", unit, renamed);
        outbox.append(EventTypes.UNIT_RENAMED, id.toString(), new UnitRenamed(id.toString(), name, Instant.now()));
        return renamed;
    }

    /** Places the unit under another parent; its cadres and sub-units go with it. */
    @Transactional
    public Unit move(UUID id, UUID parentId) {
        Unit unit = units.lock(id).orElseThrow(() -> DomainProblem.notFound("Unit", id.toString()));
        access.require(Permission.UNITS_MANAGE, id.toString());
        Unit parent = units.find(parentId).orElseThrow(() -> DomainProblem.invalidField("parentUnitId", "no unit with id " + parentId));
        access.require(Permission.UNITS_MANAGE, parentId.toString());
        if (parentId.equals(unit.parentId())) {
            return unit;
        }
        String problem = UnitHierarchy.moveProblem(unit, parent, units.ancestorsOf(parentId));
        if (problem != null) {
            throw new DomainProblem(HttpStatus.CONFLICT, "unit-move-refused", "Unit cannot move there", "parentUnitId", problem);
        }
        units.move(id, parentId);
        Unit moved = new Unit(id, unit.code(), unit.name(), unit.level(), parentId, null);
        audit.record(AuditTrail.UNIT, id, "UNIT_MOVED", unit, moved);
        outbox.append(EventTypes.UNIT_MOVED, id.toString(), new UnitMoved(id.toString(),
                unit.parentId() == null ? null : unit.parentId().toString(), parentId.toString(), Instant.now()));
        return moved;
    }

    /** Refused while the unit has active cadres or live sub-units: no one is left without a unit. */
    @Transactional
    public Unit dissolve(UUID id) {
        Unit unit = units.lock(id).orElseThrow(() -> DomainProblem.notFound("Unit", id.toString()));
        access.require(Permission.UNITS_MANAGE, id.toString());
        if (unit.dissolved()) {
            throw DomainProblem.conflict("unit-dissolved", "Unit dissolved", "Unit " + unit.code() + " is already dissolved");
        }
        String problem = UnitHierarchy.dissolutionProblem(unit, units.activeCadres(id), units.liveSubUnits(id));
        if (problem != null) {
            throw DomainProblem.conflict("unit-not-empty", "Unit cannot be dissolved", problem);
        }
        Instant now = Instant.now();
        units.dissolve(id, now);
        Unit dissolved = new Unit(id, unit.code(), unit.name(), unit.level(), unit.parentId(), now);
        audit.record(AuditTrail.UNIT, id, "UNIT_DISSOLVED", unit, dissolved);
        outbox.append(EventTypes.UNIT_DISSOLVED, id.toString(), new UnitDissolved(id.toString(), now));
        return dissolved;
    }

    @Transactional(readOnly = true)
    public Unit get(UUID id) {
        return units.find(id).orElseThrow(() -> DomainProblem.notFound("Unit", id.toString()));
    }

    @Transactional(readOnly = true)
    public List<Unit> all() {
        return units.findAll();
    }
}
