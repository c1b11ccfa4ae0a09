package org.cadretraining.enrollment.classes;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** How many seats of a class are taken. The enrollments feature knows; classes only ask, so they do not depend on it. */
public interface ClassSeats {
    long taken(UUID classId);

    /** Seats taken per class; a class with none may be absent. */
    Map<UUID, Long> taken(Collection<UUID> classIds);
}
