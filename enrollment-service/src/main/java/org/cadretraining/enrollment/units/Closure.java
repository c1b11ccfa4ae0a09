package org.cadretraining.enrollment.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A unit that ceased to exist in a reorganization, and who took over what it held: the successor of a merger, the
 * successors of a split, or those a plain closure names (an abolished district's former children).
 *
 * @param effectiveDate the first day the successors hold it (the merger's or split's date; the day after validTo)
 */
public record Closure(UUID unitId, String reorganizationId, How how, LocalDate effectiveDate, List<UUID> successors) {
    public enum How { MERGED, SPLIT, CLOSED }

    public Closure {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        // A successor is never the closed unit itself (a merger may name its host among the predecessors).
        successors = successors.stream().filter(s -> !s.equals(unitId)).distinct().toList();
    }

    /** One successor takes everything: a merger, or a closure naming one heir. */
    public boolean singleSuccessor() {
        return successors.size() == 1;
    }

    public LocalDate validTo() {
        return effectiveDate.minusDays(1);
    }
}
