package org.cadretraining.enrollment.classes;

import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.StudyMode;

/** What scheduling a class takes. */
public record NewClass(UUID programId, String provider, String cohort, StudyMode mode, LocalDate startDate,
                       LocalDate endDate, String location, int capacity, FundingSource fundingSource) {
}
