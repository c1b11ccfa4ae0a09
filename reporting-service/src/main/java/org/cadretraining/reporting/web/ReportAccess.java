package org.cadretraining.reporting.web;

import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.UnitScope;
import org.cadretraining.reporting.views.Target;
import org.springframework.stereotype.Component;

/**
 * The unit scope of the aggregate views, checked once the route knows which unit it reads: figures of a unit need
 * {@link Permission#REPORTS_READ} on it (a grant on it or on a unit above it); figures of no single unit (the whole
 * province's targets, class statistics, a yearly plan) need it over a whole province. Personal data is checked where
 * it is read ({@code CadreRecords}), so that each read is also logged.
 */
@Component
class ReportAccess {
    private final AccessPolicy policy;

    ReportAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /** A unit's figures. */
    void unit(String unitId) {
        policy.require(Permission.REPORTS_READ, unitId);
    }

    /** Figures narrowed to {@code unitId}, or, without one, the province's. */
    void unitOrProvince(String unitId) {
        if (unitId == null) {
            province();
        } else {
            unit(unitId);
        }
    }

    /** A training plan's figures: on the unit that owns it, or over a province for a plan with no owner. */
    void plan(String ownerUnitId) {
        unitOrProvince(ownerUnitId);
    }

    /** Figures that belong to no single unit. */
    void province() {
        policy.requireOverAProvince(Permission.REPORTS_READ);
    }

    /** One target's figures over its whole cohort: a cohort that names a unit lies within it, else it is the province's. */
    void wholeCohort(Target target) {
        unitOrProvince(target.cohort().unitId());
    }

    /** Defining or withdrawing a target: on the unit its cohort names, or over a province when it names none. */
    void manageTargets(String cohortUnitId) {
        if (cohortUnitId == null) {
            policy.requireOverAProvince(Permission.TARGETS_MANAGE);
        } else {
            policy.require(Permission.TARGETS_MANAGE, cohortUnitId);
        }
    }

    /** The units whose figures the caller may read. */
    UnitScope readable() {
        return policy.scope(Permission.REPORTS_READ);
    }
}
