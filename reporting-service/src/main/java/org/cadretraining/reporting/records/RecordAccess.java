package org.cadretraining.reporting.records;

import java.util.List;
import java.util.Set;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.units.UnitTree;
import org.cadretraining.reporting.units.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may read personal records. The acting user is the one the gateway in front of the service authenticated: it
 * passes the user on in {@code X-Acting-User} (as oauth2-proxy or the province's SSO gateway do), and this service
 * decides what that user may see: the cadres of the units granted to them and of the units below.
 */
@Component
public class RecordAccess {
    /** The header the authenticating gateway names the user in. */
    public static final String ACTING_USER = "X-Acting-User";
    private final RecordGrants grants;
    private final RecordAccessLog log;
    private final Set<String> administrators;

    public RecordAccess(RecordGrants grants, RecordAccessLog log,
                        @Value("${reporting.record-access.administrators:}") List<String> administrators) {
        this.grants = grants;
        this.log = log;
        this.administrators = Set.copyOf(administrators.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    /**
     * The units of the subtree under {@code unitId} whose cadres the user may see; 401 for a request that names no
     * user, 403 when the user may see none of them.
     */
    public List<UnitView> searchable(String actingUser, UnitTree tree, String unitId) {
        String user = named(actingUser);
        RecordEntitlement entitlement = grants.of(user);
        var parentOf = parents(tree);
        List<UnitView> units = entitlement.isEmpty() ? List.of()
                : tree.subtree(unitId).stream().filter(u -> entitlement.covers(u.unitId(), parentOf)).toList();
        if (units.isEmpty()) {
            throw denied("User " + user + " is not entitled to see personal records of any unit in this subtree");
        }
        return units;
    }

    /** Allows the read of one cadre's record and traces it, or traces the refusal and answers 403. */
    public void checkRecord(String actingUser, String cadreId, String cadreUnitId, UnitTree tree) {
        String user = named(actingUser);
        if (!grants.of(user).covers(cadreUnitId, parents(tree))) {
            log.recordRefusal(cadreId, user);
            throw denied("User " + user + " is not entitled to see the records of this cadre's unit");
        }
        log.recordAccess(cadreId, user);
    }

    /** Only the configured administrators may grant and revoke access. */
    public String administrator(String actingUser) {
        String user = named(actingUser);
        if (!administrators.contains(user)) {
            throw denied("User " + user + " may not manage who sees personal records");
        }
        return user;
    }

    private static java.util.function.Function<String, String> parents(UnitTree tree) {
        return id -> tree.unit(id).map(UnitView::parentUnitId).orElse(null);
    }

    private static String named(String actingUser) {
        if (actingUser == null || actingUser.isBlank()) {
            throw new DomainProblem(HttpStatus.UNAUTHORIZED, "unauthenticated", "No acting user", ACTING_USER,
                    "Personal records need an authenticated user, named in the " + ACTING_USER + " header");
        }
        return actingUser.trim();
    }

    private static DomainProblem denied(String detail) {
        return new DomainProblem(HttpStatus.FORBIDDEN, "record-access-denied", "Not entitled", ACTING_USER, detail);
    }
}
