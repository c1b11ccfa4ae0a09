package org.cadretraining.events.agency;

import java.time.Instant;

import org.cadretraining.events.Classification;
import org.cadretraining.events.EventDescription;
import org.cadretraining.events.Property;

/**
 * A serving cadre's link to the national cadre database, on linkage.cadres only. The citizen ID travels as a keyed
 * pseudonym: HMAC-SHA-256 of the 12-digit number under a key the platform shares with the linking agency alone, so
 * that the agency resolves it by computing the same over its own register, while the broker, its replicas and
 * backups, and anyone who reads the topic without the key learn nothing (a plain hash of a 12-digit number is
 * reversed by trying them all; a keyed one is not).
 */
@EventDescription("A serving cadre's link to the national cadre database, on linkage.cadres only: the citizen ID "
        + "as a keyed pseudonym (HMAC-SHA-256 under a key the platform shares with the linking agency "
        + "alone), never the number.")
public record CadreLinked(
        @Property(classification = Classification.PERSONAL, description = "The cadre's id in the platform "
                + "(agency.cadres key).")
        String cadreId,
        @Property(classification = Classification.PERSONAL, description = "HMAC-SHA-256 of the cadre's 12-digit "
                + "citizen ID (ASCII digits) under the linkage key named by keyId, as 64 lower-case hex digits.")
        String citizenIdPseudonym,
        @Property(classification = Classification.PUBLIC, description = "Which linkage key made the pseudonym; a new "
                + "key id means the links were made again under a rotated key.")
        String keyId,
        @Property(classification = Classification.PUBLIC, description = "When the platform published this link "
                + "(ISO instant).")
        Instant publishedAt) {
}
