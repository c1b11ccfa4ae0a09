package org.cadretraining.events.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;
import org.cadretraining.events.vocabulary.StudyMode;

/**
 * A class (a numbered cohort of a program) was scheduled, with the program facts readers need to report on it.
 * {@code providerUnitId} is the unit of the register that runs it (the provincial Political School), when it is one:
 * that unit's training providers record the class's results.
 */
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
        Instant scheduledAt,
        @OptionalField String providerUnitId) {

    /** A class whose provider is not a unit of the register (training abroad, a university elsewhere). */
    public ClassScheduled(String classId, String programId, String programCode, String programName, ProgramKind programKind,
                          ProgramCategory programCategory, ConferredLevel confers, String provider, String cohort, StudyMode mode,
                          LocalDate startDate, LocalDate endDate, String location, int capacity, FundingSource fundingSource,
                          Instant scheduledAt) {
        this(classId, programId, programCode, programName, programKind, programCategory, confers, provider, cohort, mode,
                startDate, endDate, location, capacity, fundingSource, scheduledAt, null);
    }
}
