package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.AccessRole;

/**
 * A user was given a role on a unit and on every unit below it. {@code subject} is the user as the identity provider
 * names them in the token's subject.
 */
@EventDescription("A user was given a role on a unit and on every unit below it. Internal: every service reads these "
        + "grants to decide access; they are never for agencies.")
public record AccessGranted(
        @Property(classification = PERSONAL, description = "The grant's id (UUID), which the AccessRevoked that takes it back names.")
        String grantId,
        @Property(classification = PERSONAL, description = "The user who receives the role, as the identity provider names them in the token's subject (the record key).")
        String subject,
        @Property(classification = PERSONAL, description = "The role the user now holds on the unit and on every unit below it.")
        AccessRole role,
        @Property(classification = PUBLIC, description = "The unit the role is held on, with its whole subtree (registry.units key).")
        String unitId,
        @Property(classification = PERSONAL, description = "The signed-in subject who gave the grant, or \"system\" where no person did.")
        String grantedBy,
        @Property(classification = PERSONAL, description = "When the grant was given (UTC instant, ISO-8601 date-time, microsecond precision).")
        Instant grantedAt) {
}
