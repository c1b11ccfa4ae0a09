package org.cadretraining.enrollment.access;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import org.cadretraining.events.vocabulary.NominationStage;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.platform.security.UnitScope;
import org.springframework.stereotype.Component;

/**
 * Who may act on what here, once the unit a thing belongs to is known. A route's {@code @Access} rule has already let
 * the caller in (they hold the permission on some unit); these check it on the unit itself, as one vocabulary for the
 * controllers: the unit officer acts for their unit, the training officer for the province, the provider for its own
 * classes. Reads of one cadre's training records are written to the personal-data access log, refusals too.
 */
@Component
public class TrainingAccess {
    /** Either one lets a caller read a cadre's training records: the training staff's, or the record viewer's. */
    private static final Permission[] CADRE_READ = {Permission.TRAINING_READ, Permission.PERSON_READ};

    private final AccessPolicy access;
    private final PersonalDataAccessLog log;

    TrainingAccess(AccessPolicy access, PersonalDataAccessLog log) {
        this.access = access;
        this.log = log;
    }

    /** 403 unless the caller holds the permission on the unit or above it. */
    public void require(Permission permission, UUID unitId) {
        access.require(permission, text(unitId));
    }

    public boolean may(Permission permission, UUID unitId) {
        return unitId != null && access.may(permission, unitId.toString());
    }

    /** Holds the permission on some unit (the route's rule let them in with one of several). */
    public boolean holdsAnywhere(Permission permission) {
        return access.holdsAnywhere(permission);
    }

    /** For what belongs to no single unit: programs, classes, the yearly plan, direct enrollment. */
    public void requireOverAProvince(Permission permission) {
        access.requireOverAProvince(permission);
    }

    public boolean overAProvince(Permission permission) {
        return access.entitlements().coversARoot(permission);
    }

    /**
     * Results of a class are its provider's to record: {@link Permission#RESULTS_RECORD} on the provider's unit, or over
     * a whole province when the provider is no unit of the register (training abroad, a university elsewhere).
     */
    public void requireResultsOf(UUID providerUnitId) {
        if (providerUnitId == null) {
            access.requireOverAProvince(Permission.RESULTS_RECORD);
        } else {
            access.require(Permission.RESULTS_RECORD, providerUnitId.toString());
        }
    }

    /**
     * A decision on a nomination of {@code nominatingUnitId} at the stage: the unit's own officers decide at
     * {@link NominationStage#UNIT}, the province's training officers at {@link NominationStage#PROVINCE}. With no stage
     * (the nomination waits for none), either may hear that it is decided.
     */
    public void requireDecisionAt(NominationStage stage, UUID nominatingUnitId) {
        if (stage == NominationStage.UNIT) {
            require(Permission.UNIT_APPROVAL, nominatingUnitId);
        } else if (stage == NominationStage.PROVINCE) {
            access.requireOverAProvince(Permission.PROVINCE_APPROVAL);
        } else if (!may(Permission.UNIT_APPROVAL, nominatingUnitId) && !overAProvince(Permission.PROVINCE_APPROVAL)) {
            throw AccessPolicy.denied("Your grants give no decision on the nominations of this unit");
        }
    }

    /**
     * Reading one cadre's training records (a nomination, an enrollment, study plans, the replica): the caller needs
     * {@link Permission#TRAINING_READ} or {@link Permission#PERSON_READ} on one of the units the record belongs to (the
     * cadre's unit, the nominating unit, the class's provider). Logged either way.
     */
    public void requireCadreRead(String action, UUID cadreId, UUID... units) {
        UUID logged = Arrays.stream(units).filter(Objects::nonNull).findFirst().orElse(null);
        Predicate<UUID> scope = cadreReadScope();
        if (Arrays.stream(units).anyMatch(scope)) {
            log.read(action, text(cadreId), text(logged));
            return;
        }
        log.refused(action, text(cadreId), text(logged));
        throw AccessPolicy.denied("Your grants do not cover the units this cadre's records belong to");
    }

    /**
     * The units a list may show the caller: every unit when one of the permissions is theirs everywhere (a platform
     * administrator), otherwise the units they hold one of them on, with the units below.
     */
    public record UnitFilter(boolean everywhere, Predicate<UUID> covered) {
        public static final UnitFilter ALL = new UnitFilter(true, unit -> true);

        /** A unit not known (null) is shown only to those who see everything. */
        public boolean covers(UUID unitId) {
            return everywhere || (unitId != null && covered.test(unitId));
        }
    }

    /** The units on which the caller holds any of the permissions, with their subtrees. */
    public UnitFilter unitsWith(Permission... permissions) {
        UnitScope[] scopes = Arrays.stream(permissions).map(access::scope).toArray(UnitScope[]::new);
        if (Arrays.stream(scopes).anyMatch(UnitScope::everywhere)) {
            return UnitFilter.ALL;
        }
        return new UnitFilter(false, unit -> Arrays.stream(scopes).anyMatch(s -> s.covers(unit.toString())));
    }

    /** The caller reads training records wherever a unit is: see {@link #cadreReadScope}. */
    public UnitFilter cadreReadUnits() {
        return unitsWith(CADRE_READ);
    }

    /** Whether the caller records the results of a class of this provider; see {@link #requireResultsOf}. */
    public boolean recordsResultsOf(UUID providerUnitId) {
        return providerUnitId == null ? overAProvince(Permission.RESULTS_RECORD) : may(Permission.RESULTS_RECORD, providerUnitId);
    }

    /** Logs a list of several cadres' training records read at once (who read, how many, where), never the records. */
    public void logListRead(String action, int count, UUID unitId, String detail) {
        if (count > 0) {
            log.readMany(action, count, text(unitId), detail);
        }
    }

    /** The units whose cadres' training records the caller may read: to filter what a list shows. */
    public Predicate<UUID> cadreReadScope() {
        UnitScope training = access.scope(CADRE_READ[0]);
        UnitScope person = access.scope(CADRE_READ[1]);
        // A unit not known (null) is covered only for those who may read everywhere.
        return unit -> training.covers(text(unit)) || person.covers(text(unit));
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
