package org.cadretraining.events.enrollment;

import java.time.Instant;

/** A class opened for nominations and enrollment. */
public record ClassOpened(String classId, Instant openedAt) {
}
