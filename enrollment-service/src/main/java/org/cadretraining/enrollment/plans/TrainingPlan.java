package org.cadretraining.enrollment.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.events.vocabulary.StudyMode;

/** A year's training plan (kế hoạch đào tạo, bồi dưỡng); units register needs until {@code needsDeadline}. */
public record TrainingPlan(UUID id, int year, String name, LocalDate needsDeadline, Status status, Instant createdAt,
                           Instant approvedAt) {
    public enum Status { DRAFT, APPROVED }

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
