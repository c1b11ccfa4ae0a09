package org.cadretraining.events.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/** A cadre took a seat in a class. Keyed by cadreId. {@code unitId} is the unit that sent them, for plan fulfilment. */
public record CadreEnrolled(
        String enrollmentId,
        String cadreId,
        String classId,
        String programId,
        ProgramCategory programCategory,
        StudyMode mode,
        LocalDate startDate,
        LocalDate expectedEndDate,
        @OptionalField ConferredLevel confers,
        Instant enrolledAt,
        @OptionalField String unitId,
        @OptionalField String nominationId,
        @OptionalField String planId,
        @OptionalField FundingSource fundingSource) {
}
