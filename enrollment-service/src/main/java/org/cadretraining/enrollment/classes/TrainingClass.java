package org.cadretraining.enrollment.classes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.StudyMode;

/** A class (lớp): one numbered cohort (khóa) of a program, with its provider, mode, dates, place and size. */
public record TrainingClass(UUID id, UUID programId, String provider, String cohort, StudyMode mode, LocalDate startDate,
                            LocalDate endDate, String location, int capacity, FundingSource fundingSource,
                            ClassStatus status, Instant scheduledAt) {

    /** Seats still free once {@code seatsTaken} are; never negative. */
    public int seatsLeft(long seatsTaken) {
        return (int) Math.max(0, capacity - seatsTaken);
    }

    public boolean isFull(long seatsTaken) {
        return seatsTaken >= capacity;
    }
}
