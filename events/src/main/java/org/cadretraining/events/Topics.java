package org.cadretraining.events;

import java.util.List;

/** The typed topic catalogue. Code names a topic through these constants, never through a string literal. */
public final class Topics {
    /** Shared partition count; topics joined on cadreId must agree on it to stay co-partitioned. */
    public static final int DEFAULT_PARTITIONS = 6;

    /**
     * How long a compacted feed keeps a tombstone (a departed cadre's) after compaction: an agency must read at least
     * this often to see every departure, or rebuild from the start. See {@link Topic#config()}.
     */
    public static final java.time.Duration TOMBSTONE_RETENTION = java.time.Duration.ofDays(30);

    /**
     * The longest a superseded snapshot, or one a tombstone ends, stays on a compacted feed: a departed cadre's
     * personal data leaves the feed within this of their departure (the tombstone itself stays {@link #TOMBSTONE_RETENTION}).
     */
    public static final java.time.Duration COMPACTION_LAG = java.time.Duration.ofDays(1);

    /**
     * How long a dead-letter topic ({@link Topic#deadLetter}) keeps a record: time enough to find, fix and replay it;
     * it is not the event store (the topic it came from is), and it must not grow without bound.
     */
    public static final java.time.Duration DEAD_LETTER_RETENTION = java.time.Duration.ofDays(30);

    /** A dead-letter topic's configuration: deleted after {@link #DEAD_LETTER_RETENTION}. */
    public static java.util.Map<String, String> deadLetterConfig() {
        return java.util.Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(DEAD_LETTER_RETENTION.toMillis()));
    }

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

    /** The agency feed's units: one compacted snapshot per unit, official codes included, keyed by unitId. */
    public static final Topic AGENCY_UNITS = new Topic("agency.units", "unitId", "cadre-registry-service", true,
            DEFAULT_PARTITIONS, Audience.AGENCY, "The agency feed: the current state of each unit, with its official "
            + "(administrative) code, as one compacted snapshot per unit. Keyed by unitId. Replay from the start "
            + "gives every unit as it stands.");

    /**
     * The agency feed's cadres: a minimised, compacted snapshot per serving cadre, keyed by cadreId. A departure
     * replaces it with a tombstone, and compaction then removes the cadre from the topic.
     */
    public static final Topic AGENCY_CADRES = new Topic("agency.cadres", "cadreId", "cadre-registry-service", true,
            DEFAULT_PARTITIONS, Audience.AGENCY, "The agency feed: one minimised snapshot per serving cadre (unit, "
            + "birth cohort instead of birth date, gender, tier, qualification levels; no name, no ethnicity, no "
            + "committee seats, no free text). Keyed by cadreId; compacted. A departed cadre's snapshot is replaced "
            + "by a tombstone (null value), and compaction then removes them from the topic.");

    /** The agency feed's training records: one compacted snapshot per enrollment, keyed by enrollmentId. */
    public static final Topic AGENCY_TRAINING = new Topic("agency.training", "enrollmentId", "cadre-registry-service",
            true, DEFAULT_PARTITIONS, Audience.AGENCY, "The agency feed: one snapshot per enrollment (program category, "
            + "mode, dates, outcome, level conferred; no reasons, no certificate numbers). Keyed by enrollmentId; "
            + "compacted. A departed cadre's records are replaced by tombstones.");

    /**
     * The linkage feed: each serving cadre's citizen-ID pseudonym, for the national cadre database only. Keyed by
     * cadreId; compacted; a departure leaves a tombstone.
     */
    public static final Topic LINKAGE_CADRES = new Topic("linkage.cadres", "cadreId", "cadre-registry-service", true,
            DEFAULT_PARTITIONS, Audience.LINKAGE, "The linkage feed, for the agency authorised to link cadres to the "
            + "national cadre database: each serving cadre's citizen ID as a keyed pseudonym (HMAC-SHA-256 under a key "
            + "the platform shares with that agency alone), never the number itself. Keyed by cadreId; compacted; a "
            + "departed cadre's link is replaced by a tombstone.");

    private Topics() {
    }

    /** The catalogue's topic of that name, if it is one. */
    public static java.util.Optional<Topic> named(String name) {
        return all().stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    public static List<Topic> all() {
        return List.of(UNITS, CADRES, CLASSES, ENROLLMENTS, PLANS, ACCESS_GRANTS, AGENCY_UNITS, AGENCY_CADRES,
                AGENCY_TRAINING, LINKAGE_CADRES);
    }
}
