package org.cadretraining.registry.access;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.AccessGranted;
import org.cadretraining.events.registry.AccessRevoked;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Actor;
import org.cadretraining.platform.security.Entitlements;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.UnitScope;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.audit.AuditTrail;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.UnitTree;
import org.cadretraining.registry.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives and takes back grants: the platform's one source of truth for who may do what where. Each change is audited
 * and published on {@code registry.access-grants} (keyed by the subject) in its own transaction, so that every other
 * service applies it within seconds; the registry itself applies it at once. Managing grants on a unit needs
 * {@link Permission#GRANTS_MANAGE} on it.
 */
@Service
public class Grants {
    private final GrantRepository grants;
    private final Units units;
    private final UnitTree tree;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    Grants(GrantRepository grants, Units units, UnitTree tree, AccessPolicy access, AuditTrail audit, Outbox outbox) {
        this.grants = grants;
        this.units = units;
        this.tree = tree;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** A grant, and whether this request made it (false: the subject already held it, and nothing changed). */
    public record Granted(AccessGrant grant, boolean created) {
    }

    @Transactional
    public Granted grant(String subject, AccessRole role, UUID unitId) {
        Unit unit = units.find(unitId).orElseThrow(() -> DomainProblem.invalidField("unitId", "no unit with id " + unitId));
        if (unit.dissolved()) {
            throw DomainProblem.invalidField("unitId", "unit " + unit.code() + " is dissolved");
        }
        access.require(Permission.GRANTS_MANAGE, unitId.toString());
        String holder = subject.strip();
        var held = grants.find(holder, role, unitId);
        if (held.isPresent()) {
            return new Granted(held.get(), false);
        }
        // Microseconds, as the database keeps them: the answer and the event say what a later read says.
        AccessGrant grant = new AccessGrant(UUID.randomUUID(), holder, role, unitId, Actor.current(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!grants.insertIfAbsent(grant)) {
            // Another request gave the same grant at the same moment: theirs is the one.
            return new Granted(grants.find(holder, role, unitId).orElseThrow(), false);
        }
        audit.record(AuditTrail.ACCESS_GRANT, grant.id(), "ACCESS_GRANTED", null, grant);
        outbox.append(EventTypes.ACCESS_GRANTED, holder, new AccessGranted(grant.id().toString(), holder, role,
                unitId.toString(), grant.grantedBy(), grant.grantedAt()));
        return new Granted(grant, true);
    }

    @Transactional
    public AccessGrant revoke(UUID grantId) {
        AccessGrant grant = grants.lock(grantId).orElseThrow(() -> DomainProblem.notFound("Grant", grantId.toString()));
        access.require(Permission.GRANTS_MANAGE, grant.unitId().toString());
        grants.delete(grantId);
        Instant now = clock.instant();
        audit.record(AuditTrail.ACCESS_GRANT, grantId, "ACCESS_REVOKED", grant, null);
        outbox.append(EventTypes.ACCESS_REVOKED, grant.subject(), new AccessRevoked(grantId.toString(), grant.subject(),
                grant.role(), grant.unitId().toString(), Actor.current(), now));
        return grant;
    }

    /**
     * The grants the caller manages (on units their {@link Permission#GRANTS_MANAGE} covers), of one subject and on
     * one unit and the units below it, when those are given.
     */
    @Transactional(readOnly = true)
    public List<AccessGrant> list(String subject, UUID unitId) {
        UnitScope managed = access.scope(Permission.GRANTS_MANAGE);
        Set<String> under = unitId == null ? null : Set.of(unitId.toString());
        return grants.find(subject == null || subject.isBlank() ? null : subject.strip()).stream()
                .filter(g -> managed.covers(g.unitId().toString()))
                .filter(g -> under == null || tree.isWithin(g.unitId().toString(), under))
                .toList();
    }

    /**
     * What the caller may do where: their grants with the units' names, and for each permission the units it is held
     * on (each with its subtree). A platform-wide administrator holds every permission on every province.
     */
    public record CallerAccess(String subject, boolean platformAdministrator, List<HeldGrant> grants,
                               Map<Permission, List<String>> permissions) {
    }

    public record HeldGrant(AccessGrant grant, String unitName) {
    }

    @Transactional(readOnly = true)
    public CallerAccess caller() {
        String subject = access.subject();
        Entitlements entitlements = access.entitlements();
        List<HeldGrant> held = grants.of(subject).stream()
                .map(g -> new HeldGrant(g, units.find(g.unitId()).map(Unit::name).orElse(null))).toList();
        Map<Permission, List<String>> permissions = new EnumMap<>(Permission.class);
        List<String> provinces = entitlements.platformAdministrator()
                ? units.roots().stream().map(u -> u.id().toString()).toList() : List.of();
        for (Permission permission : Permission.values()) {
            List<String> on = entitlements.platformAdministrator() ? provinces
                    : entitlements.scope(permission).grantedUnits().stream().sorted().toList();
            if (!on.isEmpty()) {
                permissions.put(permission, on);
            }
        }
        return new CallerAccess(subject, entitlements.platformAdministrator(), held, permissions);
    }
}
