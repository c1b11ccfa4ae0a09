package org.cadretraining.reporting.views;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * A target of a resolution: who counts (cohort), what they must hold (criterion), how many of them (threshold), by
 * when (deadline). Example, Sóc Trăng 2025: 70 % of provincial executive committee members hold a postgraduate
 * degree or are studying for one.
 */
public record Target(String targetId, String name, Cohort cohort, Criterion criterion, double thresholdPercent,
                     LocalDate deadline, Instant definedAt) {

    /**
     * Every filter that is set must hold; an empty filter lets everyone through. {@code unitId}: that unit's subtree,
     * and its successors' once it is closed; {@code unitLevels} and {@code unitKinds}: the units' place in the tree and
     * what they are ("division-level leaders and equivalent": STATE_AGENCY and PARTY_COMMITTEE_ORGAN units).
     */
    public record Cohort(List<ManagementTier> managementTiers, List<Committee> committees, List<String> positions,
                         String unitId, List<UnitLevel> unitLevels, List<UnitKind> unitKinds) {
        public Cohort {
            managementTiers = managementTiers == null ? List.of() : List.copyOf(managementTiers);
            committees = committees == null ? List.of() : List.copyOf(committees);
            positions = positions == null ? List.of() : List.copyOf(positions);
            unitLevels = unitLevels == null ? List.of() : List.copyOf(unitLevels);
            unitKinds = unitKinds == null ? List.of() : List.copyOf(unitKinds);
        }

        /** A cohort as defined before unit kinds. */
        public Cohort(List<ManagementTier> managementTiers, List<Committee> committees, List<String> positions,
                      String unitId, List<UnitLevel> unitLevels) {
            this(managementTiers, committees, positions, unitId, unitLevels, null);
        }
    }

    /** At least {@code minimumLevel} on {@code ladder}; with {@code orStudying}, being enrolled in a program that confers it counts too. */
    public record Criterion(Ladder ladder, String minimumLevel, Boolean orStudying) {
        public boolean studyingCounts() {
            return Boolean.TRUE.equals(orStudying);
        }
    }

    /** How many of the cohort must meet the criterion. */
    public long required(long cohortSize) {
        return (long) Math.ceil(thresholdPercent * cohortSize / 100.0 - 1e-9);
    }
}
