package org.cadretraining.enrollment.cadres;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;

/**
 * What this service knows of a cadre, as the registry last told it: enough to decide eligibility, and no personal
 * data. Read-only here; only registry events change it. A null {@code status} or {@code managementTier} is a value a
 * newer registry sent that this version does not know: such a cadre is not active, and meets no tier requirement.
 */
public record ReplicatedCadre(UUID cadreId, UUID unitId, CadreStatus status, ManagementTier managementTier,
                              QualificationLevels levels, Instant updatedAt) {
    public ReplicatedCadre {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The registry's snapshot at registration; a later copy of it replaces the row as a whole. */
    public static ReplicatedCadre registered(CadreRegistered event, Instant now) {
        return new ReplicatedCadre(UUID.fromString(event.cadreId()), UUID.fromString(event.unitId()), event.status(),
                event.managementTier(), event.levels() == null ? QualificationLevels.NONE : event.levels(), now);
    }

    public ReplicatedCadre transferredTo(UUID toUnitId, Instant now) {
        return new ReplicatedCadre(cadreId, Objects.requireNonNull(toUnitId, "toUnitId"), status, managementTier, levels, now);
    }

    /**
     * Takes the registry's current level on a ladder as it is: the registry derives it from all records, so it is
     * authoritative (and would also carry a correction downwards).
     */
    public ReplicatedCadre withCurrentLevel(Ladder ladder, String currentLevel, Instant now) {
        if (ladder == null) {
            // A ladder a newer contract added: nothing this version decides on changes.
            return new ReplicatedCadre(cadreId, unitId, status, managementTier, levels, now);
        }
        return new ReplicatedCadre(cadreId, unitId, status, managementTier, levels.with(ladder, currentLevel), now);
    }

    public ReplicatedCadre withTier(ManagementTier tier, Instant now) {
        return new ReplicatedCadre(cadreId, unitId, status, tier, levels, now);
    }

    public ReplicatedCadre withStatus(CadreStatus next, Instant now) {
        return new ReplicatedCadre(cadreId, unitId, next, managementTier, levels, now);
    }

    public boolean isActive() {
        return status == CadreStatus.ACTIVE;
    }

    /** The status as a refusal names it. */
    public String statusText() {
        return status == null ? "in a status this version does not know" : status.name();
    }
}
