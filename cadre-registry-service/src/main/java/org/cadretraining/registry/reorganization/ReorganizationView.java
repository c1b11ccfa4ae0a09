package org.cadretraining.registry.reorganization;

import java.time.Instant;
import java.util.UUID;

/**
 * A reorganization as the API shows it: the uploaded mapping (its file and hash), its status ({@code DRAFT} until
 * applied, then {@code APPLIED}), the dry run (as of {@code checkedAt}), and once applied, its outcome.
 */
public record ReorganizationView(UUID reorganizationId, String name, String fileName, String fileHash, Status status,
                                 String uploadedBy, Instant uploadedAt, Instant checkedAt, DryRun dryRun, Outcome outcome) {

    public enum Status { DRAFT, APPLIED }

    /** What applying it did: by whom, when, what changed, and how many events it published. */
    public record Outcome(String appliedBy, Instant appliedAt, DryRun.Totals totals, int eventsPublished) {
    }

    /** A line of the list of reorganizations. */
    public record Summary(UUID reorganizationId, String name, String fileName, Status status, String uploadedBy,
                          Instant uploadedAt, Instant checkedAt, boolean applicable, DryRun.Totals totals, int problems,
                          Instant appliedAt) {
    }
}
