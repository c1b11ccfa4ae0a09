package org.cadretraining.enrollment.classes;

import java.time.LocalDate;
import java.util.UUID;

/** What the class lifecycle asks of the enrollments feature, so that classes do not depend on it. */
public interface ClassRoster {
    /** How the students of a class ended, counted under the class's lock. */
    record Outcomes(int enrolled, int graduated, int failed, int droppedOut, int pending) {
    }

    Outcomes outcomes(UUID classId);

    /** Withdraws every seat and closes every open nomination of a cancelled class, with their events. */
    void releaseAll(UUID classId, LocalDate on, String reason);
}
