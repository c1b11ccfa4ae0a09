package org.cadretraining.platform.security;

import org.cadretraining.events.vocabulary.AccessRole;

/** A role given to a user (the token's subject) on a unit; it covers the unit and every unit below it. */
public record Grant(String grantId, String subject, AccessRole role, String unitId) {
}
