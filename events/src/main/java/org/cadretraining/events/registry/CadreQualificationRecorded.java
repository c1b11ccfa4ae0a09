package org.cadretraining.events.registry;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.QualificationSource;

/**
 * A qualification record was added to a cadre. {@code currentLevel} is the cadre's level on that ladder after the
 * record, derived by the registry from all records (a lower record never lowers it). {@code awardedOn} is the day
 * the qualification was conferred, where known; without it, the day of {@code recordedAt}.
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
        Instant recordedAt,
        @OptionalField LocalDate awardedOn) {

    /** A record as the registry described it before it carried the day of award. */
    public CadreQualificationRecorded(String cadreId, String recordId, Ladder ladder, String level, String currentLevel,
                                      QualificationSource source, String fieldOfStudy, String institution,
                                      Integer year, String classId, String enrollmentId, Instant recordedAt) {
        this(cadreId, recordId, ladder, level, currentLevel, source, fieldOfStudy, institution, year, classId,
                enrollmentId, recordedAt, null);
    }
}
