package org.cadretraining.reporting.views;

import org.cadretraining.events.enrollment.ClassScheduled;

/** What moves a {@link ClassView}: its schedule, a new status, or a change in its student counts. */
public record ClassChange(ClassScheduled scheduled, String status, Delta delta) {
    public record Delta(int students, int graduated, int failed, int withdrawn) {
        public Delta plus(Delta other) {
            return new Delta(students + other.students, graduated + other.graduated, failed + other.failed,
                    withdrawn + other.withdrawn);
        }

        public boolean isZero() {
            return students == 0 && graduated == 0 && failed == 0 && withdrawn == 0;
        }
    }
}
