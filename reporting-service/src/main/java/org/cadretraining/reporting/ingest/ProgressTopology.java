package org.cadretraining.reporting.ingest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.cadretraining.events.Topic;
import org.cadretraining.events.Topics;
import org.cadretraining.events.enrollment.ClassCancelled;
import org.cadretraining.events.enrollment.ClassCompleted;
import org.cadretraining.events.enrollment.ClassOpened;
import org.cadretraining.events.enrollment.ClassScheduled;
import org.cadretraining.events.enrollment.ClassStarted;
import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.enrollment.TrainingPlanRevised;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.DatedBuckets;
import org.cadretraining.reporting.views.ClassChange;
import org.cadretraining.reporting.views.ClassView;
import org.cadretraining.reporting.views.PlanChange;
import org.cadretraining.reporting.views.PlanView;
import org.cadretraining.reporting.views.CadreProgress;
import org.cadretraining.reporting.views.UnitProgress;
import org.cadretraining.reporting.views.ReferenceEntry;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.BreakdownEntry;
import org.cadretraining.reporting.views.UnitView;
import org.cadretraining.reporting.views.UnitRoster;

/**
 * The reporting views, as two topologies the binder runs:
 * <ul>
 *   <li>{@code referenceData}: registry.units and reporting.targets → reporting.reference, which every instance
 *       reads back in full as the global {@code reference} table (the unit tree and the target definitions);</li>
 *   <li>{@code progress}: registry.cadres and enrollment.enrollments (both keyed by cadreId, co-partitioned),
 *       enrollment.classes and enrollment.plans →
 *       <ul>
 *         <li>{@code cadre-progress}, one row per cadre;</li>
 *         <li>{@code unit-progress}, {@code target-progress}, {@code class-views} and {@code plan-views}, moved by
 *             the changes of {@link ViewDeltaEmitter}, which retracts what a cadre was counted as before adding what
 *             is true now (a transfer moves a cadre's counts instead of counting them twice). The emitter sums the
 *             changes of each view entry and drains them every {@link ViewDeltaEmitter#DRAIN_INTERVAL}, so a view
 *             gets one record an entry a drain, not one a cadre change ({@link PendingChange});</li>
 *         <li>{@code unit-breakdown} (targets and classes per unit, summed over a subtree to narrow them to a unit)
 *             and {@code unit-roster} (the names a search within a unit reads), keyed by unit, from the same deltas;</li>
 *         <li>the dated views {@code dated-units}, {@code dated-targets}, {@code dated-classes} and
 *             {@code dated-plans}: year, month and day buckets of the changes that took effect on each day
 *             ({@link DatedBuckets}), from each cadre's timeline of dated facts ({@link Segment}). A late fact with an
 *             earlier effective date re-derives the cadre's history and sends dated retractions and additions, so a
 *             figure as of any day is a sum of a few buckets, never a replay.</li>
 *       </ul></li>
 * </ul>
 * Stores, changelogs and repartition topics hold {@link RecordCodec}'s binary form; only the public topics and the
 * reference topic every instance reads hold JSON. Store suppliers are chosen by {@link StoreKind}: RocksDB in service, in memory under {@code TopologyTestDriver}.
 */
public class ProgressTopology {
    public static final String GROUP = "reporting-service";

    public enum StoreKind { PERSISTENT, IN_MEMORY }

    private final StoreKind storeKind;

    public ProgressTopology(StoreKind storeKind) {
        this.storeKind = storeKind;
    }

    public KStream<String, ReferenceEntry> referenceData(KStream<String, byte[]> unitEvents, KStream<String, byte[]> targetRecords) {
        KStream<String, ReferenceEntry> units = parse(unitEvents, "unit-events")
                .filter((unitId, fact) -> fact.isEvent(), Named.as("unit-events-readable"))
                .groupByKey(Grouped.as("unit-events-by-id"))
                .aggregate(() -> UnitView.NONE, (unitId, fact, view) -> view.apply(fact.payload()),
                        Materialized.<String, UnitView>as(store(StoreNames.UNITS_BY_ID))
                                .withKeySerde(Serdes.String()).withValueSerde(BinarySerde.of(UnitView.class)))
                .toStream(Named.as("unit-views"))
                .filter((unitId, view) -> view != null && view.unitId() != null, Named.as("known-units"))
                .map((unitId, view) -> KeyValue.pair(ReferenceEntry.unitKey(unitId), new ReferenceEntry(view, null)),
                        Named.as("unit-references"));
        KStream<String, TargetParser.Parsed> targets = targetRecords.processValues(TargetParser::new, Named.as("targets-parsed"));
        targets.filter((targetId, parsed) -> parsed.isPoison(), Named.as("targets-poison"))
                .mapValues(TargetParser.Parsed::raw, Named.as("targets-poison-raw"))
                .to(deadLetters(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("targets-dead-letters"));
        // A deleted target is a tombstone: it passes through as one and removes the reference entry.
        KStream<String, ReferenceEntry> targetEntries = targets
                .filter((targetId, parsed) -> !parsed.isPoison(), Named.as("targets-readable"))
                .map((targetId, parsed) -> KeyValue.pair(ReferenceEntry.targetKey(targetId),
                        parsed.target() == null ? null : new ReferenceEntry(null, parsed.target())), Named.as("target-references"));
        return units.merge(targetEntries, Named.as("references"));
    }

    public void progress(KStream<String, byte[]> events, GlobalKTable<String, ReferenceEntry> reference) {
        Map<String, KStream<String, Fact>> byTopic = parse(events, "events")
                .filter((key, fact) -> fact.isEvent(), Named.as("events-readable"))
                .split(Named.as("events-of-"))
                .branch((key, fact) -> isOn(fact, Topics.CADRES) || isOn(fact, Topics.ENROLLMENTS), Branched.as("cadres"))
                .branch((key, fact) -> isOn(fact, Topics.CLASSES), Branched.as("classes"))
                .branch((key, fact) -> isOn(fact, Topics.PLANS), Branched.as("plans"))
                .noDefaultBranch();

        KTable<String, CadreProgress> cadres = byTopic.get("events-of-cadres")
                .groupByKey(Grouped.as("cadre-events-by-id"))
                .aggregate(() -> null, (cadreId, fact, cadre) ->
                                (cadre == null ? CadreProgress.empty(cadreId) : cadre).apply(fact.eventId(), fact.payload()),
                        Materialized.<String, CadreProgress>as(store(StoreNames.CADRE_PROGRESS))
                                .withKeySerde(Serdes.String()).withValueSerde(BinarySerde.of(CadreProgress.class)));

        // Every figure below moves by the changes the emitter sums between drains: one record an entry a drain, all
        // through one repartition topic keyed by the entry, so a transaction touches one topic's partitions, not one
        // topic a view. Class and plan events join their deltas without another: their topics are keyed by the same
        // ids, with the catalogue's partition count, which the repartition topic takes from its sources.
        KStream<String, PendingChange> changes = cadres.toStream(Named.as("cadre-changes"))
                .process(ViewDeltaEmitter.supplier(storeKind), Named.as("view-deltas"), StoreNames.CADRE_PROGRESS)
                .repartition(Repartitioned.<String, PendingChange>as("drained-changes")
                        .withKeySerde(Serdes.String()).withValueSerde(BinarySerde.of(PendingChange.class)));

        summed(changes, PendingChange.View.UNIT, "unit-deltas", StoreNames.UNIT_PROGRESS, PendingChange::unit,
                BinarySerde.of(UnitProgress.class), UnitProgress::empty, UnitProgress::plus);
        summed(changes, PendingChange.View.TARGET, "target-deltas", StoreNames.TARGET_PROGRESS, PendingChange::target,
                BinarySerde.of(TargetTally.class), () -> TargetTally.ZERO, TargetTally::apply);
        summed(changes, PendingChange.View.BREAKDOWN, "unit-breakdown-entries", StoreNames.UNIT_BREAKDOWN, PendingChange::breakdown,
                BinarySerde.of(BreakdownEntry.class), () -> BreakdownEntry.ZERO, BreakdownEntry::plus);

        // Latest entry a key; a removal is a tombstone that deletes it.
        only(changes, PendingChange.View.ROSTER)
                .mapValues(PendingChange::roster, Named.as("roster-entries"))
                .toTable(Named.as("roster"), Materialized.<String, UnitRoster.Entry>as(store(StoreNames.UNIT_ROSTER))
                        .withKeySerde(Serdes.String()).withValueSerde(BinarySerde.of(UnitRoster.Entry.class)));

        // The dated views: the keys are already their year, month and day buckets.
        summed(changes, PendingChange.View.DATED_UNIT, "dated-units", StoreNames.DATED_UNITS, PendingChange::unit,
                BinarySerde.of(UnitProgress.class), UnitProgress::empty, UnitProgress::plus);
        summed(changes, PendingChange.View.DATED_TARGET, "dated-targets", StoreNames.DATED_TARGETS, PendingChange::target,
                BinarySerde.of(TargetTally.class), () -> TargetTally.ZERO, TargetTally::sum);
        summed(changes, PendingChange.View.DATED_CLASS, "dated-classes", StoreNames.DATED_CLASSES, PendingChange::klass,
                BinarySerde.of(ClassChange.Delta.class), () -> new ClassChange.Delta(0, 0, 0, 0), ClassChange.Delta::plus);
        summed(changes, PendingChange.View.DATED_PLAN, "dated-plans", StoreNames.DATED_PLANS, PendingChange::count,
                BinarySerde.of(Long.class), () -> 0L, Long::sum);

        KStream<String, ClassChange> classDeltas = only(changes, PendingChange.View.CLASS)
                .mapValues(change -> new ClassChange(null, null, change.klass()), Named.as("class-deltas-by-class"));
        KStream<String, ClassChange> classEvents = byTopic.get("events-of-classes")
                .mapValues(ProgressTopology::classChange, Named.as("class-changes"))
                .filter((classId, change) -> change != null, Named.as("known-class-changes"));
        classEvents.merge(classDeltas, Named.as("all-class-changes"))
                .groupByKey(Grouped.with("class-changes", Serdes.String(), BinarySerde.of(ClassChange.class)))
                .aggregate(() -> null, (classId, change, view) -> (view == null ? ClassView.empty(classId) : view).apply(change),
                        Materialized.<String, ClassView>as(store(StoreNames.CLASS_VIEWS))
                                .withKeySerde(Serdes.String()).withValueSerde(BinarySerde.of(ClassView.class)));

        KStream<String, PlanChange> planDeltas = only(changes, PendingChange.View.PLAN)
                .mapValues(change -> new PlanChange(null, change.sent()), Named.as("plan-deltas-by-plan"));
        KStream<String, PlanChange> planEvents = byTopic.get("events-of-plans")
                .filter((planId, fact) -> fact.payload() instanceof TrainingPlanApproved || fact.payload() instanceof TrainingPlanRevised,
                        Named.as("approved-plans"))
                .mapValues(fact -> fact.payload() instanceof TrainingPlanApproved approved ? new PlanChange(approved, null)
                        : new PlanChange(null, null, (TrainingPlanRevised) fact.payload()), Named.as("plan-changes"));
        planEvents.merge(planDeltas, Named.as("all-plan-changes"))
                .groupByKey(Grouped.with("plan-changes", Serdes.String(), BinarySerde.of(PlanChange.class)))
                .aggregate(() -> null, (planId, change, view) -> (view == null ? PlanView.empty(planId) : view).apply(change),
                        Materialized.<String, PlanView>as(store(StoreNames.PLAN_VIEWS))
                                .withKeySerde(Serdes.String()).withValueSerde(BinarySerde.of(PlanView.class)));
    }

    /** The drained changes of one view. */
    private static KStream<String, PendingChange> only(KStream<String, PendingChange> changes, PendingChange.View view) {
        return changes.filter((key, change) -> change.view() == view, Named.as("changes-of-" + view.name().toLowerCase().replace('_', '-')));
    }

    /** A view that sums the drained changes of its entries, repartitioned by entry. */
    private <V> void summed(KStream<String, PendingChange> changes, PendingChange.View view, String name, String storeName,
                            java.util.function.Function<PendingChange, V> value, org.apache.kafka.common.serialization.Serde<V> serde,
                            java.util.function.Supplier<V> zero, java.util.function.BinaryOperator<V> plus) {
        only(changes, view)
                .mapValues(value::apply, Named.as(name + "-values"))
                .groupByKey(Grouped.with(name, Serdes.String(), serde))
                .aggregate(zero::get, (key, change, current) -> plus.apply(current, change),
                        Materialized.<String, V>as(store(storeName)).withKeySerde(Serdes.String()).withValueSerde(serde));
    }

    private static boolean isOn(Fact fact, Topic topic) {
        return fact.type().topic().equals(topic);
    }

    static ClassChange classChange(Fact fact) {
        Object event = fact.payload();
        if (event instanceof ClassScheduled scheduled) {
            return new ClassChange(scheduled, null, null);
        }
        String status = event instanceof ClassOpened ? "OPEN"
                : event instanceof ClassStarted ? "IN_PROGRESS"
                : event instanceof ClassCompleted ? "COMPLETED"
                : event instanceof ClassCancelled ? "CANCELLED" : null;
        return status == null ? null : new ClassChange(null, status, null);
    }

    /** Parses CloudEvents; poison records go to the dead-letter topic of the topic they came from. */
    private KStream<String, Fact> parse(KStream<String, byte[]> input, String name) {
        KStream<String, Fact> parsed = input.processValues(FactParser::new, Named.as(name + "-parsed"));
        parsed.filter((key, fact) -> fact.isPoison(), Named.as(name + "-poison"))
                .mapValues(Fact::raw, Named.as(name + "-poison-raw"))
                .to(deadLetters(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-dead-letters"));
        return parsed;
    }

    static TopicNameExtractor<String, byte[]> deadLetters() {
        return (key, value, context) -> Topics.all().stream().filter(t -> t.name().equals(context.topic()))
                .findFirst().map(t -> t.deadLetter(GROUP))
                .orElse(context.topic() + "." + GROUP + ".dlq");
    }

    public static List<String> deadLetterTopics() {
        return Stream.concat(Stream.of(Topics.UNITS, Topics.CADRES, Topics.ENROLLMENTS, Topics.CLASSES, Topics.PLANS)
                .map(t -> t.deadLetter(GROUP)), Stream.of(StoreNames.TARGETS_TOPIC + "." + GROUP + ".dlq")).toList();
    }

    private KeyValueBytesStoreSupplier store(String name) {
        return storeKind == StoreKind.IN_MEMORY ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
    }
}
