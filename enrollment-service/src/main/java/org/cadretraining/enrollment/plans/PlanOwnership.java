package org.cadretraining.enrollment.plans;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.cadretraining.enrollment.units.Closure;

/**
 * Who owns a plan, and what follows from it. Each owner has at most one approved plan a year; a plan filed before
 * owners existed (no owner) is the province's, so it shares the year with a plan of a unit at the top of the tree.
 * A plan allocates to its owner and the units below it (the province's to any unit), and governs the nominations of
 * those units.
 */
public final class PlanOwnership {
    private PlanOwnership() {
    }

    /** Whether plans of these two owners compete for the one approved plan of a year. */
    public static boolean sameOwner(UUID a, UUID b, Predicate<UUID> isRoot) {
        if (a == null || b == null) {
            UUID other = a == null ? b : a;
            return other == null || isRoot.test(other);
        }
        return a.equals(b);
    }

    /** Whether a plan of {@code owner} may allocate seats to {@code unit}: the unit is the owner or lies below it. */
    public static boolean mayAllocate(UUID owner, UUID unit, BiFunction<UUID, UUID, OptionalInt> distance) {
        return owner == null || distance.apply(unit, owner).isPresent();
    }

    /** An approved plan of the class's year with a quota for its program and mode, as the nomination rule sees it. */
    public record Candidate(UUID planId, UUID ownerUnitId, UUID ownerSuccessorUnitId, boolean allocatesToUnit,
                            Instant approvedAt) {
    }

    /**
     * The plan that governs a nomination by {@code unit}: of the plans whose owner's units include it, the one that
     * gives the unit seats, else the one of the nearest owner (a department's before the province's), else the
     * earliest approved. Empty when no plan's owner covers the unit: a department's plan does not govern a commune.
     */
    public static Optional<UUID> governing(List<Candidate> candidates, UUID unit, BiFunction<UUID, UUID, OptionalInt> distance) {
        record Ranked(Candidate candidate, int distance) {
        }
        return candidates.stream()
                .map(c -> new Ranked(c, reach(c, unit, distance)))
                .filter(r -> r.distance() >= 0)
                .min(Comparator.comparing((Ranked r) -> !r.candidate().allocatesToUnit())
                        .thenComparingInt(Ranked::distance)
                        .thenComparing(r -> r.candidate().approvedAt(), Comparator.nullsLast(Comparator.naturalOrder())))
                .map(r -> r.candidate().planId());
    }

    /** Steps from the unit up to the plan's owner (or its successor); the province's plan of old is farthest; -1 for none. */
    private static int reach(Candidate c, UUID unit, BiFunction<UUID, UUID, OptionalInt> distance) {
        if (c.ownerUnitId() == null) {
            return Integer.MAX_VALUE;
        }
        if (unit == null) {
            return -1;
        }
        OptionalInt own = distance.apply(unit, c.ownerUnitId());
        OptionalInt successor = c.ownerSuccessorUnitId() == null ? OptionalInt.empty() : distance.apply(unit, c.ownerSuccessorUnitId());
        if (own.isPresent() && successor.isPresent()) {
            return Math.min(own.getAsInt(), successor.getAsInt());
        }
        return own.isPresent() ? own.getAsInt() : successor.orElse(-1);
    }

    /**
     * Who owns the plans of a closed unit: its one successor; for a split, the unit above it (the unit whose units
     * include every successor, as a plan's owner must), or the first successor when that is not known.
     */
    public static Optional<UUID> successorOwner(Closure closure, Optional<UUID> parentOfClosed) {
        if (closure.successors().isEmpty()) {
            return Optional.empty();
        }
        if (closure.singleSuccessor()) {
            return Optional.of(closure.successors().get(0));
        }
        return Optional.of(parentOfClosed.filter(Objects::nonNull).orElse(closure.successors().get(0)));
    }
}
