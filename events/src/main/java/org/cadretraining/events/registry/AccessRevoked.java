package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.AccessRole;

/** A grant was taken back: the user no longer holds the role on that unit through it. */
@EventDescription("A grant was taken back: the user no longer holds the role on that unit through it (other grants "
        + "may still give it). Internal, never for agencies.")
public record AccessRevoked(
        @Property(classification = PERSONAL, description = "The id of the grant taken back, as its AccessGranted named it.")
        String grantId,
        @Property(classification = PERSONAL, description = "The user who held the grant, as the identity provider names them in the token's subject (the record key).")
        String subject,
        @Property(classification = PERSONAL, description = "The role the grant gave.")
        AccessRole role,
        @Property(classification = PUBLIC, description = "The unit the grant was on (registry.units key).")
        String unitId,
        @Property(classification = PERSONAL, description = "The signed-in subject who revoked the grant, or \"system\" where no person did.")
        String revokedBy,
        @Property(classification = PERSONAL, description = "When the grant was revoked (UTC instant, ISO-8601 date-time).")
        Instant revokedAt) {
}
