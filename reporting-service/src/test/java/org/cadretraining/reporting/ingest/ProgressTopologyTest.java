package org.cadretraining.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.streams.test.TestRecord;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.reporting.Events;
import org.cadretraining.reporting.views.UnitProgress;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.UnitView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same topologies the service runs, on in-memory stores, driven record by record. */
class ProgressTopologyTest {
    private static final String PROVINCE = "u-province";
    private static final String DISTRICT = "u-district";
    private static final String COMMUNE = "u-commune";
    private TopologyFixture views;

    @BeforeEach
    void topology() {
        views = new TopologyFixture();
        views.send(EventTypes.UNIT_CREATED, PROVINCE, Events.unit(PROVINCE, "DB", UnitLevel.PROVINCE, null));
        views.send(EventTypes.UNIT_CREATED, DISTRICT, Events.unit(DISTRICT, "DB-MN", UnitLevel.DISTRICT, PROVINCE));
        views.send(EventTypes.UNIT_CREATED, COMMUNE, Events.unit(COMMUNE, "DB-MN-X1", UnitLevel.COMMUNE, DISTRICT));
    }

    @AfterEach
    void close() {
        views.close();
    }

    private void register(String cadreId, String unitId, Gender gender) {
        views.send(EventTypes.CADRE_REGISTERED, cadreId, Events.cadre(cadreId, unitId, gender, 1990, false, PoliticalTheoryLevel.ELEMENTARY));
    }

    private UnitProgress unit(String unitId) {
        return views.unitProgress.get(unitId);
    }

    @Test
    void buildsTheUnitTreeEveryInstanceReads() {
        assertThat(views.reference.get("unit:" + COMMUNE).unit())
                .extracting(UnitView::unitId, UnitView::code, UnitView::name, UnitView::level, UnitView::parentUnitId)
                .containsExactly(COMMUNE, "DB-MN-X1", "Đơn vị DB-MN-X1", UnitLevel.COMMUNE, DISTRICT);
        assertThat(views.reference.approximateNumEntries()).isEqualTo(3);
    }

    @Test
    void countsCadresPerUnitByLevel() {
        register("c-1", COMMUNE, Gender.FEMALE);
        register("c-2", COMMUNE, Gender.MALE);
        register("c-3", DISTRICT, Gender.MALE);
        assertThat(unit(COMMUNE).headcount()).isEqualTo(2);
        assertThat(unit(COMMUNE).women()).isEqualTo(1);
        assertThat(unit(COMMUNE).politicalTheory()).containsEntry("ELEMENTARY", 2L);
        assertThat(unit(DISTRICT).headcount()).isEqualTo(1);
    }

    @Test
    void aTransferMovesTheCountsInsteadOfAddingThemTwice() {
        register("c-1", COMMUNE, Gender.FEMALE);
        views.send(EventTypes.CADRE_TRANSFERRED, "c-1", Events.transfer("c-1", COMMUNE, DISTRICT));
        assertThat(unit(COMMUNE)).isIn(null, UnitProgress.empty());
        assertThat(unit(DISTRICT).headcount()).isEqualTo(1);
        assertThat(unit(DISTRICT).women()).isEqualTo(1);
    }

    @Test
    void aDepartureRemovesTheCadreFromTheFigures() {
        register("c-1", COMMUNE, Gender.FEMALE);
        register("c-2", COMMUNE, Gender.MALE);
        views.send(EventTypes.CADRE_DEPARTED, "c-1", Events.retired("c-1"));
        assertThat(unit(COMMUNE).headcount()).isEqualTo(1);
        assertThat(unit(COMMUNE).women()).isZero();
    }

    @Test
    void aGraduationAfterATransferRaisesTheLevelInTheNewUnitOnly() {
        register("c-1", COMMUNE, Gender.MALE);
        views.send(EventTypes.CADRE_ENROLLED, "c-1", Events.enrolled("en-1", "c-1", ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE));
        assertThat(unit(COMMUNE).studyingNow()).isEqualTo(1);
        views.send(EventTypes.CADRE_TRANSFERRED, "c-1", Events.transfer("c-1", COMMUNE, DISTRICT));
        assertThat(unit(DISTRICT).studyingNow()).isEqualTo(1);
        views.send(EventTypes.COURSE_GRADUATED, "c-1", Events.graduated("en-1", "c-1"));
        views.send(EventTypes.CADRE_QUALIFICATION_RECORDED, "c-1", Events.qualification("c-1", Ladder.POLITICAL_THEORY, "INTERMEDIATE"));
        UnitProgress district = unit(DISTRICT);
        assertThat(district.studyingNow()).isZero();
        assertThat(district.politicalTheory()).containsEntry("INTERMEDIATE", 1L).doesNotContainKey("ELEMENTARY");
        assertThat(unit(COMMUNE)).isIn(null, UnitProgress.empty());
    }

    @Test
    void aWithdrawalFreesTheClassSeatAndEndsTheStudy() {
        views.send(EventTypes.CLASS_SCHEDULED, "k-1", Events.classScheduled("k-1", "p-1", StudyMode.CONCENTRATED, 50, LocalDate.of(2026, 3, 1)));
        register("c-1", COMMUNE, Gender.MALE);
        register("c-2", COMMUNE, Gender.MALE);
        ConferredLevel intermediate = new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE");
        views.send(EventTypes.CADRE_ENROLLED, "c-1", Events.enrolledIn("e-1", "c-1", "k-1", "p-1", StudyMode.CONCENTRATED, intermediate, LocalDate.of(2026, 12, 1), COMMUNE, null));
        views.send(EventTypes.CADRE_ENROLLED, "c-2", Events.enrolledIn("e-2", "c-2", "k-1", "p-1", StudyMode.CONCENTRATED, intermediate, LocalDate.of(2026, 12, 1), COMMUNE, null));
        assertThat(views.classViews.get("k-1").students()).isEqualTo(2);
        views.send(EventTypes.ENROLLMENT_WITHDRAWN, "c-1", Events.withdrawn("e-1", "c-1", "k-1"));
        assertThat(views.classViews.get("k-1").students()).isEqualTo(1);
        assertThat(views.classViews.get("k-1").withdrawn()).isEqualTo(1);
        assertThat(unit(COMMUNE).studyingNow()).isEqualTo(1);
    }

    @Test
    void aDuplicateDeliveryCountsOnce() {
        String ceId = Events.id();
        var event = Events.cadre("c-1", COMMUNE, Gender.FEMALE, 1990, false, PoliticalTheoryLevel.NONE);
        views.send(EventTypes.CADRE_REGISTERED, "c-1", event, ceId);
        views.send(EventTypes.CADRE_REGISTERED, "c-1", event, ceId);
        String enrolledId = Events.id();
        var enrolled = Events.enrolled("en-1", "c-1", ProgramCategory.LEADERSHIP, StudyMode.CONCENTRATED);
        views.send(EventTypes.CADRE_ENROLLED, "c-1", enrolled, enrolledId);
        views.send(EventTypes.CADRE_ENROLLED, "c-1", enrolled, enrolledId);
        assertThat(unit(COMMUNE).headcount()).isEqualTo(1);
        assertThat(unit(COMMUNE).studyingNow()).isEqualTo(1);
        assertThat(views.cadreProgress.get("c-1").currentEnrollments()).hasSize(1);
        assertThat(views.classViews.get("class-1").students()).isEqualTo(1);
    }

    @Test
    void aTargetIsFilledFromTheCadresAlreadyKnownAndFollowsTheirChanges() {
        views.send(EventTypes.CADRE_REGISTERED, "m-1", Events.member("m-1", DISTRICT, ProfessionalLevel.MASTER, Committee.PROVINCIAL_EXECUTIVE));
        views.send(EventTypes.CADRE_REGISTERED, "m-2", Events.member("m-2", COMMUNE, ProfessionalLevel.UNIVERSITY, Committee.PROVINCIAL_EXECUTIVE));
        views.send(EventTypes.CADRE_REGISTERED, "m-3", Events.member("m-3", COMMUNE, ProfessionalLevel.DOCTORATE, null));
        Target target = new Target("t-1", "Ủy viên BCH tỉnh có trình độ sau đại học",
                new Target.Cohort(null, List.of(Committee.PROVINCIAL_EXECUTIVE), null, PROVINCE, null),
                new Target.Criterion(Ladder.PROFESSIONAL, "MASTER", true), 70.0, LocalDate.of(2027, 12, 31), Instant.now());
        views.define(target);
        assertThat(views.targetProgress.get("t-1")).isEqualTo(new TargetTally(2, 1, 1));

        // Studying for a master's counts as meeting it; finishing before the deadline counts as expected.
        views.send(EventTypes.CADRE_ENROLLED, "m-2", Events.enrolledIn("e-9", "m-2", "k-9", "p-9", StudyMode.IN_SERVICE,
                new ConferredLevel(Ladder.PROFESSIONAL, "MASTER"), LocalDate.of(2027, 6, 30), COMMUNE, null));
        assertThat(views.targetProgress.get("t-1")).isEqualTo(new TargetTally(2, 2, 2));

        // Leaving the province's subtree, then leaving the service, takes the cadre out of the cohort.
        views.send(EventTypes.UNIT_CREATED, "elsewhere", Events.unit("elsewhere", "LC", UnitLevel.PROVINCE, null));
        views.send(EventTypes.CADRE_TRANSFERRED, "m-2", Events.transfer("m-2", COMMUNE, "elsewhere"));
        assertThat(views.targetProgress.get("t-1")).isEqualTo(new TargetTally(1, 1, 1));
        views.send(EventTypes.CADRE_DEPARTED, "m-1", Events.retired("m-1"));
        assertThat(views.targetProgress.get("t-1")).isEqualTo(TargetTally.ZERO);
    }

    @Test
    void aCadreInAUnitCreatedAMomentAgoCountsInItsProvinceTarget() {
        Target target = new Target("t-3", "Cán bộ tỉnh có đại học", new Target.Cohort(null, null, null, PROVINCE, null),
                new Target.Criterion(Ladder.PROFESSIONAL, "UNIVERSITY", false), 80.0, LocalDate.of(2030, 1, 1), Instant.now());
        views.define(target);
        // No punctuation between the new unit and its first cadre: the unit is looked up, not missed.
        views.send(EventTypes.UNIT_CREATED, "u-new", Events.unit("u-new", "DB-MN-X9", UnitLevel.COMMUNE, DISTRICT));
        views.send(EventTypes.CADRE_REGISTERED, "m-9", Events.member("m-9", "u-new", ProfessionalLevel.UNIVERSITY, null));
        assertThat(views.targetProgress.get("t-3")).isEqualTo(new TargetTally(1, 1, 1));
    }

    @Test
    void withdrawingATargetTakesItsCountsBack() {
        views.send(EventTypes.CADRE_REGISTERED, "m-1", Events.member("m-1", DISTRICT, ProfessionalLevel.MASTER, Committee.PROVINCIAL_EXECUTIVE));
        Target target = new Target("t-2", "Tất cả cán bộ có trình độ đại học", new Target.Cohort(null, null, null, null, null),
                new Target.Criterion(Ladder.PROFESSIONAL, "UNIVERSITY", false), 90.0, LocalDate.of(2030, 1, 1), Instant.now());
        views.define(target);
        assertThat(views.targetProgress.get("t-2")).isEqualTo(new TargetTally(1, 1, 1));
        views.withdraw("t-2");
        assertThat(views.targetProgress.get("t-2")).isEqualTo(TargetTally.ZERO);
        assertThat(views.reference.get("target:t-2")).isNull();
    }

    @Test
    void anUnreadableTargetIsDeadLetteredAndTheReferenceDataGoesOn() {
        views.sendRawTarget("t-poison", "{\"targetId\": ".getBytes(StandardCharsets.UTF_8));
        views.send(EventTypes.UNIT_CREATED, "u-after", Events.unit("u-after", "DB-MN-X8", UnitLevel.COMMUNE, DISTRICT));
        views.define(new Target("t-after", "Sau bản ghi hỏng", new Target.Cohort(null, null, null, null, null),
                new Target.Criterion(Ladder.PROFESSIONAL, "UNIVERSITY", false), 50.0, LocalDate.of(2030, 1, 1), Instant.now()));

        TestRecord<String, byte[]> dead = views.targetDeadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("t-poison");
        assertThat(new String(dead.headers().lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
                .startsWith("unreadable target");
        assertThat(views.reference.get("target:t-after")).as("a target after the poison").isNotNull();
        assertThat(views.reference.get("unit:u-after")).as("a unit after the poison").isNotNull();
        assertThat(views.reference.get("target:t-poison")).isNull();
    }

    @Test
    void targetsAndClassesAreBrokenDownByUnitAndMoveWithATransfer() {
        views.send(EventTypes.CLASS_SCHEDULED, "k-1", Events.classScheduled("k-1", "p-1", StudyMode.CONCENTRATED, 50, LocalDate.of(2026, 3, 1)));
        views.send(EventTypes.CADRE_REGISTERED, "m-1", Events.member("m-1", COMMUNE, ProfessionalLevel.MASTER, null));
        views.send(EventTypes.CADRE_REGISTERED, "m-2", Events.member("m-2", COMMUNE, ProfessionalLevel.UNIVERSITY, null));
        views.send(EventTypes.CADRE_REGISTERED, "m-3", Events.member("m-3", DISTRICT, ProfessionalLevel.UNIVERSITY, null));
        views.define(new Target("t-1", "Cán bộ có trình độ thạc sĩ", new Target.Cohort(null, null, null, PROVINCE, null),
                new Target.Criterion(Ladder.PROFESSIONAL, "MASTER", false), 50.0, LocalDate.of(2030, 1, 1), Instant.now()));
        ConferredLevel intermediate = new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE");
        views.send(EventTypes.CADRE_ENROLLED, "m-2", Events.enrolledIn("e-2", "m-2", "k-1", "p-1", StudyMode.CONCENTRATED,
                intermediate, LocalDate.of(2026, 12, 1), COMMUNE, null));
        views.send(EventTypes.CADRE_ENROLLED, "m-3", Events.enrolledIn("e-3", "m-3", "k-1", "p-1", StudyMode.CONCENTRATED,
                intermediate, LocalDate.of(2026, 12, 1), DISTRICT, null));

        assertThat(views.breakdown(COMMUNE).targets()).containsEntry("t-1", new TargetTally(2, 1, 1));
        assertThat(views.breakdown(DISTRICT).targets()).containsEntry("t-1", new TargetTally(1, 0, 0));
        assertThat(views.breakdown(COMMUNE).classes().get("k-1").students()).isEqualTo(1);
        assertThat(views.breakdown(DISTRICT).classes().get("k-1").students()).isEqualTo(1);

        // The master's holder moves: the commune's tally gives the cadre back, the district's takes them.
        views.send(EventTypes.CADRE_TRANSFERRED, "m-1", Events.transfer("m-1", COMMUNE, DISTRICT));
        assertThat(views.breakdown(COMMUNE).targets()).containsEntry("t-1", new TargetTally(1, 0, 0));
        assertThat(views.breakdown(DISTRICT).targets()).containsEntry("t-1", new TargetTally(2, 1, 1));
        // The seat stays with the unit that sent the cadre; a withdrawal takes it back there.
        views.send(EventTypes.ENROLLMENT_WITHDRAWN, "m-2", Events.withdrawn("e-2", "m-2", "k-1"));
        assertThat(views.breakdown(COMMUNE).classes().get("k-1").students()).isZero();
        assertThat(views.breakdown(COMMUNE).classes().get("k-1").withdrawn()).isEqualTo(1);
        views.send(EventTypes.CADRE_DEPARTED, "m-2", Events.retired("m-2"));
        assertThat(views.breakdown(COMMUNE).targets()).doesNotContainKey("t-1");
        // The whole province still adds up to the province-wide tally.
        assertThat(views.targetProgress.get("t-1")).isEqualTo(new TargetTally(2, 1, 1));
    }

    @Test
    void aNewTargetIsFilledAChunkAPunctuationSoNoTransactionRunsLong() {
        int cadres = ViewDeltaEmitter.REJUDGE_CHUNK + 500;
        for (int i = 0; i < cadres; i++) {
            views.send(EventTypes.CADRE_REGISTERED, "m-" + i, Events.member("m-" + i, COMMUNE, ProfessionalLevel.UNIVERSITY, null));
        }
        views.define(new Target("t-big", "Cán bộ có đại học", new Target.Cohort(null, null, null, PROVINCE, null),
                new Target.Criterion(Ladder.PROFESSIONAL, "UNIVERSITY", false), 90.0, LocalDate.of(2030, 1, 1), Instant.now()));
        assertThat(views.targetProgress.get("t-big").cohortSize()).isEqualTo(ViewDeltaEmitter.REJUDGE_CHUNK);
        views.driver.advanceWallClockTime(java.time.Duration.ofSeconds(1));
        assertThat(views.targetProgress.get("t-big")).isEqualTo(new TargetTally(cadres, cadres, cadres));
        assertThat(views.breakdown(COMMUNE).targets()).containsEntry("t-big", new TargetTally(cadres, cadres, cadres));
    }

    @Test
    void theRosterIndexFollowsNamesTransfersAndDepartures() {
        register("c-1", COMMUNE, Gender.FEMALE);
        register("c-2", COMMUNE, Gender.MALE);
        assertThat(views.roster(COMMUNE)).containsOnlyKeys("c-1", "c-2");
        assertThat(views.roster(COMMUNE).get("c-1").fullName())
                .isEqualTo(views.cadreProgress.get("c-1").fullName());
        views.send(EventTypes.CADRE_TRANSFERRED, "c-1", Events.transfer("c-1", COMMUNE, DISTRICT));
        assertThat(views.roster(COMMUNE)).containsOnlyKeys("c-2");
        assertThat(views.roster(DISTRICT)).containsOnlyKeys("c-1");
        views.send(EventTypes.CADRE_DEPARTED, "c-2", Events.retired("c-2"));
        assertThat(views.roster(COMMUNE)).isEmpty();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        views.sendRaw(Topics.CADRES.name(), "c-bad", "{not json".getBytes(StandardCharsets.UTF_8), EventTypes.CADRE_REGISTERED.ceType());
        register("c-1", COMMUNE, Gender.MALE);

        TestRecord<String, byte[]> dead = views.cadreDeadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("c-bad");
        assertThat(new String(dead.headers().lastHeader(FactParser.EXCEPTION_HEADER).value(), StandardCharsets.UTF_8))
                .contains("unreadable", "CadreRegistered");
        assertThat(unit(COMMUNE).headcount()).isEqualTo(1);
        assertThat(views.cadreProgress.get("c-bad")).isNull();
    }

    @Test
    void anUnknownEventTypeIsSkippedNotDeadLettered() {
        views.sendRaw(Topics.CADRES.name(), "c-1", "{}".getBytes(StandardCharsets.UTF_8), "org.cadretraining.registry.SomethingNew.v1");
        assertThat(views.cadreDeadLetters.isEmpty()).isTrue();
        assertThat(views.cadreProgress.get("c-1")).isNull();
    }
}
