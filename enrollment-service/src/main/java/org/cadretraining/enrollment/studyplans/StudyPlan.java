package org.cadretraining.enrollment.studyplans;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.events.vocabulary.Ladder;

/** Individual study plan (Long An): the level a cadre aims for on a ladder, by when, and who follows them. */
public record StudyPlan(UUID id, UUID cadreId, Ladder ladder, String targetLevel, int targetYear, UUID monitorCadreId,
                        Instant createdAt) {
}
