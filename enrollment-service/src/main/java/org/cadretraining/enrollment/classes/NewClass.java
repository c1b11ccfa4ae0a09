package org.cadretraining.enrollment.classes;

import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.StudyMode;

/** What scheduling a class takes; {@code providerUnitId} is optional (a provider outside the register has none). */
public record NewClass(UUID programId, String provider, String cohort, StudyMode mode, LocalDate startDate,
                       LocalDate endDate, String location, int capacity, FundingSource fundingSource, UUID providerUnitId) {

    public NewClass(UUID programId, String provider, String cohort, StudyMode mode, LocalDate startDate,
                    LocalDate endDate, String location, int capacity, FundingSource fundingSource) {
        this(programId, provider, cohort, mode, startDate, endDate, location, capacity, fundingSource, null);
    }
}
