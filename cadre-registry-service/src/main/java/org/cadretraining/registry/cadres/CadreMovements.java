package org.cadretraining.registry.cadres;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.CadreDeparted;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.audit.AuditTrail;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.UnitTree;
import org.cadretraining.registry.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers (điều động) between units, and departures (nghỉ hưu, thôi việc) from the service. A transfer needs
 * {@link Permission#REGISTER_WRITE} on the unit the cadre leaves and on the unit they join; a departure on their unit.
 */
@Service
public class CadreMovements {
    private final CadreRepository cadres;
    private final Units units;
    private final UnitTree tree;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ApplicationEventPublisher internal;
    private final AccessPolicy access;

    CadreMovements(CadreRepository cadres, Units units, UnitTree tree, Outbox outbox, AuditTrail audit,
                   ApplicationEventPublisher internal, AccessPolicy access) {
        this.cadres = cadres;
        this.units = units;
        this.tree = tree;
        this.outbox = outbox;
        this.audit = audit;
        this.internal = internal;
        this.access = access;
    }

    @Transactional
    public Cadre transfer(UUID cadreId, UUID toUnitId, LocalDate effectiveDate, String reason) {
        Cadre cadre = cadres.lock(cadreId).orElseThrow(() -> DomainProblem.notFound("Cadre", cadreId.toString()));
        requireTransferable(cadre, toUnitId);
        return transfer(cadre, toUnitId, effectiveDate, reason);
    }

    /**
     * 403 unless the caller may write the register both where the cadre serves and where they would go. A target that
     * names no unit is left to the transfer itself, which answers that with a 400 naming the field.
     */
    public void requireTransferable(Cadre cadre, UUID toUnitId) {
        access.require(Permission.REGISTER_WRITE, cadre.unitId().toString());
        if (tree.knows(toUnitId.toString())) {
            access.require(Permission.REGISTER_WRITE, toUnitId.toString());
        }
    }

    /**
     * Moves an already locked cadre; joins the caller's transaction (a rotation starts with one). The caller has
     * checked the access (a rotation with {@link #requireTransferable}, an import row by row).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Cadre transfer(Cadre cadre, UUID toUnitId, LocalDate effectiveDate, String reason) {
        if (!cadre.active()) {
            throw DomainProblem.conflict("cadre-not-active", "Cadre not active",
                    "The cadre has status " + cadre.status() + " and cannot be transferred");
        }
        // A shared lock keeps the unit from being dissolved while the cadre arrives.
        Unit target = units.holdForPlacement(toUnitId).orElse(null);
        String problem = CadreRegistration.unitProblem(target, toUnitId);
        if (problem != null) {
            throw DomainProblem.invalidField("toUnitId", problem);
        }
        if (toUnitId.equals(cadre.unitId())) {
            throw new DomainProblem(HttpStatus.CONFLICT, "already-in-unit", "Already in that unit", "toUnitId",
                    "toUnitId: the cadre already serves in unit " + target.code());
        }
        cadres.moveTo(cadre.id(), toUnitId);
        Cadre moved = cadre.inUnit(toUnitId);
        audit.record(AuditTrail.CADRE, cadre.id(), "TRANSFERRED", cadre, moved);
        outbox.append(EventTypes.CADRE_TRANSFERRED, cadre.id().toString(), new CadreTransferred(cadre.id().toString(),
                cadre.unitId().toString(), toUnitId.toString(), effectiveDate, reason));
        return moved;
    }

    /** A cadre moving with their unit in a reorganization. */
    public record Move(UUID cadreId, UUID fromUnitId, UUID toUnitId, String reason) {
    }

    /** What a cadre's history shows of a move in a reorganization: where to, from when, and why. */
    public record ReorganizedPlacement(UUID unitId, LocalDate effectiveDate, String reason, UUID reorganizationId) {
    }

    /**
     * Moves cadres with their units in a reorganization: one statement for all, and an audit line each, so that
     * every cadre's history names the reorganization. The caller has locked them ({@link Cadres#lockServingIn}),
     * checked the access on the units, and publishes their {@code CadreTransferred} in the order of its plan.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveAll(List<Move> moves, LocalDate effectiveDate, UUID reorganizationId) {
        cadres.moveAll(moves.stream().map(Move::cadreId).toList(), moves.stream().map(Move::toUnitId).toList());
        audit.recordAll(moves.stream().map(m -> new AuditTrail.Change(AuditTrail.CADRE, m.cadreId(), "TRANSFERRED",
                new ReorganizedPlacement(m.fromUnitId(), null, null, null),
                new ReorganizedPlacement(m.toUnitId(), effectiveDate, m.reason(), reorganizationId))).toList());
    }

    /** Retirement or leaving: the cadre stays on the register, with the status and date, and stops being active. */
    @Transactional
    public Cadre depart(UUID cadreId, CadreStatus status, LocalDate effectiveDate, String reason) {
        if (status == CadreStatus.ACTIVE) {
            throw DomainProblem.invalidField("status", "must be RETIRED or LEFT");
        }
        Cadre cadre = cadres.lock(cadreId).orElseThrow(() -> DomainProblem.notFound("Cadre", cadreId.toString()));
        access.require(Permission.REGISTER_WRITE, cadre.unitId().toString());
        if (!cadre.active()) {
            throw DomainProblem.conflict("cadre-not-active", "Cadre not active",
                    "The cadre already has status " + cadre.status());
        }
        if (effectiveDate.isBefore(cadre.birthDate().plusYears(CadreRules.MIN_AGE))) {
            throw DomainProblem.invalidField("effectiveDate", "is before the cadre could have started working");
        }
        cadres.depart(cadreId, status, effectiveDate, reason);
        Cadre departed = cadre.departed(status, effectiveDate);
        audit.record(AuditTrail.CADRE, cadreId, status == CadreStatus.RETIRED ? "RETIRED" : "LEFT", cadre, departed);
        outbox.append(EventTypes.CADRE_DEPARTED, cadreId.toString(),
                new CadreDeparted(cadreId.toString(), status, effectiveDate, reason));
        internal.publishEvent(new CadreLeft(cadreId, effectiveDate, reason));
        return departed;
    }
}
