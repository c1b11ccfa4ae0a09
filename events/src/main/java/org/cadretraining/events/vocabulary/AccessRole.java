package org.cadretraining.events.vocabulary;

/**
 * What a user may do on the units a grant names (and every unit below them). The platform keeps the grants; the
 * province's identity provider only says who the user is.
 */
public enum AccessRole {
    /** Everything, within the unit's subtree: grants, units, the register, training, reports, operations. */
    PLATFORM_ADMINISTRATOR,
    /** The register: cadres, transfers, departures, qualifications, imports and exports (cán bộ tổ chức). */
    PERSONNEL_OFFICER,
    /** Programs, classes, yearly plans and the province-stage approval of nominations. */
    TRAINING_OFFICER,
    /** A unit's training needs, its nominations and their unit-stage approval. */
    UNIT_OFFICER,
    /** Attendance and results of the classes a provider (school, academy) runs. */
    TRAINING_PROVIDER,
    /** Aggregate views: progress, targets, class statistics, plan fulfilment. */
    REPORT_VIEWER,
    /** Personal training records (sensitive fields stay masked). */
    RECORD_VIEWER,
    /** Who read or changed personal data: the access logs. */
    AUDITOR
}
