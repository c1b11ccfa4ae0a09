package org.cadretraining.events.registry;

import java.time.Instant;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.QualificationSource;

/**
 * A qualification record was added to a cadre. {@code currentLevel} is the cadre's level on that ladder after the
 * record, derived by the registry from all records (a lower record never lowers it).
 */
public record CadreQualificationRecorded(
        String cadreId,
        String recordId,
        Ladder ladder,
        String level,
        String currentLevel,
        QualificationSource source,
        @OptionalField String fieldOfStudy,
        @OptionalField String institution,
        @OptionalField Integer year,
        @OptionalField String classId,
        @OptionalField String enrollmentId,
        Instant recordedAt) {
}
