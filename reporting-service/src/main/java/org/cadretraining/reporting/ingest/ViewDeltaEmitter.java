package org.cadretraining.reporting.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.CadreProgress;
import org.cadretraining.reporting.views.Clocks;
import org.cadretraining.reporting.views.ReferenceEntry;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.CohortUnits;
import org.cadretraining.reporting.views.UnitRegister;
import org.cadretraining.reporting.views.UnitView;

/**
 * Turns each change of a cadre into deltas for the target, class and plan views, by comparing what the cadre is
 * counted as now with what it was counted as before ({@link Emitted}, kept per cadre in its own store).
 * <p>
 * Targets and units come from the global reference table. When they change (a target is defined, a unit moves),
 * a wall-clock punctuation re-judges this task's cadres once, so a new target is filled from the cadres already
 * known, in the background: queries only ever read the per-target tallies.
 * <p>
 * The re-judging goes {@value #REJUDGE_CHUNK} cadres a punctuation, from a cursor kept in a store of its own, and
 * the fingerprint of the reference data the views reflect is kept there too. Both are written in the same
 * transaction as the deltas: a pass that a crash or a fenced transaction cuts short is resumed (or started again)
 * after the task is restored, instead of leaving a target half filled; and no one punctuation runs long enough to
 * outlive the transaction timeout, however many cadres a task holds.
 */
public class ViewDeltaEmitter implements Processor<String, CadreProgress, String, PendingChange> {
    /** How often the summed changes go to the views: part of the freshness of every aggregated figure. */
    static final Duration DRAIN_INTERVAL = Duration.ofMillis(100);
    private ProcessorContext<String, PendingChange> context;
    private KeyValueStore<String, PendingChange> buffer;
    /** The buffer's content, in its key order, as the store holds it: changes are summed here, not read back. */
    private final java.util.TreeMap<String, PendingChange> pending = new java.util.TreeMap<>();
    private KeyValueStore<String, Emitted> emitted;
    private KeyValueStore<String, Object> cadres;
    private KeyValueStore<String, Object> reference;
    private List<Target> targets = List.of();
    private Map<String, UnitView> units = Map.of();
    private UnitRegister register = new UnitRegister(List.of());
    /** Per target, whether a cadre's unit is in its cohort's units, for {@link #cohortDay}: rebuilt with the reference. */
    private final Map<String, Predicate<String>> cohortUnits = new HashMap<>();
    private LocalDate cohortDay;
    private long targetsSeen = Long.MIN_VALUE;
    private long unitsSeen = Long.MIN_VALUE;
    static final int REJUDGE_CHUNK = 2_000;
    private static final String FINGERPRINT = "reference-fingerprint";
    private static final String CURSOR = "rejudge-cursor";
    private KeyValueStore<String, String> progress;
    /** No fingerprint kept yet (new state, or state from before it was kept): one full pass at the first punctuation. */
    private boolean firstPass;

    static ProcessorSupplier<String, CadreProgress, String, PendingChange> supplier(ProgressTopology.StoreKind storeKind) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, CadreProgress, String, PendingChange> get() {
                return new ViewDeltaEmitter();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                boolean inMemory = storeKind == ProgressTopology.StoreKind.IN_MEMORY;
                return Set.of(Stores.keyValueStoreBuilder(inMemory ? Stores.inMemoryKeyValueStore(StoreNames.CADRE_EMITTED)
                                        : Stores.persistentKeyValueStore(StoreNames.CADRE_EMITTED),
                                Serdes.String(), BinarySerde.of(Emitted.class)).withCachingEnabled(),
                        Stores.keyValueStoreBuilder(inMemory ? Stores.inMemoryKeyValueStore(StoreNames.REJUDGE_PROGRESS)
                                        : Stores.persistentKeyValueStore(StoreNames.REJUDGE_PROGRESS),
                                Serdes.String(), Serdes.String()),
                        // Logged like the others: what a commit takes in is either drained already or in this store.
                        // Small and short-lived (emptied every drain): in memory, restored from its changelog.
                        Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoreNames.VIEW_CHANGES),
                                Serdes.String(), BinarySerde.of(PendingChange.class)).withCachingEnabled());
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, PendingChange> context) {
        this.context = context;
        this.buffer = context.getStateStore(StoreNames.VIEW_CHANGES);
        pending.clear();
        try (KeyValueIterator<String, PendingChange> iterator = buffer.all()) {
            iterator.forEachRemaining(entry -> pending.put(entry.key, entry.value));
        }
        context.schedule(DRAIN_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> drain());
        this.emitted = context.getStateStore(StoreNames.CADRE_EMITTED);
        this.cadres = context.getStateStore(StoreNames.CADRE_PROGRESS);
        this.reference = context.getStateStore(StoreNames.REFERENCE);
        this.progress = context.getStateStore(StoreNames.REJUDGE_PROGRESS);
        // What the stored views reflect, as committed; none yet (new state, or state from before this was kept)
        // means one full pass at the first punctuation.
        String seen = progress.get(FINGERPRINT);
        if (seen != null) {
            String[] parts = seen.split(":");
            targetsSeen = Long.parseLong(parts[0]);
            unitsSeen = Long.parseLong(parts[1]);
        }
        long[] current = loadReference();
        if (seen != null && current[1] != unitsSeen) {
            // The units changed while this task was away: where they sat before is not known, so judge again if
            // any target depends on them.
            units = Map.of();
        }
        firstPass = seen == null;
        context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, now -> {
            Map<String, UnitView> unitsBefore = units;
            long[] fingerprints = loadReference();
            if (firstPass || mustRejudge(fingerprints, unitsBefore)) {
                firstPass = false;
                progress.put(CURSOR, "");
            }
            remember(fingerprints);
            rejudgeNextChunk();
            drain();
        });
    }

    private void remember(long[] fingerprints) {
        if (fingerprints[0] != targetsSeen || fingerprints[1] != unitsSeen) {
            targetsSeen = fingerprints[0];
            unitsSeen = fingerprints[1];
            progress.put(FINGERPRINT, targetsSeen + ":" + unitsSeen);
        }
    }

    @Override
    public void process(Record<String, CadreProgress> record) {
        if (record.value() != null) {
            judge(record.key(), record.value(), record.timestamp(), false);
        }
    }

    /**
     * @param rejudging the cadre is judged again because the targets changed, not because the cadre did: the deltas are
     *                  a target's first filling, not changes made on this day after anyone's deadline
     */
    private void judge(String cadreId, CadreProgress cadre, long timestamp, boolean rejudging) {
        Emitted now = Emitted.of(cadre, targets, this::cohortUnits, LocalDate.now(Clocks.OFFICIALS_ZONE).getYear());
        Emitted before = Optional.ofNullable(emitted.get(cadreId)).orElse(Emitted.NOTHING);
        LocalDate on = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(timestamp), Clocks.OFFICIALS_ZONE);
        List<ViewDelta> deltas = new ArrayList<>(now.since(before, targetId -> !rejudging && isAfterDeadline(targetId, on)));
        deltas.addAll(now.datedSince(before));
        if (deltas.isEmpty() && now.equals(before)) {
            return;
        }
        emitted.put(cadreId, now);
        for (ViewDelta delta : deltas) {
            for (PendingChange change : PendingChange.of(delta)) {
                hold(change);
            }
        }
        for (Map.Entry<String, org.cadretraining.reporting.views.UnitProgress> change : now.unitChangesSince(before)) {
            hold(PendingChange.unit(change.getKey(), change.getValue()));
        }
    }

    /** Sums the change into what the buffer holds for its entry, in memory and in the (cached, logged) store. */
    private void hold(PendingChange change) {
        String key = change.bufferKey();
        PendingChange summed = pending.merge(key, change, PendingChange::plus);
        buffer.put(key, summed);
    }

    /**
     * Sends each entry's summed change to its view and empties the buffer. Runs in the stream thread between
     * records, so the sends and the deletes go into the same transaction as the state they came from.
     */
    private void drain() {
        if (pending.isEmpty()) {
            return;
        }
        long timestamp = context.currentSystemTimeMs();
        // A dated change was held under its day only: here it joins its month's and year's buckets, summed first.
        Map<String, PendingChange> periods = new java.util.TreeMap<>();
        for (Map.Entry<String, PendingChange> entry : pending.entrySet()) {
            PendingChange change = entry.getValue();
            if (!change.isNoChange()) {
                context.forward(new Record<>(change.key(), change, timestamp));
                if (change.isDated()) {
                    for (PendingChange period : change.inYearAndMonth()) {
                        periods.merge(period.bufferKey(), period, PendingChange::plus);
                    }
                }
            }
            buffer.delete(entry.getKey());
        }
        pending.clear();
        periods.values().stream().filter(change -> !change.isNoChange())
                .forEach(change -> context.forward(new Record<>(change.key(), change, timestamp)));
    }

    /** A change on {@code on} comes after the deadline of a target that was set before it: the target keeps its deadline figures. */
    private boolean isAfterDeadline(String targetId, LocalDate on) {
        for (Target target : targets) {
            if (target.targetId().equals(targetId)) {
                return on.isAfter(target.deadline()) && (target.definedAt() == null
                        || !LocalDate.ofInstant(target.definedAt(), Clocks.OFFICIALS_ZONE).isAfter(target.deadline()));
            }
        }
        return false;
    }

    /** The cohort's units as of today, following its unit's successors. */
    private Predicate<String> cohortUnits(Target target) {
        LocalDate today = LocalDate.now(Clocks.OFFICIALS_ZONE);
        if (!today.equals(cohortDay)) {
            cohortUnits.clear();
            cohortDay = today;
        }
        return cohortUnits.computeIfAbsent(target.targetId(), id -> CohortUnits.covering(target.cohort(), register, today, this::unit));
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

    /** Judges the next cadres after the cursor; the cursor goes when the pass is done. */
    private void rejudgeNextChunk() {
        String cursor = progress.get(CURSOR);
        if (cursor == null) {
            return;
        }
        List<KeyValue<String, Object>> chunk = new ArrayList<>(REJUDGE_CHUNK);
        // Keys after the cursor: the smallest string above it is the cursor with a NUL appended.
        try (KeyValueIterator<String, Object> iterator = cursor.isEmpty() ? cadres.all() : cadres.range(cursor + "\0", null)) {
            while (iterator.hasNext() && chunk.size() < REJUDGE_CHUNK) {
                chunk.add(iterator.next());
            }
        }
        long timestamp = context.currentSystemTimeMs();
        for (KeyValue<String, Object> entry : chunk) {
            CadreProgress cadre = unwrap(entry.value);
            if (cadre != null) {
                judge(entry.key, cadre, timestamp, true);
            }
        }
        if (chunk.size() < REJUDGE_CHUNK) {
            progress.delete(CURSOR);
        } else {
            progress.put(CURSOR, chunk.get(chunk.size() - 1).key);
        }
    }

    /**
     * True when the cadres must be judged again: a target changed, or the unit tree changed while some target's
     * cohort depends on it. A new unit alone (the common case) re-judges nothing, when the units before are known.
     */
    private boolean mustRejudge(long[] fingerprints, Map<String, UnitView> unitsBefore) {
        boolean unitScoped = targets.stream().anyMatch(t -> CohortUnits.filtersUnits(t.cohort()));
        return fingerprints[0] != targetsSeen
                || unitScoped && fingerprints[1] != unitsSeen && (unitsBefore.isEmpty() || movedOrChanged(unitsBefore, units));
    }

    /** Reloads targets and units into memory; returns their fingerprints (targets, where units sit). */
    private long[] loadReference() {
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
                    // Only where a unit sits, what it is and its lineage matter to cohorts; a new unit has no cadre yet.
                    unitsFingerprint = 31 * unitsFingerprint + cohortSignature(value.unit()).hashCode();
                }
            }
        }
        targets = List.copyOf(newTargets);
        units = Map.copyOf(newUnits);
        register = new UnitRegister(units.values());
        cohortUnits.clear();
        return new long[] {targetsFingerprint, unitsFingerprint};
    }

    /**
     * True when a unit known before now sits elsewhere, is of another level or kind, or was closed, merged or split;
     * units that only appeared do not count.
     */
    private static boolean movedOrChanged(Map<String, UnitView> unitsBefore, Map<String, UnitView> newUnits) {
        for (UnitView before : unitsBefore.values()) {
            UnitView now = newUnits.get(before.unitId());
            if (now == null || !cohortSignature(now).equals(cohortSignature(before))) {
                return true;
            }
        }
        return false;
    }

    /** What of a unit a cohort depends on: where it sits today, its level and kind, its validity and lineage. */
    private static List<Object> cohortSignature(UnitView unit) {
        return java.util.Arrays.asList(unit.unitId(), unit.parentOn(LocalDate.now(Clocks.OFFICIALS_ZONE)), unit.level(),
                unit.kind(), unit.validFrom(), unit.validTo(), unit.predecessors(), unit.successors());
    }

    @SuppressWarnings("unchecked")
    private static <T> T unwrap(Object value) {
        return (T) (value instanceof ValueAndTimestamp<?> timestamped ? timestamped.value() : value);
    }
}
