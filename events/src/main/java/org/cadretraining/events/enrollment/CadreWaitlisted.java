package org.cadretraining.events.enrollment;

import java.time.Instant;

/** An approved nomination found the class full: the cadre waits, at {@code position} in line. Keyed by cadreId. */
public record CadreWaitlisted(String nominationId, String cadreId, String classId, int position, Instant waitlistedAt) {
}
