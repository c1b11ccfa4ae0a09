package org.cadretraining.registry.access;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.events.vocabulary.AccessRole;

/** A role given to a user (the token's subject) on a unit and every unit below it: who gave it, and when. */
public record AccessGrant(UUID id, String subject, AccessRole role, UUID unitId, String grantedBy, Instant grantedAt) {
}
