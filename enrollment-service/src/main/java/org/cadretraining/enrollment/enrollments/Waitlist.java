package org.cadretraining.enrollment.enrollments;

import org.cadretraining.enrollment.classes.TrainingClass;

/**
 * What a freed seat sets off in the nominations feature: the seat's nomination is closed and the first on the class's
 * waitlist takes the seat. Called under the class's lock. An interface here keeps enrollments free of nominations.
 */
public interface Waitlist {
    void seatFreed(Enrollment withdrawn, TrainingClass trainingClass);
}
