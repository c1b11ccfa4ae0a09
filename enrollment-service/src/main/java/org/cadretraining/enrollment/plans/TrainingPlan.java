package org.cadretraining.enrollment.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.events.vocabulary.StudyMode;

/**
 * A year's training plan (kế hoạch đào tạo, bồi dưỡng) of a unit: the province, a department, an agency party bloc.
 * Units register needs until {@code needsDeadline}.
 *
 * @param ownerUnitId          the unit that owns the plan; null for a plan filed before plans had owners: the province's
 * @param ownerSuccessorUnitId set when the owner was merged into a unit that already had an approved plan for the
 *                             year: the plans stay apart, and the successor's officers manage this one too
 * @param ownerNote            why the owner is what it is, when a reorganization changed it
 */
public record TrainingPlan(UUID id, int year, String name, LocalDate needsDeadline, Status status, Instant createdAt,
                           Instant approvedAt, UUID ownerUnitId, UUID ownerSuccessorUnitId, String ownerNote) {
    public enum Status { DRAFT, APPROVED }

    /** The unit whose officers manage the plan now; null for the province's plan of old. */
    public UUID managingUnitId() {
        return ownerSuccessorUnitId != null ? ownerSuccessorUnitId : ownerUnitId;
    }

    /** Chỉ tiêu: how many the plan sends to a program in a mode, and each unit's share of them. */
    public record Quota(UUID programId, StudyMode mode, int quota, Map<UUID, Integer> allocations) {
        public int allocated() {
            return allocations.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A unit's registered need for a program in a mode. */
    public record Need(UUID unitId, UUID programId, StudyMode mode, int cadres, Instant registeredAt) {
    }
}
