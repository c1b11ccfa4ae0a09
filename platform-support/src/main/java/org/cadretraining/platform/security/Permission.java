package org.cadretraining.platform.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.cadretraining.events.vocabulary.AccessRole;

/**
 * What a route or an action needs. Roles are bundles of these (Moodle's role × capability × context): a grant gives a
 * user a role on a unit, and so every permission of that role on the unit and every unit below it.
 */
public enum Permission {
    /** Give and take back grants. */
    GRANTS_MANAGE,
    /** Create, rename, move and dissolve units. */
    UNITS_MANAGE,
    /** Metrics, bindings, topology: the service's operations endpoints. */
    OPERATIONS,
    /** A person's record: registry profile and history, reporting's training record, name search. */
    PERSON_READ,
    /** National ID, ethnicity and party membership unmasked (Decree 13/2023/NĐ-CP, sensitive personal data). */
    SENSITIVE_READ,
    /** Register, update, transfer, depart cadres; manual qualifications; imports; rotation and succession planning. */
    REGISTER_WRITE,
    /** The register as a file. */
    REGISTER_EXPORT,
    /** The program catalogue. */
    PROGRAMS_MANAGE,
    /** Classes and their lifecycle. */
    CLASSES_MANAGE,
    /** Yearly plans, quotas and allocations, and their approval. */
    PLANS_MANAGE,
    /** Seats given directly, withdrawals and funding. */
    ENROLLMENTS_MANAGE,
    /** The province-stage approval of nominations. */
    PROVINCE_APPROVAL,
    /** A unit's yearly training needs. */
    NEEDS_REGISTER,
    /** Nominating a unit's cadres to classes. */
    NOMINATE,
    /** The unit-stage approval of nominations. */
    UNIT_APPROVAL,
    /** Attendance, results and graduations. */
    RESULTS_RECORD,
    /** Programs, classes, plans, nominations and enrollments as lists and details. */
    TRAINING_READ,
    /** Aggregate figures: progress, targets, class statistics, plan fulfilment, and their exports. */
    REPORTS_READ,
    /** Define and delete targets. */
    TARGETS_MANAGE,
    /** Who read or changed personal data. */
    ACCESS_LOG_READ;

    private static final Map<AccessRole, Set<Permission>> BY_ROLE = new EnumMap<>(AccessRole.class);

    static {
        BY_ROLE.put(AccessRole.PLATFORM_ADMINISTRATOR, EnumSet.allOf(Permission.class));
        BY_ROLE.put(AccessRole.PERSONNEL_OFFICER, EnumSet.of(UNITS_MANAGE, PERSON_READ, SENSITIVE_READ, REGISTER_WRITE,
                REGISTER_EXPORT));
        BY_ROLE.put(AccessRole.TRAINING_OFFICER, EnumSet.of(PROGRAMS_MANAGE, CLASSES_MANAGE, PLANS_MANAGE,
                ENROLLMENTS_MANAGE, PROVINCE_APPROVAL, TRAINING_READ, TARGETS_MANAGE));
        BY_ROLE.put(AccessRole.UNIT_OFFICER, EnumSet.of(NEEDS_REGISTER, NOMINATE, UNIT_APPROVAL, TRAINING_READ, PERSON_READ));
        BY_ROLE.put(AccessRole.TRAINING_PROVIDER, EnumSet.of(RESULTS_RECORD, TRAINING_READ));
        BY_ROLE.put(AccessRole.REPORT_VIEWER, EnumSet.of(REPORTS_READ));
        BY_ROLE.put(AccessRole.RECORD_VIEWER, EnumSet.of(PERSON_READ));
        BY_ROLE.put(AccessRole.AUDITOR, EnumSet.of(ACCESS_LOG_READ));
    }

    /** The permissions a role gives. */
    public static Set<Permission> of(AccessRole role) {
        return BY_ROLE.getOrDefault(role, Set.of());
    }

    /** Whether the role gives this permission. */
    public boolean grantedBy(AccessRole role) {
        return of(role).contains(this);
    }
}
