package org.cadretraining.events.agency;

/** Where an enrollment stands, as the agency feed says it. */
public enum TrainingStatus {
    /** Enrolled and studying, or enrolled in a class that has not ended. */
    ENROLLED,
    /** Graduated; the level the program confers, if any, is recorded. */
    GRADUATED,
    /** Ended without graduating: failed the final assessment. */
    FAILED,
    /** Ended without graduating: dropped out. */
    DROPPED_OUT,
    /** Withdrawn from the class before it ended. */
    WITHDRAWN
}
