package org.cadretraining.reporting.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.cadretraining.events.EventType;
import org.cadretraining.events.Topics;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.reporting.Events;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.ClassView;
import org.cadretraining.reporting.views.PlanView;
import org.cadretraining.reporting.views.CadreProgress;
import org.cadretraining.reporting.views.UnitProgress;
import org.cadretraining.reporting.views.UnitRoster;
import org.cadretraining.reporting.views.ReferenceEntry;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.BreakdownEntry;
import org.cadretraining.reporting.views.UnitBreakdown;

/** Both topologies of the service on in-memory stores under TopologyTestDriver, fed record by record. */
public final class TopologyFixture implements AutoCloseable {
    public final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> units;
    private final TestInputTopic<String, byte[]> cadres;
    private final TestInputTopic<String, byte[]> enrollments;
    private final TestInputTopic<String, byte[]> classes;
    private final TestInputTopic<String, byte[]> plans;
    private final TestInputTopic<String, byte[]> targets;
    public final TestOutputTopic<String, byte[]> cadreDeadLetters;
    public final TestOutputTopic<String, byte[]> targetDeadLetters;
    public final KeyValueStore<String, UnitProgress> unitProgress;
    public final KeyValueStore<String, CadreProgress> cadreProgress;
    public final KeyValueStore<String, ReferenceEntry> reference;
    public final KeyValueStore<String, TargetTally> targetProgress;
    public final KeyValueStore<String, ClassView> classViews;
    public final KeyValueStore<String, PlanView> planViews;
    public final KeyValueStore<String, BreakdownEntry> unitBreakdown;
    public final KeyValueStore<String, UnitRoster.Entry> unitRoster;
    public final KeyValueStore<String, UnitProgress> datedUnits;
    public final KeyValueStore<String, TargetTally> datedTargets;
    public final KeyValueStore<String, org.cadretraining.reporting.views.ClassChange.Delta> datedClasses;
    public final KeyValueStore<String, Long> datedPlans;

    public TopologyFixture() {
        ProgressTopology topology = new ProgressTopology(ProgressTopology.StoreKind.IN_MEMORY);
        StreamsBuilder builder = new StreamsBuilder();
        // One builder for both functions here; the binder runs them as two applications.
        KStream<String, ReferenceEntry> references = topology.referenceData(
                builder.stream(Topics.UNITS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())),
                builder.stream(StoreNames.TARGETS_TOPIC, Consumed.with(Serdes.String(), Serdes.ByteArray())));
        references.to(StoreNames.REFERENCE_TOPIC, Produced.with(Serdes.String(), new JsonSerde.ReferenceEntrySerde()));
        GlobalKTable<String, ReferenceEntry> referenceTable = builder.globalTable(StoreNames.REFERENCE_TOPIC,
                Consumed.with(Serdes.String(), new JsonSerde.ReferenceEntrySerde()),
                Materialized.<String, ReferenceEntry>as(Stores.inMemoryKeyValueStore(StoreNames.REFERENCE)));
        topology.progress(builder.stream(List.of(Topics.CADRES.name(), Topics.ENROLLMENTS.name(), Topics.CLASSES.name(),
                Topics.PLANS.name()), Consumed.with(Serdes.String(), Serdes.ByteArray())), referenceTable);

        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "reporting-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(builder.build(), props);
        units = input(Topics.UNITS.name());
        cadres = input(Topics.CADRES.name());
        enrollments = input(Topics.ENROLLMENTS.name());
        classes = input(Topics.CLASSES.name());
        plans = input(Topics.PLANS.name());
        targets = input(StoreNames.TARGETS_TOPIC);
        cadreDeadLetters = driver.createOutputTopic(Topics.CADRES.deadLetter(ProgressTopology.GROUP), new StringDeserializer(),
                new ByteArrayDeserializer());
        targetDeadLetters = driver.createOutputTopic(StoreNames.TARGETS_TOPIC + "." + ProgressTopology.GROUP + ".dlq",
                new StringDeserializer(), new ByteArrayDeserializer());
        unitProgress = driver.getKeyValueStore(StoreNames.UNIT_PROGRESS);
        cadreProgress = driver.getKeyValueStore(StoreNames.CADRE_PROGRESS);
        reference = driver.getKeyValueStore(StoreNames.REFERENCE);
        targetProgress = driver.getKeyValueStore(StoreNames.TARGET_PROGRESS);
        classViews = driver.getKeyValueStore(StoreNames.CLASS_VIEWS);
        planViews = driver.getKeyValueStore(StoreNames.PLAN_VIEWS);
        unitBreakdown = driver.getKeyValueStore(StoreNames.UNIT_BREAKDOWN);
        unitRoster = driver.getKeyValueStore(StoreNames.UNIT_ROSTER);
        datedUnits = driver.getKeyValueStore(StoreNames.DATED_UNITS);
        datedTargets = driver.getKeyValueStore(StoreNames.DATED_TARGETS);
        datedClasses = driver.getKeyValueStore(StoreNames.DATED_CLASSES);
        datedPlans = driver.getKeyValueStore(StoreNames.DATED_PLANS);
    }

    /** The units as the reference table holds them, with their history and lineage. */
    public org.cadretraining.reporting.views.UnitRegister register() {
        java.util.List<org.cadretraining.reporting.views.UnitView> units = new java.util.ArrayList<>();
        prefixed(reference, ReferenceEntry.UNIT).values().forEach(e -> units.add(e.unit()));
        return new org.cadretraining.reporting.views.UnitRegister(units);
    }

    /** A unit's own figures at the end of {@code day}, summed from its dated buckets as the query side does. */
    public UnitProgress unitOn(String unitId, java.time.LocalDate day) {
        UnitProgress sum = UnitProgress.empty();
        for (UnitProgress part : asOf(datedUnits, unitId, day).values()) {
            sum = sum.plus(part);
        }
        return sum;
    }

    /** A target's tally among a unit's own cadres at the end of {@code day}. */
    public TargetTally targetOn(String unitId, String targetId, java.time.LocalDate day) {
        TargetTally sum = TargetTally.ZERO;
        for (var entry : asOf(datedTargets, unitId, day).entrySet()) {
            if (entry.getKey().detail().equals(targetId)) {
                sum = sum.sum(entry.getValue());
            }
        }
        return new TargetTally(sum.cohortSize(), sum.meeting(), sum.expectedByDeadline());
    }

    /** unitId → the students the unit had sent to the class by the end of {@code day}. */
    public java.util.Map<String, org.cadretraining.reporting.views.ClassChange.Delta> classOn(String classId, java.time.LocalDate day) {
        java.util.Map<String, org.cadretraining.reporting.views.ClassChange.Delta> byUnit = new java.util.HashMap<>();
        asOf(datedClasses, classId, day).forEach((key, delta) -> byUnit.merge(key.detail(), delta,
                org.cadretraining.reporting.views.ClassChange.Delta::plus));
        return byUnit;
    }

    /** {@code programId|mode|unitId} → the cadres sent against the plan by the end of {@code day}. */
    public java.util.Map<String, Long> planOn(String planId, java.time.LocalDate day) {
        java.util.Map<String, Long> byKey = new java.util.HashMap<>();
        asOf(datedPlans, planId, day).forEach((key, sent) -> byKey.merge(key.detail(), sent, Long::sum));
        byKey.values().removeIf(v -> v == 0);
        return byKey;
    }

    private static <V> java.util.Map<org.cadretraining.reporting.views.DatedBuckets.Key, V> asOf(KeyValueStore<String, V> store,
                                                                                                String owner, java.time.LocalDate day) {
        java.util.Map<org.cadretraining.reporting.views.DatedBuckets.Key, V> counted = new java.util.HashMap<>();
        for (String prefix : org.cadretraining.reporting.views.DatedBuckets.prefixes(owner, day)) {
            prefixed(store, prefix).forEach((key, value) -> {
                var parsed = org.cadretraining.reporting.views.DatedBuckets.parse(key);
                if (parsed.countsOn(day)) {
                    counted.put(parsed, value);
                }
            });
        }
        return counted;
    }

    /** A unit's own breakdown, as the query side sums it from its entries. */
    public UnitBreakdown breakdown(String unitId) {
        return UnitBreakdown.sum(prefixed(unitBreakdown, BreakdownEntry.prefix(unitId)));
    }

    /** A unit's roster: cadreId → entry. */
    public java.util.Map<String, UnitRoster.Entry> roster(String unitId) {
        java.util.Map<String, UnitRoster.Entry> byCadre = new java.util.HashMap<>();
        prefixed(unitRoster, UnitRoster.prefix(unitId)).forEach((key, entry) -> byCadre.put(entry.cadreId(), entry));
        return byCadre;
    }

    private static <V> java.util.Map<String, V> prefixed(KeyValueStore<String, V> store, String prefix) {
        java.util.Map<String, V> result = new java.util.HashMap<>();
        try (var range = store.prefixScan(prefix, new StringSerializer())) {
            range.forEachRemaining(kv -> result.put(kv.key, kv.value));
        }
        return result;
    }

    private TestInputTopic<String, byte[]> input(String topic) {
        return driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends an event on its own topic with a fresh ce_id; returns the id. */
    public <T> String send(EventType<T> type, String key, T payload) {
        return send(type, key, payload, Events.id());
    }

    public <T> String send(EventType<T> type, String key, T payload, String ceId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.ceType().getBytes(StandardCharsets.UTF_8));
        topic(type).pipeInput(new TestRecord<>(key, EventCodec.toJson(payload), headers));
        drain();
        return ceId;
    }

    /** Sends an event as made at {@code at} (the record's time: when the change happened). */
    public <T> String sendAt(EventType<T> type, String key, T payload, java.time.Instant at) {
        String ceId = Events.id();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.ceType().getBytes(StandardCharsets.UTF_8));
        topic(type).pipeInput(new TestRecord<>(key, EventCodec.toJson(payload), headers, at));
        drain();
        return ceId;
    }

    /** Sends a payload exactly as given, on its type's topic. */
    public void sendJson(EventType<?> type, String key, byte[] json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", Events.id().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.ceType().getBytes(StandardCharsets.UTF_8));
        topic(type).pipeInput(new TestRecord<>(key, json, headers));
        drain();
    }

    /** The dead-letter topics the topologies wrote to so far, each with the reasons its records carry. */
    public java.util.Map<String, List<String>> deadLetters() {
        java.util.Map<String, List<String>> reasons = new java.util.TreeMap<>();
        for (String name : driver.producedTopicNames()) {
            if (name.endsWith(".dlq")) {
                reasons.put(name, driver.createOutputTopic(name, new StringDeserializer(), new ByteArrayDeserializer())
                        .readRecordsToList().stream()
                        .map(r -> r.headers().lastHeader(FactParser.EXCEPTION_HEADER))
                        .map(h -> h == null ? "(no reason)" : new String(h.value(), StandardCharsets.UTF_8)).toList());
            }
        }
        return reasons;
    }

    public void sendRaw(String topicName, String key, byte[] value, String ceType) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", Events.id().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
        (topicName.equals(Topics.CADRES.name()) ? cadres : enrollments).pipeInput(new TestRecord<>(key, value, headers));
        drain();
    }

    /** Lets the emitter's drain send what it summed to the views, as it does every interval in service. */
    public void drain() {
        driver.advanceWallClockTime(ViewDeltaEmitter.DRAIN_INTERVAL);
    }

    /** Defines a target, then lets the wall-clock punctuation judge the cadres already known against it. */
    public void define(Target target) {
        targets.pipeInput(target.targetId(), new JsonSerde.TargetSerde().serializer().serialize(StoreNames.TARGETS_TOPIC, target));
        driver.advanceWallClockTime(Duration.ofSeconds(2));
    }

    /** Writes anything to reporting.targets, as a broken or hostile producer could. */
    public void sendRawTarget(String key, byte[] value) {
        targets.pipeInput(key, value);
        driver.advanceWallClockTime(Duration.ofSeconds(2));
    }

    public void withdraw(String targetId) {
        targets.pipeInput(targetId, null);
        driver.advanceWallClockTime(Duration.ofSeconds(2));
    }

    private TestInputTopic<String, byte[]> topic(EventType<?> type) {
        if (type.topic().equals(Topics.UNITS)) {
            return units;
        }
        if (type.topic().equals(Topics.CADRES)) {
            return cadres;
        }
        if (type.topic().equals(Topics.ENROLLMENTS)) {
            return enrollments;
        }
        return type.topic().equals(Topics.CLASSES) ? classes : plans;
    }

    @Override
    public void close() {
        driver.close();
    }
}
