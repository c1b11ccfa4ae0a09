package org.cadretraining.enrollment.classes;

import java.util.Set;
import java.util.UUID;

/**
 * The filters of the class list, each optional: program, statuses (any of them: a nomination's chooser asks for the
 * classes still taking nominations, SCHEDULED and OPEN), the year a class starts in, the unit that teaches it.
 */
public record ClassSearch(UUID programId, Set<ClassStatus> statuses, Integer year, UUID providerUnitId) {
    public ClassSearch {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
