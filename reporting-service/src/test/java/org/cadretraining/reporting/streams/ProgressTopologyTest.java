package org.cadretraining.reporting.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
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
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.reporting.Events;
import org.cadretraining.reporting.progress.CadreProgress;
import org.cadretraining.reporting.progress.UnitProgress;
import org.cadretraining.reporting.units.UnitView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same topologies the service runs, on in-memory stores, driven record by record. */
class ProgressTopologyTest {
    private static final String PROVINCE = "u-province";
    private static final String DISTRICT = "u-district";
    private static final String COMMUNE = "u-commune";

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> units;
    private TestInputTopic<String, byte[]> cadres;
    private TestInputTopic<String, byte[]> enrollments;
    private TestOutputTopic<String, byte[]> cadreDeadLetters;
    private KeyValueStore<String, UnitProgress> unitProgress;
    private KeyValueStore<String, CadreProgress> cadreProgress;
    private KeyValueStore<String, UnitView> unitTree;

    @BeforeEach
    void topology() {
        ProgressTopology topology = new ProgressTopology(ProgressTopology.StoreKind.IN_MEMORY);
        StreamsBuilder builder = new StreamsBuilder();
        // One builder for both functions here; the binder runs them as two applications.
        KStream<String, UnitView> views = topology.unitViews(builder.stream(Topics.UNITS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())));
        views.to(StoreNames.UNIT_VIEWS_TOPIC, Produced.with(Serdes.String(), new JsonSerde.UnitViewSerde()));
        GlobalKTable<String, UnitView> tree = builder.globalTable(StoreNames.UNIT_VIEWS_TOPIC,
                Consumed.with(Serdes.String(), new JsonSerde.UnitViewSerde()),
                Materialized.<String, UnitView>as(Stores.inMemoryKeyValueStore(StoreNames.UNIT_TREE)));
        topology.progress(builder.stream(List.of(Topics.CADRES.name(), Topics.ENROLLMENTS.name()),
                Consumed.with(Serdes.String(), Serdes.ByteArray())), tree);

        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "reporting-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(builder.build(), props);
        units = driver.createInputTopic(Topics.UNITS.name(), new StringSerializer(), new ByteArraySerializer());
        cadres = driver.createInputTopic(Topics.CADRES.name(), new StringSerializer(), new ByteArraySerializer());
        enrollments = driver.createInputTopic(Topics.ENROLLMENTS.name(), new StringSerializer(), new ByteArraySerializer());
        cadreDeadLetters = driver.createOutputTopic(Topics.CADRES.deadLetter(ProgressTopology.GROUP), new StringDeserializer(), new ByteArrayDeserializer());
        unitProgress = driver.getKeyValueStore(StoreNames.UNIT_PROGRESS);
        cadreProgress = driver.getKeyValueStore(StoreNames.CADRE_PROGRESS);
        unitTree = driver.getKeyValueStore(StoreNames.UNIT_TREE);

        send(units, PROVINCE, EventTypes.UNIT_CREATED, Events.unit(PROVINCE, "DB", UnitLevel.PROVINCE, null), Events.id());
        send(units, DISTRICT, EventTypes.UNIT_CREATED, Events.unit(DISTRICT, "DB-MN", UnitLevel.DISTRICT, PROVINCE), Events.id());
        send(units, COMMUNE, EventTypes.UNIT_CREATED, Events.unit(COMMUNE, "DB-MN-X1", UnitLevel.COMMUNE, DISTRICT), Events.id());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private static <T> void send(TestInputTopic<String, byte[]> topic, String key, EventType<T> type, T payload, String ceId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.ceType().getBytes(StandardCharsets.UTF_8));
        topic.pipeInput(new TestRecord<>(key, EventCodec.toJson(payload), headers));
    }

    private void register(String cadreId, String unitId, Gender gender) {
        send(cadres, cadreId, EventTypes.CADRE_REGISTERED, Events.cadre(cadreId, unitId, gender, 1990, false,
                PoliticalTheoryLevel.ELEMENTARY), Events.id());
    }

    @Test
    void buildsTheUnitTreeEveryInstanceReads() {
        assertThat(unitTree.get(COMMUNE)).isEqualTo(new UnitView(COMMUNE, "DB-MN-X1", "Đơn vị DB-MN-X1", UnitLevel.COMMUNE, DISTRICT));
        assertThat(unitTree.approximateNumEntries()).isEqualTo(3);
    }

    @Test
    void countsCadresPerUnitByLevel() {
        register("c-1", COMMUNE, Gender.FEMALE);
        register("c-2", COMMUNE, Gender.MALE);
        register("c-3", DISTRICT, Gender.MALE);
        assertThat(unitProgress.get(COMMUNE).headcount()).isEqualTo(2);
        assertThat(unitProgress.get(COMMUNE).women()).isEqualTo(1);
        assertThat(unitProgress.get(COMMUNE).politicalTheory()).containsEntry("ELEMENTARY", 2L);
        assertThat(unitProgress.get(DISTRICT).headcount()).isEqualTo(1);
    }

    @Test
    void aTransferMovesTheCountsInsteadOfAddingThemTwice() {
        register("c-1", COMMUNE, Gender.FEMALE);
        send(cadres, "c-1", EventTypes.CADRE_TRANSFERRED, Events.transfer("c-1", COMMUNE, DISTRICT), Events.id());
        assertThat(unitProgress.get(COMMUNE)).isIn(null, UnitProgress.empty());
        assertThat(unitProgress.get(DISTRICT).headcount()).isEqualTo(1);
        assertThat(unitProgress.get(DISTRICT).women()).isEqualTo(1);
    }

    @Test
    void aGraduationAfterATransferRaisesTheLevelInTheNewUnitOnly() {
        register("c-1", COMMUNE, Gender.MALE);
        send(enrollments, "c-1", EventTypes.CADRE_ENROLLED, Events.enrolled("en-1", "c-1", ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE), Events.id());
        assertThat(unitProgress.get(COMMUNE).studyingNow()).isEqualTo(1);
        send(cadres, "c-1", EventTypes.CADRE_TRANSFERRED, Events.transfer("c-1", COMMUNE, DISTRICT), Events.id());
        assertThat(unitProgress.get(DISTRICT).studyingNow()).isEqualTo(1);
        send(enrollments, "c-1", EventTypes.COURSE_GRADUATED, Events.graduated("en-1", "c-1"), Events.id());
        send(cadres, "c-1", EventTypes.CADRE_QUALIFICATION_RECORDED, Events.qualification("c-1", Ladder.POLITICAL_THEORY, "INTERMEDIATE"), Events.id());
        UnitProgress district = unitProgress.get(DISTRICT);
        assertThat(district.studyingNow()).isZero();
        assertThat(district.politicalTheory()).containsEntry("INTERMEDIATE", 1L).doesNotContainKey("ELEMENTARY");
        assertThat(unitProgress.get(COMMUNE)).isIn(null, UnitProgress.empty());
    }

    @Test
    void aDuplicateDeliveryCountsOnce() {
        String ceId = Events.id();
        var event = Events.cadre("c-1", COMMUNE, Gender.FEMALE, 1990, false, PoliticalTheoryLevel.NONE);
        send(cadres, "c-1", EventTypes.CADRE_REGISTERED, event, ceId);
        send(cadres, "c-1", EventTypes.CADRE_REGISTERED, event, ceId);
        String enrolledId = Events.id();
        var enrolled = Events.enrolled("en-1", "c-1", ProgramCategory.LEADERSHIP, StudyMode.CONCENTRATED);
        send(enrollments, "c-1", EventTypes.CADRE_ENROLLED, enrolled, enrolledId);
        send(enrollments, "c-1", EventTypes.CADRE_ENROLLED, enrolled, enrolledId);
        assertThat(unitProgress.get(COMMUNE).headcount()).isEqualTo(1);
        assertThat(unitProgress.get(COMMUNE).studyingNow()).isEqualTo(1);
        assertThat(cadreProgress.get("c-1").currentEnrollments()).hasSize(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", Events.id().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", EventTypes.CADRE_REGISTERED.ceType().getBytes(StandardCharsets.UTF_8));
        cadres.pipeInput(new TestRecord<>("c-bad", "{not json".getBytes(StandardCharsets.UTF_8), headers));
        register("c-1", COMMUNE, Gender.MALE);

        TestRecord<String, byte[]> dead = cadreDeadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("c-bad");
        assertThat(new String(dead.headers().lastHeader(FactParser.EXCEPTION_HEADER).value(), StandardCharsets.UTF_8))
                .contains("unreadable", "CadreRegistered");
        assertThat(unitProgress.get(COMMUNE).headcount()).isEqualTo(1);
        assertThat(cadreProgress.get("c-bad")).isNull();
    }

    @Test
    void anUnknownEventTypeIsSkippedNotDeadLettered() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", Events.id().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "org.cadretraining.registry.SomethingNew.v1".getBytes(StandardCharsets.UTF_8));
        cadres.pipeInput(new TestRecord<>("c-1", "{}".getBytes(StandardCharsets.UTF_8), headers));
        assertThat(cadreDeadLetters.isEmpty()).isTrue();
        assertThat(cadreProgress.get("c-1")).isNull();
    }
}
