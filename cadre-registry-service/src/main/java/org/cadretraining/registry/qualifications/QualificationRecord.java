package org.cadretraining.registry.qualifications;

import java.time.Instant;
import java.util.UUID;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.QualificationSource;

/** One step a cadre reached on a ladder, and where it came from. */
public record QualificationRecord(UUID id, UUID cadreId, Ladder ladder, String level, String fieldOfStudy,
                                  String institution, Integer year, QualificationSource source, String classId,
                                  String enrollmentId, Instant recordedAt) {
}
