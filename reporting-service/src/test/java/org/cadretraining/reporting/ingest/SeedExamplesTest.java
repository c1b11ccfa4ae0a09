package org.cadretraining.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.PlanQuota;
import org.cadretraining.events.enrollment.CourseFailed;
import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.CourseOutcome;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.reporting.Events;
import org.cadretraining.reporting.views.ClassStatistics;
import org.cadretraining.reporting.views.ClassView;
import org.cadretraining.reporting.views.PlanFulfilment;
import org.cadretraining.reporting.views.UnitProgress;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.TargetProgress;
import org.cadretraining.reporting.views.TargetTally;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The figures of the seed articles (shared/seeds), reproduced from events built for them. */
class SeedExamplesTest {
    private static final String PROVINCE = "province";
    private TopologyFixture views;
    private int cadres;

    @BeforeEach
    void province() {
        views = new TopologyFixture();
        views.send(EventTypes.UNIT_CREATED, PROVINCE, Events.unit(PROVINCE, "P", UnitLevel.PROVINCE, null));
    }

    @AfterEach
    void close() {
        views.close();
    }

    private String newCadre(String unitId) {
        String id = "c-" + (++cadres);
        views.send(EventTypes.CADRE_REGISTERED, id, Events.cadre(id, unitId, cadres % 3 == 0 ? Gender.FEMALE : Gender.MALE,
                1985, cadres % 2 == 0, PoliticalTheoryLevel.ELEMENTARY));
        return id;
    }

    private void fillClass(String classId, StudyMode mode, int students, String planId, String unitId) {
        for (int i = 0; i < students; i++) {
            String cadre = newCadre(unitId);
            views.send(EventTypes.CADRE_ENROLLED, cadre, Events.enrolledIn("e-" + cadre, cadre, classId, "p-" + classId.charAt(0),
                    mode, new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"), LocalDate.of(2022, 6, 30), unitId, planId));
        }
    }

    private List<ClassView> classes() {
        List<ClassView> all = new ArrayList<>();
        try (var iterator = views.classViews.all()) {
            iterator.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }

    /** Điện Biên: 22 intermediate classes, 47.0 students a class concentrated and 70.8 in-service. */
    @Test
    void dienBienIntermediateClassesAverage47ConcentratedAnd70Point8InService() {
        LocalDate start = LocalDate.of(2021, 9, 6);
        int[] concentrated = {47, 48, 46, 47, 47, 48, 46, 47, 47, 47, 47, 47};          // 12 classes, 564 students
        int[] inService = {71, 70, 72, 69, 71, 70, 72, 70, 71, 72};                   // 10 classes, 708 students
        for (int i = 0; i < concentrated.length; i++) {
            views.send(EventTypes.CLASS_SCHEDULED, "a" + i, Events.classScheduled("a" + i, "p-a", StudyMode.CONCENTRATED, 50, start));
            fillClass("a" + i, StudyMode.CONCENTRATED, concentrated[i], null, PROVINCE);
        }
        for (int i = 0; i < inService.length; i++) {
            views.send(EventTypes.CLASS_SCHEDULED, "b" + i, Events.classScheduled("b" + i, "p-b", StudyMode.IN_SERVICE, 80, start));
            fillClass("b" + i, StudyMode.IN_SERVICE, inService[i], null, PROVINCE);
        }
        ClassStatistics statistics = ClassStatistics.of(2021, null, null, classes());
        assertThat(statistics.classes()).isEqualTo(22);
        assertThat(statistics.byMode().get(StudyMode.CONCENTRATED).averagePerClass()).isEqualTo(47.0);
        assertThat(statistics.byMode().get(StudyMode.IN_SERVICE).averagePerClass()).isEqualTo(70.8);
        assertThat(statistics.byMode().get(StudyMode.CONCENTRATED).fillRate()).isEqualTo(0.94);
        // 708 in-service for 564 concentrated: 1.26 in-service per concentrated, inside the 1 : 1.2 rule.
        assertThat(statistics.concentratedToInServiceRatio()).isEqualTo(1.26);
    }

    /** Hòa Bình: four classes (cohorts 12–15) with 240 students in 2019. */
    @Test
    void hoaBinhOpenedFourClassesWith240StudentsIn2019() {
        for (int cohort = 12; cohort <= 15; cohort++) {
            views.send(EventTypes.CLASS_SCHEDULED, "h" + cohort, Events.classScheduled("h" + cohort, "p-h", StudyMode.IN_SERVICE, 70,
                    LocalDate.of(2019, 3, 4)));
            fillClass("h" + cohort, StudyMode.IN_SERVICE, 60, null, PROVINCE);
        }
        ClassStatistics statistics = ClassStatistics.of(2019, null, null, classes());
        assertThat(statistics.classes()).isEqualTo(4);
        assertThat(statistics.students()).isEqualTo(240);
        assertThat(ClassStatistics.of(2020, null, null, classes().stream().filter(c -> c.startDate().getYear() == 2020).toList())
                .classes()).isZero();
    }

    /** Điện Biên: 101 cadres sent to advanced concentrated classes in 2021–2022, "100 % of the plan". */
    @Test
    void dienBienSent101CadresTo100PercentOfThePlan() {
        views.send(EventTypes.UNIT_CREATED, "d1", Events.unit("d1", "D1", UnitLevel.DISTRICT, PROVINCE));
        views.send(EventTypes.UNIT_CREATED, "d2", Events.unit("d2", "D2", UnitLevel.DISTRICT, PROVINCE));
        views.send(EventTypes.TRAINING_PLAN_APPROVED, "plan-2021", new TrainingPlanApproved("plan-2021", 2021,
                "Kế hoạch đào tạo cao cấp LLCT 2021–2022", List.of(new PlanQuota("p-x", ProgramCategory.POLITICAL_THEORY,
                StudyMode.CONCENTRATED, 101, List.of(new PlanQuota.UnitAllocation("d1", 60), new PlanQuota.UnitAllocation("d2", 41)))),
                Instant.now()));
        views.send(EventTypes.CLASS_SCHEDULED, "x1", Events.classScheduled("x1", "p-x", StudyMode.CONCENTRATED, 120, LocalDate.of(2021, 10, 4)));
        fillClass("x1", StudyMode.CONCENTRATED, 60, "plan-2021", "d1");
        fillClass("x1", StudyMode.CONCENTRATED, 41, "plan-2021", "d2");

        PlanFulfilment fulfilment = PlanFulfilment.of(views.planViews.get("plan-2021"), id -> id.toUpperCase());
        assertThat(fulfilment.sent()).isEqualTo(101);
        assertThat(fulfilment.percent()).isEqualTo(100.0);
        assertThat(fulfilment.quotas().get(0).units()).extracting(PlanFulfilment.UnitFulfilment::sent).containsExactly(60L, 41L);

        // A cadre of d1 drops out during the course: sent all the same. One withdrawn before it: not sent.
        String first = firstEnrolledOf("d1");
        views.send(EventTypes.COURSE_FAILED, first, new CourseFailed("e-" + first, first, "x1", CourseOutcome.DROPPED_OUT,
                LocalDate.of(2022, 1, 15)));
        PlanFulfilment afterDropOut = PlanFulfilment.of(views.planViews.get("plan-2021"), id -> id.toUpperCase());
        assertThat(afterDropOut.sent()).as("a drop-out was sent").isEqualTo(101);
        assertThat(views.classViews.get("x1").students()).as("and was a student of the class").isEqualTo(101);
        String second = firstEnrolledOf("d2");
        views.send(EventTypes.ENROLLMENT_WITHDRAWN, second, Events.withdrawn("e-" + second, second, "x1"));
        assertThat(PlanFulfilment.of(views.planViews.get("plan-2021"), id -> id.toUpperCase()).sent())
                .as("a withdrawal gives the seat back").isEqualTo(100);
    }

    private String firstEnrolledOf(String unitId) {
        try (var all = views.cadreProgress.all()) {
            while (all.hasNext()) {
                var cadre = all.next().value;
                if (unitId.equals(cadre.unitId()) && !cadre.enrollments().isEmpty()
                        && cadre.enrollments().values().iterator().next().active()) {
                    return cadre.cadreId();
                }
            }
        }
        throw new AssertionError("no cadre of " + unitId + " in a class");
    }

    /** Sóc Trăng 2025: 70 % of provincial executive committee members hold a postgraduate degree or study for one. */
    @Test
    void socTrangTargetForProvincialExecutiveCommitteeMembers() {
        for (int i = 0; i < 50; i++) {
            String id = "m-" + i;
            ProfessionalLevel level = i < 30 ? ProfessionalLevel.MASTER : i < 32 ? ProfessionalLevel.DOCTORATE : ProfessionalLevel.UNIVERSITY;
            views.send(EventTypes.CADRE_REGISTERED, id, Events.member(id, PROVINCE, level, Committee.PROVINCIAL_EXECUTIVE));
            if (i >= 32 && i < 36) {
                views.send(EventTypes.CADRE_ENROLLED, id, Events.enrolledIn("e-" + id, id, "ms", "p-ms", StudyMode.IN_SERVICE,
                        new ConferredLevel(Ladder.PROFESSIONAL, "MASTER"), LocalDate.of(2025, 6, 30), PROVINCE, null));
            }
        }
        newCadre(PROVINCE); // not on the committee: outside the cohort
        Target target = new Target("soc-trang", "70% Ủy viên BCH Đảng bộ tỉnh có trình độ sau đại học",
                new Target.Cohort(null, List.of(Committee.PROVINCIAL_EXECUTIVE), null, null, null),
                new Target.Criterion(Ladder.PROFESSIONAL, "MASTER", true), 70.0, LocalDate.of(2025, 12, 31), Instant.now());
        views.define(target);

        // Asked in mid-2025, before the deadline: on track.
        TargetProgress progress = TargetProgress.of(target, views.targetProgress.get("soc-trang"), LocalDate.of(2025, 6, 1));
        assertThat(progress.cohortSize()).isEqualTo(50);
        assertThat(progress.meeting()).isEqualTo(36);
        assertThat(progress.percent()).isEqualTo(72.0);
        assertThat(progress.gap()).isZero();
        assertThat(progress.expectedByDeadline()).isEqualTo(36);
        assertThat(progress.onTrack()).isTrue();
        assertThat(progress.status()).isEqualTo(TargetProgress.Status.ON_TRACK);
        // Asked now: the deadline has passed and the province met it (the target was set now, so on today's figures).
        TargetProgress now = TargetProgress.of(target, views.targetProgress.get("soc-trang"), LocalDate.of(2026, 11, 29));
        assertThat(now.status()).isEqualTo(TargetProgress.Status.MET);
        assertThat(now.asOf()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    /**
     * The same target set in 2024 and judged in 2026: the degrees earned after its deadline do not count for it. Changes
     * are made on the days their events say; the first one after the deadline keeps the figures of the deadline.
     */
    @Test
    void aTargetIsJudgedOnTheFiguresOfItsDeadlineNotOnLaterDegrees() {
        Instant spring2025 = Instant.parse("2025-04-01T03:00:00Z");
        for (int i = 0; i < 10; i++) {
            String id = "bch-" + i;
            views.sendAt(EventTypes.CADRE_REGISTERED, id, Events.member(id, PROVINCE,
                    i < 6 ? ProfessionalLevel.UNIVERSITY : ProfessionalLevel.MASTER, Committee.PROVINCIAL_EXECUTIVE), spring2025);
        }
        Target target = new Target("by-2025", "70% Ủy viên BCH có trình độ sau đại học",
                new Target.Cohort(null, List.of(Committee.PROVINCIAL_EXECUTIVE), null, null, null),
                new Target.Criterion(Ladder.PROFESSIONAL, "MASTER", false), 70.0, LocalDate.of(2025, 12, 31),
                Instant.parse("2024-06-01T03:00:00Z"));
        views.define(target);
        // Three more masters, all in 2026: the province has 7 of 10 now, but had 4 of 10 at the deadline.
        for (int i = 0; i < 3; i++) {
            views.sendAt(EventTypes.CADRE_QUALIFICATION_RECORDED, "bch-" + i,
                    Events.qualification("bch-" + i, Ladder.PROFESSIONAL, "MASTER"), Instant.parse("2026-02-0" + (i + 1) + "T03:00:00Z"));
        }
        TargetTally tally = views.targetProgress.get("by-2025");
        assertThat(tally.meeting()).as("now").isEqualTo(7);
        TargetProgress judged = TargetProgress.of(target, tally, LocalDate.of(2026, 11, 29));
        assertThat(judged.meeting()).isEqualTo(4);
        assertThat(judged.percent()).isEqualTo(40.0);
        assertThat(judged.status()).isEqualTo(TargetProgress.Status.MISSED);
        assertThat(judged.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    /** Long An's Department of Science and Technology: 80 cadres, 51 with university degrees and 8 postgraduates. */
    @Test
    void longAnScienceDepartmentHas80Cadres51GraduatesAnd8Postgraduates() {
        views.send(EventTypes.UNIT_CREATED, "skhcn", Events.unit("skhcn", "LA-SKHCN", UnitLevel.DISTRICT, PROVINCE));
        for (int i = 0; i < 80; i++) {
            ProfessionalLevel level = i < 51 ? ProfessionalLevel.UNIVERSITY : i < 58 ? ProfessionalLevel.MASTER
                    : i < 59 ? ProfessionalLevel.DOCTORATE : ProfessionalLevel.COLLEGE;
            views.send(EventTypes.CADRE_REGISTERED, "s-" + i, Events.member("s-" + i, "skhcn", level, null));
        }
        UnitProgress unit = views.unitProgress.get("skhcn");
        assertThat(unit.headcount()).isEqualTo(80);
        assertThat(unit.professional().get("UNIVERSITY")).isEqualTo(51);
        assertThat(unit.professional().get("MASTER") + unit.professional().get("DOCTORATE")).isEqualTo(8);
    }
}
