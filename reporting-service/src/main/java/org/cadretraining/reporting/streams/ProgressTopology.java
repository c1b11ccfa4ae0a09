package org.cadretraining.reporting.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.cadretraining.events.Topics;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.reporting.progress.CadreProgress;
import org.cadretraining.reporting.progress.UnitContribution;
import org.cadretraining.reporting.progress.UnitProgress;
import org.cadretraining.reporting.units.UnitView;

/**
 * The reporting views, as two topologies the binder runs:
 * <ul>
 *   <li>{@code unitViews}: registry.units → one {@link UnitView} per unit, published to reporting.unit-views, which
 *       every instance reads back as the global {@code unit-tree} store;</li>
 *   <li>{@code progress}: registry.cadres and enrollment.enrollments (both keyed by cadreId, co-partitioned) → the
 *       per-cadre {@code cadre-progress} table → the per-unit {@code unit-progress} table, aggregated with an adder
 *       and a subtractor so that a transfer moves a cadre's counts instead of counting them twice.</li>
 * </ul>
 * Store suppliers are chosen by {@link StoreKind}, so the same topology runs on RocksDB in service and in memory
 * under {@code TopologyTestDriver}.
 */
public class ProgressTopology {
    public static final String GROUP = "reporting-service";

    public enum StoreKind { PERSISTENT, IN_MEMORY }

    private final StoreKind storeKind;

    public ProgressTopology(StoreKind storeKind) {
        this.storeKind = storeKind;
    }

    public KStream<String, UnitView> unitViews(KStream<String, byte[]> unitEvents) {
        KStream<String, Fact> facts = parse(unitEvents, "unit-events");
        return facts.filter((unitId, fact) -> fact.isEvent(), Named.as("unit-events-readable"))
                .groupByKey(Grouped.as("unit-events-by-id"))
                .aggregate(() -> new UnitView(null, null, null, null, null), ProgressTopology::applyToUnit,
                        Materialized.<String, UnitView>as(store(StoreNames.UNITS_BY_ID))
                                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde.UnitViewSerde()))
                .toStream(Named.as("unit-views"))
                .filter((unitId, view) -> view != null && view.unitId() != null);
    }

    public void progress(KStream<String, byte[]> cadreEvents, GlobalKTable<String, UnitView> unitTree) {
        KStream<String, Fact> facts = parse(cadreEvents, "cadre-events");
        KTable<String, CadreProgress> cadres = facts
                .filter((cadreId, fact) -> fact.isEvent(), Named.as("cadre-events-readable"))
                .groupByKey(Grouped.as("cadre-events-by-id"))
                .aggregate(() -> null, (cadreId, fact, cadre) ->
                                (cadre == null ? CadreProgress.empty(cadreId) : cadre).apply(fact.eventId(), fact.payload()),
                        Materialized.<String, CadreProgress>as(store(StoreNames.CADRE_PROGRESS))
                                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde.CadreProgressSerde()));

        cadres.filter((cadreId, cadre) -> cadre.counted(), Named.as("counted-cadres"))
                .groupBy((cadreId, cadre) -> KeyValue.pair(cadre.unitId(), UnitContribution.of(cadre)),
                        Grouped.with("cadres-by-unit", Serdes.String(), new JsonSerde.UnitContributionSerde()))
                .aggregate(UnitProgress::empty,
                        (unitId, contribution, unit) -> unit.plus(contribution),
                        (unitId, contribution, unit) -> unit.minus(contribution),
                        Materialized.<String, UnitProgress>as(store(StoreNames.UNIT_PROGRESS))
                                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde.UnitProgressSerde()));
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

    public static java.util.List<String> deadLetterTopics() {
        return java.util.stream.Stream.of(Topics.UNITS, Topics.CADRES, Topics.ENROLLMENTS).map(t -> t.deadLetter(GROUP)).toList();
    }

    static UnitView applyToUnit(String unitId, Fact fact, UnitView view) {
        if (fact.payload() instanceof UnitCreated created) {
            return new UnitView(created.unitId(), created.code(), created.name(), created.level(), created.parentUnitId());
        }
        return view;
    }

    private KeyValueBytesStoreSupplier store(String name) {
        return storeKind == StoreKind.IN_MEMORY ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
    }

}
