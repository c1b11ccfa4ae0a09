package org.cadretraining.events.registry;

import java.time.Instant;

import org.cadretraining.events.vocabulary.AccessRole;

/** A grant was taken back: the user no longer holds the role on that unit through it. */
public record AccessRevoked(String grantId, String subject, AccessRole role, String unitId, String revokedBy,
                            Instant revokedAt) {
}
