package org.cadretraining.reporting.views;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * The unit progress view as other agencies read it. Field names are a public contract: add, never rename.
 * Every level of every ladder is listed, NONE included, with zero where no cadre holds it; every unit level and kind
 * too ({@code byUnitKind} has {@value #UNCLASSIFIED} for units not given a kind yet).
 * <p>
 * {@code asOfDate}: the day the figures are as of, when one was asked for ({@code asOf} is then the end of that day);
 * {@code measuredOver}: the units the figures were summed from when they are not the unit itself (before a merger,
 * its predecessors; after a closure, its successors).
 */
public record UnitProgressReport(String unitId, String unitCode, String unitName, UnitLevel unitLevel, Scope scope,
                                 int unitsIncluded, long headcount, long women, long ethnicMinority, long young,
                                 int youngAgeLimit, Map<String, Long> politicalTheory, Map<String, Long> professional,
                                 Map<String, Long> stateManagement, StudyingNow studyingNow, Map<String, Long> byTier,
                                 Map<String, Long> byUnitLevel, Instant asOf, Map<String, Long> byUnitKind,
                                 UnitKind unitKind, String officialCode, LocalDate asOfDate, List<String> measuredOver) {
    public static final String UNCLASSIFIED = "UNCLASSIFIED";

    /** A report as it was before unit kinds and dated figures. */
    public UnitProgressReport(String unitId, String unitCode, String unitName, UnitLevel unitLevel, Scope scope,
                              int unitsIncluded, long headcount, long women, long ethnicMinority, long young,
                              int youngAgeLimit, Map<String, Long> politicalTheory, Map<String, Long> professional,
                              Map<String, Long> stateManagement, StudyingNow studyingNow, Map<String, Long> byTier,
                              Map<String, Long> byUnitLevel, Instant asOf) {
        this(unitId, unitCode, unitName, unitLevel, scope, unitsIncluded, headcount, women, ethnicMinority, young,
                youngAgeLimit, politicalTheory, professional, stateManagement, studyingNow, byTier, byUnitLevel, asOf,
                Map.of(), null, null, null, null);
    }

    public enum Scope { UNIT, SUBTREE }

    public record StudyingNow(long total, Map<String, Long> byCategory) {
    }

    public static UnitProgressReport of(UnitView unit, Scope scope, List<UnitView> included, Map<String, UnitProgress> figures,
                                        int youngAgeLimit, Year year) {
        return of(unit, scope, included, figures, youngAgeLimit, year, null, List.of(unit.unitId()));
    }

    /**
     * @param asOfDate     the day asked for, or null for the figures now
     * @param measuredOver the units the figures are measured over ({@link UnitRegister#measuredOver})
     */
    public static UnitProgressReport of(UnitView unit, Scope scope, List<UnitView> included, Map<String, UnitProgress> figures,
                                        int youngAgeLimit, Year year, LocalDate asOfDate, java.util.Collection<String> measuredOver) {
        UnitProgress total = UnitProgress.empty();
        Map<String, Long> byUnitLevel = new LinkedHashMap<>();
        for (UnitLevel level : UnitLevel.values()) {
            byUnitLevel.put(level.name(), 0L);
        }
        Map<String, Long> byUnitKind = new LinkedHashMap<>();
        for (UnitKind kind : UnitKind.values()) {
            byUnitKind.put(kind.name(), 0L);
        }
        byUnitKind.put(UNCLASSIFIED, 0L);
        for (UnitView view : included) {
            UnitProgress progress = figures.get(view.unitId());
            if (progress != null) {
                total = total.plus(progress);
                if (view.level() != null) {
                    byUnitLevel.merge(view.level().name(), progress.headcount(), Long::sum);
                }
                byUnitKind.merge(view.kind() == null ? UNCLASSIFIED : view.kind().name(), progress.headcount(), Long::sum);
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
                new StudyingNow(total.studyingNow(), total.studyingByCategory()), byTier, byUnitLevel,
                asOfDate == null ? Instant.now() : endOf(asOfDate), byUnitKind, unit.kind(), unit.officialCode(), asOfDate,
                measuredOver.size() == 1 && measuredOver.contains(unit.unitId()) ? null : List.copyOf(measuredOver));
    }

    /** The same figures, said to stand at {@code moment}: for figures found unchanged since they were summed. */
    public UnitProgressReport at(Instant moment) {
        return new UnitProgressReport(unitId, unitCode, unitName, unitLevel, scope, unitsIncluded, headcount, women,
                ethnicMinority, young, youngAgeLimit, politicalTheory, professional, stateManagement, studyingNow, byTier,
                byUnitLevel, moment, byUnitKind, unitKind, officialCode, asOfDate, measuredOver);
    }

    /** The last moment of a day in the officials' time zone. */
    public static Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX).atZone(Clocks.OFFICIALS_ZONE).toInstant();
    }

    private static Map<String, Long> everyLevel(Ladder ladder, Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        ladder.levels().forEach(level -> all.put(level, counts.getOrDefault(level, 0L)));
        return all;
    }
}
