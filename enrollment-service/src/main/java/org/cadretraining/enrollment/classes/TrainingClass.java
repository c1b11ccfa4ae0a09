package org.cadretraining.enrollment.classes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.StudyMode;

/**
 * A class (lớp): one numbered cohort (khóa) of a program, with its provider, mode, dates, place and size.
 * {@code providerUnitId} is the provider's unit in the register when it is one (the provincial Political School): its
 * training providers record the class's results.
 */
public record TrainingClass(UUID id, UUID programId, String provider, String cohort, StudyMode mode, LocalDate startDate,
                            LocalDate endDate, String location, int capacity, FundingSource fundingSource,
                            ClassStatus status, Instant scheduledAt, UUID providerUnitId) {

    /** A class whose provider is not a unit of the register. */
    public TrainingClass(UUID id, UUID programId, String provider, String cohort, StudyMode mode, LocalDate startDate,
                         LocalDate endDate, String location, int capacity, FundingSource fundingSource,
                         ClassStatus status, Instant scheduledAt) {
        this(id, programId, provider, cohort, mode, startDate, endDate, location, capacity, fundingSource, status,
                scheduledAt, null);
    }

    /** Seats still free once {@code seatsTaken} are; never negative. */
    public int seatsLeft(long seatsTaken) {
        return (int) Math.max(0, capacity - seatsTaken);
    }

    public TrainingClass withStatus(ClassStatus next) {
        return new TrainingClass(id, programId, provider, cohort, mode, startDate, endDate, location, capacity, fundingSource,
                next, scheduledAt, providerUnitId);
    }

    /** Whether the two classes' dates share at least one day. */
    public boolean overlaps(TrainingClass other) {
        return !startDate.isAfter(other.endDate) && !other.startDate.isAfter(endDate);
    }

    public boolean isFull(long seatsTaken) {
        return seatsTaken >= capacity;
    }
}
