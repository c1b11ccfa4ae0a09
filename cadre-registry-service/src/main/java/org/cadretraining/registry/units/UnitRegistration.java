package org.cadretraining.registry.units;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.UnitClassified;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.registry.UnitDissolved;
import org.cadretraining.events.registry.UnitMoved;
import org.cadretraining.events.registry.UnitRenamed;
import org.cadretraining.events.vocabulary.UnitKind;
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
 * Creates, renames, moves, classifies and dissolves units; each change is audited and published in the same
 * transaction. A unit is managed by who holds {@link Permission#UNITS_MANAGE} on it (or above it); a new province only
 * by a platform-wide administrator, since no grant covers what does not exist yet. A rename or a move may take effect
 * on an earlier day (history loaded late), never before the unit's last change of the same kind: the tree as of any
 * day stays one story.
 */
@Service
public class UnitRegistration {
    private final UnitRepository units;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final Clock clock;

    UnitRegistration(UnitRepository units, Outbox outbox, AuditTrail audit, AccessPolicy access, Clock clock) {
        this.units = units;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** What creating a unit takes; {@code kind} null is the level's administrative unit, {@code validFrom} null today. */
    public record NewUnit(String code, String name, UnitLevel level, UUID parentId, UnitKind kind, String officialCode,
                          LocalDate validFrom) {
    }

    @Transactional
    public Unit create(String code, String name, UnitLevel level, UUID parentId) {
        return create(new NewUnit(code, name, level, parentId, null, null, null));
    }

    @Transactional
    public Unit create(NewUnit request) {
        Unit parent = null;
        if (request.parentId() != null) {
            // Shared: the parent cannot be closed by a reorganization while its new sub-unit arrives.
            parent = units.lockShared(request.parentId())
                    .orElseThrow(() -> DomainProblem.invalidField("parentUnitId", "no unit with id " + request.parentId()));
            access.require(Permission.UNITS_MANAGE, request.parentId().toString());
        } else {
            access.requirePlatformAdministrator();
        }
        UnitKind kind = request.kind() == null ? UnitClassification.defaultKind(request.level()) : request.kind();
        String kindProblem = UnitClassification.kindProblem(kind, request.level());
        if (kindProblem != null) {
            throw DomainProblem.invalidField("kind", kindProblem);
        }
        String placement = UnitHierarchy.placementProblem(request.level(), kind, parent);
        if (placement != null) {
            throw DomainProblem.invalidField(parent == null || kind == UnitKind.PROVINCE ? "parentUnitId" : "level", placement);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate validFrom = request.validFrom() == null ? today : request.validFrom();
        if (validFrom.isAfter(today)) {
            throw DomainProblem.invalidField("validFrom", "is after today; create the unit on the day it begins");
        }
        if (parent != null && parent.validFrom() != null && validFrom.isBefore(parent.validFrom())) {
            throw DomainProblem.invalidField("validFrom", "is before its parent unit " + parent.code() + " exists (from "
                    + parent.validFrom() + ")");
        }
        requireOfficialCodeFree(request.officialCode(), kind, request.level(), null);
        if (units.codeTaken(request.code())) {
            throw new DomainProblem(HttpStatus.CONFLICT, "duplicate-unit-code", "Unit code already used", "code",
                    "code: another unit already has code " + request.code());
        }
        Unit unit = new Unit(UUID.randomUUID(), request.code(), request.name(), request.level(), request.parentId(), null,
                kind, request.officialCode(), validFrom, null);
        units.insert(unit);
        audit.record(AuditTrail.UNIT, unit.id(), "UNIT_CREATED", null, unit);
        outbox.append(EventTypes.UNIT_CREATED, unit.id().toString(), created(unit, clock.instant()));
        return unit;
    }

    static UnitCreated created(Unit unit, Instant at) {
        return new UnitCreated(unit.id().toString(), unit.code(), unit.name(), unit.level(),
                unit.parentId() == null ? null : unit.parentId().toString(), at, unit.kind(), unit.officialCode(),
                unit.validFrom());
    }

    /**
     * 400 unless the code fits the kind and level, 409 when another unit, live or closed, holds it: a code of Decision
     * 19/2025 is never given to a second unit.
     */
    void requireOfficialCodeFree(String officialCode, UnitKind kind, UnitLevel level, UUID holder) {
        String shape = UnitClassification.officialCodeProblem(officialCode, kind, level);
        if (shape != null) {
            throw DomainProblem.invalidField("officialCode", shape);
        }
        if (officialCode == null) {
            return;
        }
        units.findByOfficialCode(officialCode).filter(other -> !other.id().equals(holder)).ifPresent(other -> {
            throw officialCodeTaken(officialCode, other);
        });
    }

    static DomainProblem officialCodeTaken(String officialCode, Unit holder) {
        return new DomainProblem(HttpStatus.CONFLICT, "official-code-taken", "Official code already given", "officialCode",
                "officialCode: " + officialCode + " is the code of unit " + holder.code()
                        + (holder.dissolved() ? ", closed" + (holder.validTo() == null ? "" : " after " + holder.validTo())
                        + "; a code is never given to another unit" : ""));
    }

    /** A new name from {@code effectiveDate} (null: today); the code and the place in the tree stay. */
    @Transactional
    public Unit rename(UUID id, String name, LocalDate effectiveDate) {
        Unit unit = units.lock(id).orElseThrow(() -> DomainProblem.notFound("Unit", id.toString()));
        access.require(Permission.UNITS_MANAGE, id.toString());
        if (unit.dissolved()) {
            throw DomainProblem.conflict("unit-dissolved", "Unit dissolved", "Unit " + unit.code() + " is dissolved and cannot be renamed");
        }
        if (unit.name().equals(name)) {
            return unit;
        }
        LocalDate effective = effectiveDate(effectiveDate, unit, units.namedSince(id), "name");
        units.rename(id, name, effective);
        Unit renamed = unit.named(name);
        audit.record(AuditTrail.UNIT, id, "UNIT_RENAMED", unit, renamed);
        outbox.append(EventTypes.UNIT_RENAMED, id.toString(), new UnitRenamed(id.toString(), name, clock.instant(), effective));
        return renamed;
    }

    public Unit rename(UUID id, String name) {
        return rename(id, name, null);
    }

    /** Places the unit under another parent from {@code effectiveDate} (null: today); its cadres and sub-units go with it. */
    @Transactional
    public Unit move(UUID id, UUID parentId, LocalDate effectiveDate) {
        Unit unit = units.lock(id).orElseThrow(() -> DomainProblem.notFound("Unit", id.toString()));
        access.require(Permission.UNITS_MANAGE, id.toString());
        Unit parent = units.lockShared(parentId).orElseThrow(() -> DomainProblem.invalidField("parentUnitId", "no unit with id " + parentId));
        access.require(Permission.UNITS_MANAGE, parentId.toString());
        if (parentId.equals(unit.parentId())) {
            return unit;
        }
        String problem = UnitHierarchy.moveProblem(unit, parent, units.ancestorsOf(parentId));
        if (problem != null) {
            throw new DomainProblem(HttpStatus.CONFLICT, "unit-move-refused", "Unit cannot move there", "parentUnitId", problem);
        }
        LocalDate effective = effectiveDate(effectiveDate, unit, units.placedSince(List.of(id)).get(id), "place in the tree");
        if (parent.validFrom() != null && effective.isBefore(parent.validFrom())) {
            throw DomainProblem.invalidField("effectiveDate", "is before unit " + parent.code() + " exists (from "
                    + parent.validFrom() + ")");
        }
        units.move(id, parentId, effective);
        Unit moved = unit.placedUnder(parentId);
        audit.record(AuditTrail.UNIT, id, "UNIT_MOVED", unit, moved);
        outbox.append(EventTypes.UNIT_MOVED, id.toString(), new UnitMoved(id.toString(),
                unit.parentId() == null ? null : unit.parentId().toString(), parentId.toString(), clock.instant(), effective,
                null));
        return moved;
    }

    public Unit move(UUID id, UUID parentId) {
        return move(id, parentId, null);
    }

    /** The day a change takes effect: today unless given; never after today, before the unit exists or its last change. */
    private LocalDate effectiveDate(LocalDate requested, Unit unit, LocalDate lastChange, String what) {
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = requested == null ? today : requested;
        if (effective.isAfter(today)) {
            throw DomainProblem.invalidField("effectiveDate", "is after today; record the change on the day it takes effect");
        }
        if (unit.validFrom() != null && effective.isBefore(unit.validFrom())) {
            throw DomainProblem.invalidField("effectiveDate", "is before unit " + unit.code() + " exists (from " + unit.validFrom() + ")");
        }
        if (lastChange != null && effective.isBefore(lastChange)) {
            throw DomainProblem.invalidField("effectiveDate", "is before the unit's " + what + " last changed (" + lastChange
                    + "); a change takes effect on or after the one before it");
        }
        return effective;
    }

    /**
     * Sets what the unit is: its kind and official code (null: none). A kind or code describes the unit, it has no
     * effective date. Setting what the unit already is changes nothing and publishes nothing.
     */
    @Transactional
    public Unit classify(UUID id, UnitKind kind, String officialCode) {
        Unit unit = units.lock(id).orElseThrow(() -> DomainProblem.notFound("Unit", id.toString()));
        access.require(Permission.UNITS_MANAGE, id.toString());
        if (unit.dissolved()) {
            throw DomainProblem.conflict("unit-dissolved", "Unit dissolved", "Unit " + unit.code() + " is closed and cannot be reclassified");
        }
        String kindProblem = UnitClassification.kindProblem(kind, unit.level());
        if (kindProblem != null) {
            throw DomainProblem.invalidField("kind", kindProblem);
        }
        if (kind == UnitKind.PROVINCE ? unit.parentId() != null : unit.parentId() == null) {
            throw DomainProblem.invalidField("kind", kind == UnitKind.PROVINCE
                    ? "a PROVINCE unit is the root of its tree; this unit has a parent"
                    : "this unit is the root of its tree, a PROVINCE");
        }
        if (kind == unit.kind() && Objects.equals(officialCode, unit.officialCode())) {
            return unit;
        }
        requireOfficialCodeFree(officialCode, kind, unit.level(), id);
        units.classify(id, kind, officialCode);
        Unit classified = unit.classified(kind, officialCode);
        audit.record(AuditTrail.UNIT, id, "UNIT_CLASSIFIED", unit, classified);
        outbox.append(EventTypes.UNIT_CLASSIFIED, id.toString(), new UnitClassified(id.toString(), kind, officialCode,
                clock.instant()));
        return classified;
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
        Instant now = clock.instant();
        // Its last day is today: a unit never begins after today, so that is never before its first.
        LocalDate lastDay = LocalDate.now(clock);
        units.dissolve(id, now, lastDay);
        Unit dissolved = unit.closed(now, lastDay);
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

    /** The tree as it stood on {@code day}: the units that existed, with their names and parents of that day. */
    @Transactional(readOnly = true)
    public List<Unit> asOf(LocalDate day) {
        return units.asOf(day);
    }

    /** Every link of the lineage; small (a few a reorganized unit). */
    @Transactional(readOnly = true)
    public List<UnitLink> links() {
        return units.allLinks();
    }

    /** The unit's predecessors and successors, transitively, with the units they name. */
    @Transactional(readOnly = true)
    public Lineage lineage(UUID id) {
        units.find(id).orElseThrow(() -> DomainProblem.notFound("Unit", id.toString()));
        return Lineage.of(id, units.allLinks());
    }
}
