package org.cadretraining.reporting.streams;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.cadretraining.reporting.progress.CadreProgress;
import org.cadretraining.reporting.reference.ReferenceEntry;
import org.cadretraining.reporting.targets.Target;
import org.cadretraining.reporting.units.UnitView;

/**
 * Turns each change of a cadre into deltas for the target, class and plan views, by comparing what the cadre is
 * counted as now with what it was counted as before ({@link Emitted}, kept per cadre in its own store).
 * <p>
 * Targets and units come from the global reference table. When they change (a target is defined, a unit moves),
 * a wall-clock punctuation re-judges this task's cadres once, so a new target is filled from the cadres already
 * known, in the background: queries only ever read the per-target tallies.
 */
public class ViewDeltaEmitter implements Processor<String, CadreProgress, String, ViewDelta> {
    private ProcessorContext<String, ViewDelta> context;
    private KeyValueStore<String, Emitted> emitted;
    private KeyValueStore<String, Object> cadres;
    private KeyValueStore<String, Object> reference;
    private List<Target> targets = List.of();
    private Map<String, UnitView> units = Map.of();
    private long targetsSeen = Long.MIN_VALUE;
    private long unitsSeen = Long.MIN_VALUE;

    static ProcessorSupplier<String, CadreProgress, String, ViewDelta> supplier(ProgressTopology.StoreKind storeKind) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, CadreProgress, String, ViewDelta> get() {
                return new ViewDeltaEmitter();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(storeKind == ProgressTopology.StoreKind.IN_MEMORY
                                ? Stores.inMemoryKeyValueStore(StoreNames.CADRE_EMITTED)
                                : Stores.persistentKeyValueStore(StoreNames.CADRE_EMITTED),
                        Serdes.String(), new JsonSerde<>(Emitted.class)));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, ViewDelta> context) {
        this.context = context;
        this.emitted = context.getStateStore(StoreNames.CADRE_EMITTED);
        this.cadres = context.getStateStore(StoreNames.CADRE_PROGRESS);
        this.reference = context.getStateStore(StoreNames.REFERENCE);
        refreshReference();
        context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, now -> {
            if (refreshReference()) {
                rejudgeAll();
            }
        });
    }

    @Override
    public void process(Record<String, CadreProgress> record) {
        if (record.value() != null) {
            judge(record.key(), record.value(), record.timestamp());
        }
    }

    private void judge(String cadreId, CadreProgress cadre, long timestamp) {
        Emitted now = Emitted.of(cadre, targets, this::unit, LocalDate.now().getYear());
        Emitted before = Optional.ofNullable(emitted.get(cadreId)).orElse(Emitted.NOTHING);
        List<ViewDelta> deltas = now.since(before);
        if (deltas.isEmpty() && now.equals(before)) {
            return;
        }
        emitted.put(cadreId, now);
        for (ViewDelta delta : deltas) {
            context.forward(new Record<>(cadreId, delta, timestamp));
        }
    }

    /** From the cache, or from the global table for a unit created since the cache was last filled. */
    private Optional<UnitView> unit(String unitId) {
        UnitView cached = units.get(unitId);
        if (cached != null || unitId == null) {
            return Optional.ofNullable(cached);
        }
        ReferenceEntry entry = unwrap(reference.get(ReferenceEntry.unitKey(unitId)));
        return Optional.ofNullable(entry).map(ReferenceEntry::unit);
    }

    private void rejudgeAll() {
        List<KeyValue<String, Object>> all = new ArrayList<>();
        try (KeyValueIterator<String, Object> iterator = cadres.all()) {
            iterator.forEachRemaining(all::add);
        }
        long timestamp = context.currentSystemTimeMs();
        for (KeyValue<String, Object> entry : all) {
            CadreProgress cadre = unwrap(entry.value);
            if (cadre != null) {
                judge(entry.key, cadre, timestamp);
            }
        }
    }

    /**
     * Reloads targets and units; true when the cadres must be judged again: a target changed, or the unit tree
     * changed while some target's cohort depends on it. A new unit alone (the common case) re-judges nothing.
     */
    private boolean refreshReference() {
        List<Target> newTargets = new ArrayList<>();
        Map<String, UnitView> newUnits = new HashMap<>();
        long targetsFingerprint = 17;
        long unitsFingerprint = 17;
        try (KeyValueIterator<String, Object> iterator = reference.all()) {
            while (iterator.hasNext()) {
                KeyValue<String, Object> entry = iterator.next();
                ReferenceEntry value = unwrap(entry.value);
                if (value == null) {
                    continue;
                }
                if (value.target() != null) {
                    newTargets.add(value.target());
                    targetsFingerprint = 31 * targetsFingerprint + value.hashCode();
                } else if (value.unit() != null) {
                    newUnits.put(value.unit().unitId(), value.unit());
                    // Only where a unit sits matters to cohorts; a new unit has no cadre yet.
                    UnitView unit = value.unit();
                    unitsFingerprint = 31 * unitsFingerprint + java.util.Objects.hash(unit.unitId(), unit.parentUnitId(), unit.level());
                }
            }
        }
        boolean unitScoped = newTargets.stream().anyMatch(t -> t.cohort().unitId() != null || !t.cohort().unitLevels().isEmpty());
        boolean changed = targetsFingerprint != targetsSeen
                || unitScoped && unitsFingerprint != unitsSeen && movedOrChanged(newUnits);
        targets = List.copyOf(newTargets);
        units = Map.copyOf(newUnits);
        targetsSeen = targetsFingerprint;
        unitsSeen = unitsFingerprint;
        return changed;
    }

    /** True when a unit known before now sits elsewhere or at another level; units that only appeared do not count. */
    private boolean movedOrChanged(Map<String, UnitView> newUnits) {
        for (UnitView before : units.values()) {
            UnitView now = newUnits.get(before.unitId());
            if (now == null || !java.util.Objects.equals(now.parentUnitId(), before.parentUnitId()) || now.level() != before.level()) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T> T unwrap(Object value) {
        return (T) (value instanceof ValueAndTimestamp<?> timestamped ? timestamped.value() : value);
    }
}
