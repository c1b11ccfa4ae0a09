package org.cadretraining.reporting.views;

import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * The unit progress view as other agencies read it. Field names are a public contract: add, never rename.
 * Every level of every ladder is listed, NONE included, with zero where no cadre holds it.
 */
public record UnitProgressReport(String unitId, String unitCode, String unitName, UnitLevel unitLevel, Scope scope,
                                 int unitsIncluded, long headcount, long women, long ethnicMinority, long young,
                                 int youngAgeLimit, Map<String, Long> politicalTheory, Map<String, Long> professional,
                                 Map<String, Long> stateManagement, StudyingNow studyingNow, Map<String, Long> byTier,
                                 Map<String, Long> byUnitLevel, Instant asOf) {

    public enum Scope { UNIT, SUBTREE }

    public record StudyingNow(long total, Map<String, Long> byCategory) {
    }

    public static UnitProgressReport of(UnitView unit, Scope scope, List<UnitView> included, Map<String, UnitProgress> figures,
                                        int youngAgeLimit, Year year) {
        UnitProgress total = UnitProgress.empty();
        Map<String, Long> byUnitLevel = new LinkedHashMap<>();
        for (UnitLevel level : UnitLevel.values()) {
            byUnitLevel.put(level.name(), 0L);
        }
        for (UnitView view : included) {
            UnitProgress progress = figures.get(view.unitId());
            if (progress != null) {
                total = total.plus(progress);
                if (view.level() != null) {
                    byUnitLevel.merge(view.level().name(), progress.headcount(), Long::sum);
                }
            }
        }
        Map<String, Long> byTier = new LinkedHashMap<>();
        for (ManagementTier tier : ManagementTier.values()) {
            byTier.put(tier.name(), total.byTier().getOrDefault(tier.name(), 0L));
        }
        return new UnitProgressReport(unit.unitId(), unit.code(), unit.name(), unit.level(), scope, included.size(),
                total.headcount(), total.women(), total.ethnicMinority(), total.youngerThan(youngAgeLimit, year.getValue()),
                youngAgeLimit, everyLevel(Ladder.POLITICAL_THEORY, total.politicalTheory()),
                everyLevel(Ladder.PROFESSIONAL, total.professional()),
                everyLevel(Ladder.STATE_MANAGEMENT, total.stateManagement()),
                new StudyingNow(total.studyingNow(), total.studyingByCategory()), byTier, byUnitLevel, Instant.now());
    }

    private static Map<String, Long> everyLevel(Ladder ladder, Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        ladder.levels().forEach(level -> all.put(level, counts.getOrDefault(level, 0L)));
        return all;
    }
}
