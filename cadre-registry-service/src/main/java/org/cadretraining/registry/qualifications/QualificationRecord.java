package org.cadretraining.registry.qualifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.QualificationSource;

/** One step a cadre reached on a ladder, and where it came from; {@code awardedOn} the day, where known. */
public record QualificationRecord(UUID id, UUID cadreId, Ladder ladder, String level, String fieldOfStudy,
                                  String institution, Integer year, QualificationSource source, String classId,
                                  String enrollmentId, Instant recordedAt, LocalDate awardedOn) {
    public QualificationRecord(UUID id, UUID cadreId, Ladder ladder, String level, String fieldOfStudy, String institution,
                               Integer year, QualificationSource source, String classId, String enrollmentId,
                               Instant recordedAt) {
        this(id, cadreId, ladder, level, fieldOfStudy, institution, year, source, classId, enrollmentId, recordedAt, null);
    }
}
