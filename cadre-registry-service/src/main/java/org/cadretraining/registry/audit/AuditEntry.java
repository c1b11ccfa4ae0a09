package org.cadretraining.registry.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the trail: who did what to which subject, when, and the values before and after (JSON). {@code actingUser}
 * is the token's subject of the request that made the change.
 */
public record AuditEntry(long id, String subjectType, UUID subjectId, String action, String actingUser, Instant occurredAt,
                         String before, String after) {
}
