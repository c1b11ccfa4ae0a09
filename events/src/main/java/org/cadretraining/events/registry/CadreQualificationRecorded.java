package org.cadretraining.events.registry;

import static org.cadretraining.events.Classification.PERSONAL;
import static org.cadretraining.events.Classification.PUBLIC;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.EventDescription;
import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.QualificationSource;

/**
 * A qualification record was added to a cadre. {@code currentLevel} is the cadre's level on that ladder after the
 * record, derived by the registry from all records (a lower record never lowers it). {@code awardedOn} is the day
 * the qualification was conferred, where known; without it, the day of {@code recordedAt}.
 */
@EventDescription("A qualification record was added to a cadre on one ladder (professional, political theory, state "
        + "management): entered by hand, imported, or conferred by a graduation; currentLevel is the cadre's level on "
        + "that ladder after it.")
public record CadreQualificationRecorded(
        @Property(classification = PERSONAL, description = "The cadre's id (UUID, registry.cadres key).")
        String cadreId,
        @Property(classification = PERSONAL, description = "The qualification record's id (UUID), unique in the cadre's qualification history.")
        String recordId,
        @Property(classification = PERSONAL, description = "The ladder the qualification is on.")
        Ladder ladder,
        @Property(classification = PERSONAL, description = "The level this record gives on the ladder, a level name of that ladder (e.g. INTERMEDIATE on POLITICAL_THEORY); a name this reader does not know ranks as NONE.")
        String level,
        @Property(classification = PERSONAL, description = "The cadre's level on the ladder after this record, the highest of all their records on it (a lower record never lowers it); same names as level.")
        String currentLevel,
        @Property(classification = PERSONAL, description = "How the record came in: entered by hand, imported from an older system, or conferred by a graduation (CourseGraduated).")
        QualificationSource source,
        @Property(classification = PERSONAL, description = "The field of study or specialty (chuyên ngành, free text); absent when not recorded, as for graduations.")
        @OptionalField String fieldOfStudy,
        @Property(classification = PERSONAL, description = "The school or institution that awarded the qualification (free text); absent when not recorded, as for graduations.")
        @OptionalField String institution,
        @Property(classification = PERSONAL, description = "The year the qualification was obtained (e.g. 2019); absent when unknown.")
        @OptionalField Integer year,
        @Property(classification = PUBLIC, description = "For a graduation, the class graduated from (enrollment.classes key); absent otherwise.")
        @OptionalField String classId,
        @Property(classification = PERSONAL, description = "For a graduation, the enrollment that graduated (the enrollmentId of the CourseGraduated); absent otherwise.")
        @OptionalField String enrollmentId,
        @Property(classification = PERSONAL, description = "When the registry recorded the qualification (UTC instant, ISO-8601 date-time).")
        Instant recordedAt,
        @Property(classification = PERSONAL, description = "The day the qualification was conferred (ISO-8601 date in the officials' calendar, Asia/Ho_Chi_Minh); absent when unknown, and then the day of recordedAt stands for it.")
        @OptionalField LocalDate awardedOn) {
    /** A record as the registry described it before it carried the day of award. */
    public CadreQualificationRecorded(String cadreId, String recordId, Ladder ladder, String level, String currentLevel,
                                      QualificationSource source, String fieldOfStudy, String institution,
                                      Integer year, String classId, String enrollmentId, Instant recordedAt) {
        this(cadreId, recordId, ladder, level, currentLevel, source, fieldOfStudy, institution, year, classId,
                enrollmentId, recordedAt, null);
    }
}
