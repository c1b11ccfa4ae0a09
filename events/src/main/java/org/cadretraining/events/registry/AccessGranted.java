package org.cadretraining.events.registry;

import java.time.Instant;

import org.cadretraining.events.vocabulary.AccessRole;

/**
 * A user was given a role on a unit and on every unit below it. {@code subject} is the user as the identity provider
 * names them in the token's subject.
 */
public record AccessGranted(String grantId, String subject, AccessRole role, String unitId, String grantedBy,
                            Instant grantedAt) {
}
