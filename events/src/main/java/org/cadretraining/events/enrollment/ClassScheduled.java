package org.cadretraining.events.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;
import org.cadretraining.events.vocabulary.StudyMode;

/** A class (a numbered cohort of a program) was scheduled, with the program facts readers need to report on it. */
public record ClassScheduled(
        String classId,
        String programId,
        String programCode,
        String programName,
        ProgramKind programKind,
        ProgramCategory programCategory,
        @OptionalField ConferredLevel confers,
        @OptionalField String provider,
        String cohort,
        StudyMode mode,
        LocalDate startDate,
        LocalDate endDate,
        @OptionalField String location,
        int capacity,
        FundingSource fundingSource,
        Instant scheduledAt) {
}
