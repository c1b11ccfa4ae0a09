package org.cadretraining.reporting.views;

import java.util.Map;
import java.util.TreeMap;

import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;

/**
 * The figures of one unit (its own cadres only), kept by adding and subtracting {@link UnitContribution}s.
 * Age is kept as a count per birth year, not as a "young" count: who is young changes with the calendar, not with
 * events, so it is worked out when asked.
 */
public record UnitProgress(long headcount, long women, long ethnicMinority, long studyingNow,
                           Map<String, Long> politicalTheory, Map<String, Long> professional,
                           Map<String, Long> stateManagement, Map<String, Long> studyingByCategory,
                           Map<String, Long> byTier, Map<Integer, Long> byBirthYear) {

    public static UnitProgress empty() {
        return new UnitProgress(0, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    public UnitProgress plus(UnitContribution c) {
        return change(c, 1);
    }

    public UnitProgress minus(UnitContribution c) {
        return change(c, -1);
    }

    /** Two units' figures together: how a subtree is rolled up. */
    public UnitProgress plus(UnitProgress o) {
        return new UnitProgress(headcount + o.headcount, women + o.women, ethnicMinority + o.ethnicMinority,
                studyingNow + o.studyingNow, sum(politicalTheory, o.politicalTheory), sum(professional, o.professional),
                sum(stateManagement, o.stateManagement), sum(studyingByCategory, o.studyingByCategory),
                sum(byTier, o.byTier), sum(byBirthYear, o.byBirthYear));
    }

    private UnitProgress change(UnitContribution c, int sign) {
        boolean studying = !c.studying().isEmpty() || c.studyingOther();
        Map<String, Long> categories = studyingByCategory;
        for (var category : c.studying()) {
            categories = add(categories, category.name(), sign);
        }
        return new UnitProgress(headcount + sign,
                women + (c.gender() == Gender.FEMALE ? sign : 0),
                ethnicMinority + (c.ethnicMinority() ? sign : 0),
                studyingNow + (studying ? sign : 0),
                add(politicalTheory, c.levels().level(Ladder.POLITICAL_THEORY), sign),
                add(professional, c.levels().level(Ladder.PROFESSIONAL), sign),
                add(stateManagement, c.levels().level(Ladder.STATE_MANAGEMENT), sign),
                categories,
                c.managementTier() == null ? byTier : add(byTier, c.managementTier().name(), sign),
                add(byBirthYear, c.birthYear(), sign));
    }

    /** Cadres born after {@code currentYear - maxAge}, i.e. under {@code maxAge} this year. */
    public long youngerThan(int maxAge, int currentYear) {
        return byBirthYear.entrySet().stream().filter(e -> currentYear - e.getKey() < maxAge).mapToLong(Map.Entry::getValue).sum();
    }

    private static <K extends Comparable<K>> Map<K, Long> add(Map<K, Long> counts, K key, int sign) {
        Map<K, Long> next = new TreeMap<>(counts);
        long value = next.getOrDefault(key, 0L) + sign;
        if (value == 0) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return next;
    }

    private static <K extends Comparable<K>> Map<K, Long> sum(Map<K, Long> a, Map<K, Long> b) {
        Map<K, Long> next = new TreeMap<>(a);
        b.forEach((k, v) -> next.merge(k, v, Long::sum));
        next.values().removeIf(v -> v == 0);
        return next;
    }
}
