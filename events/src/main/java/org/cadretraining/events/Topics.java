package org.cadretraining.events;

import java.util.List;

/** The typed topic catalogue. Code names a topic through these constants, never through a string literal. */
public final class Topics {
    /** Shared partition count; topics joined on cadreId must agree on it to stay co-partitioned. */
    public static final int DEFAULT_PARTITIONS = 6;

    /** Units of the registry, keyed by unitId. */
    public static final Topic UNITS = new Topic("registry.units", "unitId", "cadre-registry-service", false, DEFAULT_PARTITIONS,
            "The province's units (province, districts, communes, agencies) and their reorganizations: created, renamed, moved, classified, merged, split, closed. Keyed by unitId; one unit's history is in order.");

    /** The cadre aggregate (profile, transfers, qualifications), keyed by cadreId. */
    public static final Topic CADRES = new Topic("registry.cadres", "cadreId", "cadre-registry-service", false, DEFAULT_PARTITIONS,
            "The cadre register: registrations, transfers, profile updates, qualifications, departures, planning. Keyed by cadreId, co-partitioned with enrollment.enrollments. Carries personal data (name, birth date, ethnic-minority flag, committee seats): internal.");

    /** Training classes, keyed by classId. */
    public static final Topic CLASSES = new Topic("enrollment.classes", "classId", "enrollment-service", false, DEFAULT_PARTITIONS,
            "Training classes: scheduled, opened, started, completed, cancelled. Keyed by classId.");

    /**
     * Nominations, enrollments and results, keyed by <b>cadreId</b> (not enrollmentId), so that this topic is
     * co-partitioned with {@link #CADRES}: a stream processor sees a cadre's profile and training on one partition.
     */
    public static final Topic ENROLLMENTS = new Topic("enrollment.enrollments", "cadreId", "enrollment-service", false, DEFAULT_PARTITIONS,
            "Nominations, enrollments and results (graduations, failures, withdrawals). Keyed by cadreId, co-partitioned with registry.cadres, so one cadre's training is in order.");

    /** Yearly training plans with their quotas, keyed by planId. */
    public static final Topic PLANS = new Topic("enrollment.plans", "planId", "enrollment-service", false, DEFAULT_PARTITIONS,
            "Yearly training plans and their quotas per program, mode and unit: approved, revised. Keyed by planId.");

    /**
     * Who may do what where: grants of a role on a unit, keyed by the user (subject) so that one user's grants stay
     * in order. Every service reads it whole, from the start, to decide access; it is internal, not for agencies.
     */
    public static final Topic ACCESS_GRANTS = new Topic("registry.access-grants", "subject", "cadre-registry-service", false, DEFAULT_PARTITIONS,
            "Who may do what where: grants and revocations of a role on a unit. Keyed by the user (subject). Internal: every service reads it to decide access; never for agencies.");

    private Topics() {
    }

    public static List<Topic> all() {
        return List.of(UNITS, CADRES, CLASSES, ENROLLMENTS, PLANS, ACCESS_GRANTS);
    }
}
