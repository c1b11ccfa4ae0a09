package org.cadretraining.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.events.registry.UnitClosed;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.registry.UnitMoved;
import org.cadretraining.events.registry.UnitsMerged;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.reporting.Events;
import org.cadretraining.reporting.views.CohortUnits;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.UnitProgress;
import org.cadretraining.reporting.views.UnitRegister;
import org.cadretraining.reporting.views.UnitView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dated views under TopologyTestDriver: Sóc Trăng merged into Cần Thơ on 1 July 2025, applied in August, with
 * facts of July already counted in Sóc Trăng. The merger's late, back-dated transfers retract what Sóc Trăng counted
 * from 1 July and add it to Cần Thơ; nothing is doubled or lost, and the figures before the merger stay as they were.
 */
class DatedViewsTopologyTest {
    static final LocalDate E = LocalDate.of(2025, 7, 1);
    static final LocalDate YEAR_END_2024 = LocalDate.of(2024, 12, 31);
    static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    static final LocalDate JULY_31 = LocalDate.of(2025, 7, 31);
    static final LocalDate YEAR_END_2025 = LocalDate.of(2025, 12, 31);
    static final LocalDate SERVING_SINCE = LocalDate.of(2020, 1, 15);
    static final Instant APPLIED = Instant.parse("2025-08-15T03:00:00Z");
    static final String CAN_THO = "can-tho";
    static final String SOC_TRANG = "soc-trang";
    static final String ST_WARD = "st-ward";
    static final String REORG = "reorg-202";
    private TopologyFixture views;

    @BeforeEach
    void province() {
        views = new TopologyFixture();
        unit(CAN_THO, UnitLevel.PROVINCE, UnitKind.PROVINCE, null, "92");
        unit(SOC_TRANG, UnitLevel.PROVINCE, UnitKind.PROVINCE, null, "94");
        unit(ST_WARD, UnitLevel.COMMUNE, UnitKind.WARD, SOC_TRANG, "31510");
        register("st-1", SOC_TRANG, ProfessionalLevel.UNIVERSITY);
        register("st-2", SOC_TRANG, ProfessionalLevel.MASTER);
        register("st-w", ST_WARD, ProfessionalLevel.UNIVERSITY);
        register("ct-1", CAN_THO, ProfessionalLevel.MASTER);
    }

    @AfterEach
    void close() {
        views.close();
    }

    private void unit(String id, UnitLevel level, UnitKind kind, String parent, String officialCode) {
        views.send(EventTypes.UNIT_CREATED, id, new UnitCreated(id, id.toUpperCase(), "Đơn vị " + id, level, parent,
                Instant.parse("2025-01-01T00:00:00Z"), kind, officialCode, LocalDate.of(1992, 4, 1)));
    }

    private void register(String cadreId, String unitId, ProfessionalLevel professional) {
        views.send(EventTypes.CADRE_REGISTERED, cadreId, new CadreRegistered(cadreId, unitId, "Cán bộ " + cadreId,
                LocalDate.of(1985, 3, 1), Gender.FEMALE, false, "Trưởng phòng", CivilServiceRank.PRINCIPAL_SPECIALIST,
                ManagementTier.UNIT, CadreStatus.ACTIVE,
                new QualificationLevels(professional, PoliticalTheoryLevel.INTERMEDIATE, StateManagementLevel.NONE),
                Instant.parse("2025-03-01T02:00:00Z"), List.of(), SERVING_SINCE));
    }

    /** The merger as the registry publishes it, in outbox order. */
    private void merge() {
        views.send(EventTypes.UNITS_MERGED, CAN_THO, new UnitsMerged(REORG, CAN_THO, List.of(SOC_TRANG), E));
        views.send(EventTypes.UNIT_MOVED, ST_WARD, new UnitMoved(ST_WARD, SOC_TRANG, CAN_THO, APPLIED, E, REORG));
        for (String cadre : List.of("st-1", "st-2")) {
            views.send(EventTypes.CADRE_TRANSFERRED, cadre, new CadreTransferred(cadre, SOC_TRANG, CAN_THO, E,
                    "Sáp nhập theo Nghị quyết 202/2025/QH15", REORG));
        }
        views.send(EventTypes.UNIT_CLOSED, SOC_TRANG, new UnitClosed(SOC_TRANG, E.minusDays(1), REORG, List.of(CAN_THO)));
        views.driver.advanceWallClockTime(java.time.Duration.ofSeconds(2));
    }

    private long headcount(String unitId, LocalDate day) {
        return views.unitOn(unitId, day).headcount();
    }

    /** A unit's figures on a day as the query side gives them: summed over what it is measured over, with subtrees. */
    private UnitProgress measured(String unitId, LocalDate day) {
        UnitRegister register = views.register();
        UnitProgress sum = UnitProgress.empty();
        for (UnitView unit : register.included(unitId, day, true)) {
            sum = sum.plus(views.unitOn(unit.unitId(), day));
        }
        return sum;
    }

    private long everyUnit(LocalDate day) {
        return List.of(CAN_THO, SOC_TRANG, ST_WARD).stream().mapToLong(u -> headcount(u, day)).sum();
    }

    @Test
    void theSuccessorIsTheSumOfItsPredecessorsAndTheTotalNeitherDoublesNorLoses() {
        merge();

        // Before the merger each unit as it was; after it, Sóc Trăng's cadres in Cần Thơ.
        assertThat(headcount(SOC_TRANG, JUNE_30)).isEqualTo(2);
        assertThat(headcount(CAN_THO, JUNE_30)).isEqualTo(1);
        assertThat(headcount(SOC_TRANG, E)).isZero();
        assertThat(headcount(CAN_THO, E)).isEqualTo(3);
        assertThat(headcount(ST_WARD, E)).isEqualTo(1);
        // Cần Thơ before the merger is itself and Sóc Trăng (with its ward): the same 4 as after.
        assertThat(measured(CAN_THO, YEAR_END_2024).headcount()).isEqualTo(4);
        assertThat(measured(CAN_THO, YEAR_END_2025).headcount()).isEqualTo(4);
        assertThat(measured(CAN_THO, YEAR_END_2025).professional()).containsEntry("MASTER", 2L).containsEntry("UNIVERSITY", 2L);
        // Sóc Trăng after its closure is measured over its successor.
        assertThat(views.register().measuredOver(SOC_TRANG, YEAR_END_2025)).containsExactly(CAN_THO);
        for (LocalDate day : List.of(SERVING_SINCE, YEAR_END_2024, JUNE_30, E, JULY_31, YEAR_END_2025)) {
            assertThat(everyUnit(day)).as("all units on %s", day).isEqualTo(4);
        }
        // Nobody before they began serving.
        assertThat(everyUnit(SERVING_SINCE.minusDays(1))).isZero();
        // Current figures are the figures as of today.
        LocalDate today = LocalDate.now(org.cadretraining.reporting.views.Clocks.OFFICIALS_ZONE);
        for (String unit : List.of(CAN_THO, SOC_TRANG, ST_WARD)) {
            UnitProgress live = views.unitProgress.get(unit);
            assertThat(views.unitOn(unit, today)).isEqualTo(live == null ? UnitProgress.empty() : live.plus(UnitProgress.empty()));
        }
    }

    @Test
    void aMergerAppliedLateRetractsWhatThePredecessorCountedAfterItsEffectiveDate() {
        // 20 July: st-1 earns a master's degree; recorded before the merger is applied, so counted in Sóc Trăng.
        views.send(EventTypes.CADRE_QUALIFICATION_RECORDED, "st-1", new CadreQualificationRecorded("st-1", "q-1",
                Ladder.PROFESSIONAL, "MASTER", "MASTER", QualificationSource.MANUAL, null, null, 2025, null, null,
                Instant.parse("2025-07-25T02:00:00Z"), LocalDate.of(2025, 7, 20)));
        assertThat(views.unitOn(SOC_TRANG, JULY_31).professional()).containsEntry("MASTER", 2L);
        assertThat(views.unitOn(SOC_TRANG, JUNE_30).professional()).containsEntry("MASTER", 1L).containsEntry("UNIVERSITY", 1L);

        merge();

        // From 1 July Sóc Trăng holds nobody: what it counted on 20 July was retracted, and is counted in Cần Thơ.
        assertThat(views.unitOn(SOC_TRANG, JULY_31)).isEqualTo(UnitProgress.empty());
        assertThat(views.unitOn(CAN_THO, LocalDate.of(2025, 7, 19)).professional()).containsEntry("MASTER", 2L).containsEntry("UNIVERSITY", 1L);
        assertThat(views.unitOn(CAN_THO, JULY_31).professional()).containsEntry("MASTER", 3L).doesNotContainKey("UNIVERSITY");
        // The day buckets show the retraction: Sóc Trăng lost its two on 1 July, and its 20 July change cancelled out.
        assertThat(views.datedUnits.get(SOC_TRANG + "/d/2025-07-01").headcount()).isEqualTo(-2);
        assertThat(views.datedUnits.get(SOC_TRANG + "/d/2025-07-20")).isIn(null, UnitProgress.empty());
        // Before the merger nothing moved.
        assertThat(views.unitOn(SOC_TRANG, JUNE_30).professional()).containsEntry("MASTER", 1L).containsEntry("UNIVERSITY", 1L);
        for (LocalDate day : List.of(YEAR_END_2024, JUNE_30, E, JULY_31, YEAR_END_2025)) {
            assertThat(everyUnit(day)).as("all units on %s", day).isEqualTo(4);
        }
    }

    /** Điện Biên's district tier abolished on 1 July 2025: its communes under the province, its own cadres too. */
    @Test
    void anAbolishedDistrictLeavesTheProvinceTotalAsItWas() {
        unit("dien-bien", UnitLevel.PROVINCE, UnitKind.PROVINCE, null, "11");
        unit("muong-nhe", UnitLevel.DISTRICT, UnitKind.DISTRICT, "dien-bien", null);
        unit("xa-1", UnitLevel.COMMUNE, UnitKind.COMMUNE, "muong-nhe", "03160");
        register("d-organ", "muong-nhe", ProfessionalLevel.UNIVERSITY);
        register("d-xa", "xa-1", ProfessionalLevel.UNIVERSITY);
        register("d-tinh", "dien-bien", ProfessionalLevel.MASTER);
        views.send(EventTypes.UNIT_MOVED, "xa-1", new UnitMoved("xa-1", "muong-nhe", "dien-bien", APPLIED, E, "abolish"));
        views.send(EventTypes.CADRE_TRANSFERRED, "d-organ", new CadreTransferred("d-organ", "muong-nhe", "dien-bien", E,
                "Kết thúc hoạt động cấp huyện", "abolish"));
        views.send(EventTypes.UNIT_CLOSED, "muong-nhe", new UnitClosed("muong-nhe", E.minusDays(1), "abolish", List.of("xa-1")));

        assertThat(measured("dien-bien", YEAR_END_2024).headcount()).isEqualTo(3);
        assertThat(measured("dien-bien", YEAR_END_2025).headcount()).isEqualTo(3);
        assertThat(measured("dien-bien", YEAR_END_2024).professional()).isEqualTo(measured("dien-bien", YEAR_END_2025).professional());
        assertThat(measured("muong-nhe", YEAR_END_2024).headcount()).isEqualTo(2);
        // After its closure the district is measured over its former children.
        assertThat(measured("muong-nhe", YEAR_END_2025).headcount()).isEqualTo(1);
        assertThat(views.register().treeOn(YEAR_END_2025).unit("xa-1").orElseThrow().parentUnitId()).isEqualTo("dien-bien");
        assertThat(views.register().treeOn(YEAR_END_2024).unit("xa-1").orElseThrow().parentUnitId()).isEqualTo("muong-nhe");
    }

    /** A split by mapping: each cadre to the part the mapping names; the whole is the sum of its parts. */
    @Test
    void aSplitUnitIsTheSumOfItsPartsAfterwards() {
        unit("whole", UnitLevel.COMMUNE, UnitKind.COMMUNE, CAN_THO, "31001");
        views.send(EventTypes.UNIT_CREATED, "north", new UnitCreated("north", "N", "Phường Bắc", UnitLevel.COMMUNE, CAN_THO,
                APPLIED, UnitKind.WARD, "31002", E));
        views.send(EventTypes.UNIT_CREATED, "south", new UnitCreated("south", "S", "Xã Nam", UnitLevel.COMMUNE, CAN_THO,
                APPLIED, UnitKind.COMMUNE, "31003", E));
        register("w-1", "whole", ProfessionalLevel.UNIVERSITY);
        register("w-2", "whole", ProfessionalLevel.MASTER);
        register("w-3", "whole", ProfessionalLevel.MASTER);
        views.send(EventTypes.UNIT_SPLIT, "whole", new org.cadretraining.events.registry.UnitSplit("split-1", "whole",
                List.of("north", "south"), E));
        views.send(EventTypes.CADRE_TRANSFERRED, "w-1", new CadreTransferred("w-1", "whole", "north", E, "Chia tách", "split-1"));
        views.send(EventTypes.CADRE_TRANSFERRED, "w-2", new CadreTransferred("w-2", "whole", "south", E, "Chia tách", "split-1"));
        views.send(EventTypes.CADRE_TRANSFERRED, "w-3", new CadreTransferred("w-3", "whole", "south", E, "Chia tách", "split-1"));
        views.send(EventTypes.UNIT_CLOSED, "whole", new UnitClosed("whole", E.minusDays(1), "split-1", List.of("north", "south")));

        assertThat(measured("whole", JUNE_30).headcount()).isEqualTo(3);
        assertThat(measured("whole", YEAR_END_2025).headcount()).isEqualTo(3);
        assertThat(measured("north", YEAR_END_2025).headcount()).isEqualTo(1);
        assertThat(measured("south", YEAR_END_2025).professional()).containsEntry("MASTER", 2L);
        // A part did not exist before the split: nothing to measure.
        assertThat(measured("north", JUNE_30)).isEqualTo(UnitProgress.empty());
        assertThat(measured(CAN_THO, JUNE_30).headcount()).isEqualTo(measured(CAN_THO, YEAR_END_2025).headcount());
    }

    @Test
    void factsArriveInNoEffectiveDateOrder() {
        // A transfer of 2023 loaded after the cadre's 2025 degree, and a registration seen last.
        views.send(EventTypes.CADRE_QUALIFICATION_RECORDED, "late", new CadreQualificationRecorded("late", "q-9",
                Ladder.PROFESSIONAL, "MASTER", "MASTER", QualificationSource.MANUAL, null, null, 2025, null, null,
                APPLIED, LocalDate.of(2025, 2, 1)));
        views.send(EventTypes.CADRE_TRANSFERRED, "late", new CadreTransferred("late", ST_WARD, CAN_THO,
                LocalDate.of(2023, 6, 1), "Điều động", null));
        register("late", ST_WARD, ProfessionalLevel.UNIVERSITY);

        assertThat(headcount(ST_WARD, LocalDate.of(2023, 5, 31))).isEqualTo(2);
        assertThat(headcount(ST_WARD, LocalDate.of(2023, 6, 1))).isEqualTo(1);
        assertThat(views.unitOn(CAN_THO, YEAR_END_2024).professional()).containsEntry("MASTER", 1L).containsEntry("UNIVERSITY", 1L);
        assertThat(views.unitOn(CAN_THO, LocalDate.of(2025, 2, 1)).professional()).containsEntry("MASTER", 2L);
        // The same event again changes nothing.
        views.send(EventTypes.CADRE_TRANSFERRED, "late", new CadreTransferred("late", ST_WARD, CAN_THO,
                LocalDate.of(2023, 6, 1), "Điều động", null));
        assertThat(views.unitOn(CAN_THO, YEAR_END_2024).headcount()).isEqualTo(2);
    }

    @Test
    void aTargetOfTheMergedProvinceIsMeasuredInItsSuccessorAfterTheMerger() {
        // Sóc Trăng's Project 02-ĐA/TU: its cadres with a postgraduate degree.
        Target target = new Target("t-st", "Cán bộ tỉnh Sóc Trăng có trình độ sau đại học",
                new Target.Cohort(null, null, null, SOC_TRANG, null), new Target.Criterion(Ladder.PROFESSIONAL, "MASTER", false),
                50.0, LocalDate.of(2025, 12, 31), Instant.parse("2021-05-01T00:00:00Z"));
        views.define(target);
        merge();

        TargetTally before = cohortTally(target, JUNE_30);
        assertThat(before.cohortSize()).isEqualTo(3); // Sóc Trăng and its ward
        assertThat(before.meeting()).isEqualTo(1);
        TargetTally after = cohortTally(target, YEAR_END_2025);
        assertThat(after.cohortSize()).isEqualTo(4); // inside Cần Thơ, with the ward
        assertThat(after.meeting()).isEqualTo(2);
        // The live figures follow the successor too.
        assertThat(views.targetProgress.get("t-st").cohortSize()).isEqualTo(4);
    }

    /** A target's tally on a day as the query side sums it: the cohort's units of that day. */
    private TargetTally cohortTally(Target target, LocalDate day) {
        UnitRegister register = views.register();
        Collection<String> units = CohortUnits.on(target.cohort(), register, day).orElse(Set.of());
        TargetTally sum = TargetTally.ZERO;
        for (String unit : units) {
            sum = sum.sum(views.targetOn(unit, target.targetId(), day));
        }
        return sum;
    }

    @Test
    void classSeatsAndPlanSendingAreDatedToo() {
        views.send(EventTypes.CLASS_SCHEDULED, "k-1", Events.classScheduled("k-1", "p-1", StudyMode.CONCENTRATED, 50, LocalDate.of(2025, 3, 1)));
        ConferredLevel intermediate = new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE");
        views.send(EventTypes.CADRE_ENROLLED, "st-1", new org.cadretraining.events.enrollment.CadreEnrolled("e-1", "st-1", "k-1",
                "p-1", org.cadretraining.events.vocabulary.ProgramCategory.POLITICAL_THEORY, StudyMode.CONCENTRATED,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 1), intermediate, Instant.parse("2025-02-20T02:00:00Z"),
                SOC_TRANG, null, "plan-2025", null));
        views.send(EventTypes.ENROLLMENT_WITHDRAWN, "st-1", new org.cadretraining.events.enrollment.EnrollmentWithdrawn(
                "e-1", "st-1", "k-1", LocalDate.of(2025, 5, 10), "Chuyển công tác"));

        assertThat(views.classOn("k-1", LocalDate.of(2025, 2, 19))).isEmpty();
        assertThat(views.classOn("k-1", LocalDate.of(2025, 4, 1)).get(SOC_TRANG).students()).isEqualTo(1);
        assertThat(views.classOn("k-1", LocalDate.of(2025, 6, 1)).get(SOC_TRANG).withdrawn()).isEqualTo(1);
        assertThat(views.classOn("k-1", LocalDate.of(2025, 6, 1)).get(SOC_TRANG).students()).isZero();
        assertThat(views.planOn("plan-2025", LocalDate.of(2025, 4, 1))).containsEntry("p-1|CONCENTRATED|" + SOC_TRANG, 1L);
        assertThat(views.planOn("plan-2025", LocalDate.of(2025, 6, 1))).isEmpty();
    }
}
