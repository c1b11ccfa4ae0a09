package org.cadretraining.reporting.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import org.cadretraining.reporting.views.ClassChange;
import org.cadretraining.reporting.views.DatedBuckets;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.UnitProgress;
import org.springframework.stereotype.Component;

/**
 * Figures as of a day, from the dated bucket stores: for each owner, the buckets of the years before, the months of
 * that year before and the days of that month up to the day, summed ({@link DatedBuckets}). No history is replayed.
 */
@Component
class DatedViews {
    private final ViewStores stores;

    DatedViews(ViewStores stores) {
        this.stores = stores;
    }

    /** Each unit's own cadres' figures at the end of {@code day}; units with none are left out. */
    Map<String, UnitProgress> units(Collection<String> unitIds, LocalDate day) {
        Map<String, UnitProgress> figures = new HashMap<>();
        read(StoreNames.DATED_UNITS, unitIds, day, UnitProgress.class)
                .forEach((key, value) -> figures.merge(key.owner(), value, UnitProgress::plus));
        return figures;
    }

    /** unitId → targetId → the tally among the unit's own cadres at the end of {@code day}. */
    Map<String, Map<String, TargetTally>> targets(Collection<String> unitIds, LocalDate day) {
        Map<String, Map<String, TargetTally>> tallies = new HashMap<>();
        read(StoreNames.DATED_TARGETS, unitIds, day, TargetTally.class).forEach((key, value) -> tallies
                .computeIfAbsent(key.owner(), k -> new HashMap<>()).merge(key.detail(), value, TargetTally::sum));
        tallies.values().forEach(byTarget -> byTarget.replaceAll((id, t) -> new TargetTally(t.cohortSize(), t.meeting(),
                t.expectedByDeadline())));
        return tallies;
    }

    /** classId → unitId → the students the unit had sent to the class by the end of {@code day}. */
    Map<String, Map<String, ClassChange.Delta>> classes(Collection<String> classIds, LocalDate day) {
        return byOwnerAndDetail(read(StoreNames.DATED_CLASSES, classIds, day, ClassChange.Delta.class), ClassChange.Delta::plus);
    }

    /** planId → {@code programId|mode|unitId} → the cadres sent against the plan by the end of {@code day}. */
    Map<String, Map<String, Long>> plans(Collection<String> planIds, LocalDate day) {
        return byOwnerAndDetail(read(StoreNames.DATED_PLANS, planIds, day, Long.class), Long::sum);
    }

    private static <V> Map<String, Map<String, V>> byOwnerAndDetail(Map<DatedBuckets.Key, V> buckets, BinaryOperator<V> plus) {
        Map<String, Map<String, V>> result = new HashMap<>();
        buckets.forEach((key, value) -> result.computeIfAbsent(key.owner(), k -> new HashMap<>()).merge(key.detail(), value, plus));
        return result;
    }

    /** The buckets of the owners that count on {@code day}, read from whichever instances hold them. */
    private <V> Map<DatedBuckets.Key, V> read(String store, Collection<String> owners, LocalDate day, Class<V> type) {
        List<String> prefixes = new ArrayList<>();
        owners.forEach(owner -> prefixes.addAll(DatedBuckets.prefixes(owner, day)));
        Map<DatedBuckets.Key, V> counted = new HashMap<>();
        if (prefixes.isEmpty()) {
            return counted;
        }
        stores.prefixed(store, prefixes, type).forEach((key, value) -> {
            DatedBuckets.Key parsed = DatedBuckets.parse(key);
            if (value != null && parsed.countsOn(day)) {
                counted.put(parsed, value);
            }
        });
        return counted;
    }
}
