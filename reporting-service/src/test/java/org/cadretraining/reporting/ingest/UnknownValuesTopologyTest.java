package org.cadretraining.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.CourseFailed;
import org.cadretraining.events.enrollment.NominationApproved;
import org.cadretraining.events.enrollment.NominationRejected;
import org.cadretraining.events.enrollment.PlanQuota;
import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.enrollment.TrainingPlanRevised;
import org.cadretraining.events.registry.CadreDeparted;
import org.cadretraining.events.registry.CadreProfileUpdated;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.UnitClassified;
import org.cadretraining.events.registry.UnitCreated;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.CourseOutcome;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.NominationStage;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.reporting.Events;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value added to an enumeration is an additive change of the contract, so reporting must take every event with a
 * value newer than itself: for each enumerated field of each event reporting reads (found from the published
 * schemas, so a new field is covered without touching this test), a province's events are replayed with that one
 * value replaced by one no version has, and nothing may go to a dead-letter topic or stop the stream.
 */
class UnknownValuesTopologyTest {
    private static final String LATER_VALUE = "A_VALUE_OF_A_LATER_VERSION";
    private static final String PROVINCE = "u-province";
    private static final String DISTRICT = "u-district";
    private static final String COMMUNE = "u-commune";

    record Step(EventType<?> type, String key, Object payload) {
        byte[] json() {
            return EventCodec.toPublishedText(payload).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A province's life in events, touching every enumerated field reporting reads. */
    private static List<Step> province() {
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        List<PlanQuota> quotas = List.of(new PlanQuota("program-1", ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE,
                10, List.of(new PlanQuota.UnitAllocation(COMMUNE, 4))));
        CadreRegistered member = Events.member("c-1", COMMUNE, org.cadretraining.events.vocabulary.ProfessionalLevel.MASTER,
                Committee.PROVINCIAL_EXECUTIVE);
        return List.of(
                new Step(EventTypes.UNIT_CREATED, PROVINCE, new UnitCreated(PROVINCE, "DB", "Tỉnh Điện Biên",
                        UnitLevel.PROVINCE, null, now, UnitKind.PROVINCE, "11", null)),
                new Step(EventTypes.UNIT_CREATED, DISTRICT, Events.unit(DISTRICT, "DB-MN", UnitLevel.DISTRICT, PROVINCE)),
                new Step(EventTypes.UNIT_CREATED, COMMUNE, Events.unit(COMMUNE, "DB-MN-X1", UnitLevel.COMMUNE, DISTRICT)),
                new Step(EventTypes.UNIT_CLASSIFIED, COMMUNE, new UnitClassified(COMMUNE, UnitKind.COMMUNE, "03160", now)),
                new Step(EventTypes.CLASS_SCHEDULED, "class-1", Events.classScheduled("class-1", "program-1",
                        StudyMode.IN_SERVICE, 30, LocalDate.of(2026, 3, 1))),
                new Step(EventTypes.TRAINING_PLAN_APPROVED, "plan-1", new TrainingPlanApproved("plan-1", 2026, "Kế hoạch 2026",
                        quotas, now, PROVINCE)),
                new Step(EventTypes.CADRE_REGISTERED, "c-1", member),
                new Step(EventTypes.CADRE_PROFILE_UPDATED, "c-1", new CadreProfileUpdated("c-1", member.fullName(),
                        member.birthDate(), Gender.FEMALE, false, "Phó Giám đốc Sở", CivilServiceRank.SENIOR_SPECIALIST,
                        ManagementTier.PROVINCIAL_STANDING_COMMITTEE,
                        List.of(new CommitteeMembership(Committee.PROVINCIAL_EXECUTIVE, 2025, 2030)), now)),
                new Step(EventTypes.CADRE_REGISTERED, "c-2", Events.cadre("c-2", COMMUNE, Gender.MALE, 1988, true,
                        PoliticalTheoryLevel.ELEMENTARY)),
                new Step(EventTypes.NOMINATION_APPROVED, "c-2", new NominationApproved("n-1", "c-2", "class-1",
                        NominationStage.PROVINCE, now)),
                new Step(EventTypes.NOMINATION_REJECTED, "c-1", new NominationRejected("n-2", "c-1", "class-1",
                        NominationStage.UNIT, "Đã có bằng", now)),
                new Step(EventTypes.CADRE_ENROLLED, "c-2", new CadreEnrolled("e-2", "c-2", "class-1", "program-1",
                        ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE, LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 12, 1), new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"), now,
                        COMMUNE, "n-1", "plan-1", FundingSource.STATE_BUDGET)),
                new Step(EventTypes.CADRE_ENROLLED, "c-1", Events.enrolled("e-1", "c-1", ProgramCategory.STATE_MANAGEMENT,
                        StudyMode.CONCENTRATED)),
                new Step(EventTypes.COURSE_GRADUATED, "c-2", Events.graduated("e-2", "c-2")),
                new Step(EventTypes.CADRE_QUALIFICATION_RECORDED, "c-2", Events.qualification("c-2", Ladder.POLITICAL_THEORY,
                        "INTERMEDIATE")),
                new Step(EventTypes.COURSE_FAILED, "c-1", new CourseFailed("e-1", "c-1", "class-1", CourseOutcome.DROPPED_OUT,
                        LocalDate.of(2026, 6, 1))),
                new Step(EventTypes.TRAINING_PLAN_REVISED, "plan-1", new TrainingPlanRevised("plan-1", quotas, "Bổ sung",
                        null, LocalDate.of(2026, 6, 1), now)),
                new Step(EventTypes.CADRE_DEPARTED, "c-1", new CadreDeparted("c-1", CadreStatus.RETIRED,
                        LocalDate.of(2026, 7, 1), "Nghỉ hưu")));
    }

    @TestFactory
    Stream<DynamicTest> everyEnumeratedFieldTakesAValueOfALaterVersion() {
        List<Step> steps = province();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            for (String pointer : enumeratedFields(step.type(), EventCodec.mapper().readTree(step.json()))) {
                int at = i;
                tests.add(DynamicTest.dynamicTest(step.type().name() + pointer, () -> {
                    try (TopologyFixture views = new TopologyFixture()) {
                        replay(views, steps, at, pointer, LATER_VALUE);
                        assertThat(views.deadLetters()).as("dead letters").isEmpty();
                        assertThat(views.unitProgress.get(COMMUNE)).as("the commune's progress").isNotNull();
                    }
                }));
            }
        }
        // Units, cadres, training, results, plans and departures: the walk must have found their fields.
        assertThat(tests).hasSizeGreaterThanOrEqualTo(25);
        return tests.stream();
    }

    @Test
    void theReplayWouldShowARefusal() {
        // The control: a malformed value (not a newer enumerated one) still goes to the dead-letter topic, so the
        // silence above is the views taking the newer values, not a replay that cannot see refusals.
        List<Step> steps = province();
        int graduation = indexOf(steps, EventTypes.COURSE_GRADUATED);
        try (TopologyFixture views = new TopologyFixture()) {
            replay(views, steps, graduation, "/graduatedOn", "not a date");
            assertThat(views.deadLetters()).containsOnlyKeys("enrollment.enrollments.reporting-service.dlq");
        }
    }

    @Test
    void aGenderOfALaterVersionCountsInTheHeadcountAndInNeitherGender() {
        List<Step> steps = province();
        try (TopologyFixture views = new TopologyFixture()) {
            replay(views, steps.subList(0, indexOf(steps, EventTypes.CADRE_PROFILE_UPDATED)),
                    indexOf(steps, EventTypes.CADRE_REGISTERED), "/gender", LATER_VALUE);
            assertThat(views.unitProgress.get(COMMUNE).headcount()).isEqualTo(1);
            assertThat(views.unitProgress.get(COMMUNE).women()).isZero();
        }
    }

    @Test
    void aLevelOfALaterVersionCountsAsNone() {
        List<Step> steps = province();
        try (TopologyFixture views = new TopologyFixture()) {
            replay(views, steps.subList(0, indexOf(steps, EventTypes.CADRE_PROFILE_UPDATED)),
                    indexOf(steps, EventTypes.CADRE_REGISTERED), "/levels/politicalTheory", LATER_VALUE);
            assertThat(views.unitProgress.get(COMMUNE).politicalTheory()).containsEntry("NONE", 1L)
                    .doesNotContainKey(LATER_VALUE);
        }
    }

    private static void replay(TopologyFixture views, List<Step> steps, int changed, String pointer, String value) {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            byte[] json = step.json();
            if (i == changed) {
                JsonNode tree = EventCodec.mapper().readTree(json);
                String field = pointer.substring(pointer.lastIndexOf('/') + 1);
                ((ObjectNode) tree.at(pointer.substring(0, pointer.lastIndexOf('/')))).put(field, value);
                json = EventCodec.mapper().writeValueAsBytes(tree);
            }
            views.sendJson(step.type(), step.key(), json);
        }
    }

    private static int indexOf(List<Step> steps, EventType<?> type) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).type().equals(type)) {
                return i;
            }
        }
        throw new IllegalArgumentException(type.ceType());
    }

    /** The JSON pointers, in this payload, of the fields its published schema types as an enumeration. */
    static List<String> enumeratedFields(EventType<?> type, JsonNode payload) {
        List<String> pointers = new ArrayList<>();
        walk(schema(type), payload, "", pointers);
        return pointers;
    }

    private static void walk(JsonNode schema, JsonNode value, String pointer, List<String> pointers) {
        if (schema.has("enum") && value.isString()) {
            pointers.add(pointer);
        }
        if (value.isObject() && schema.has("properties")) {
            for (var property : schema.get("properties").properties()) {
                if (value.has(property.getKey())) {
                    walk(property.getValue(), value.get(property.getKey()), pointer + "/" + property.getKey(), pointers);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(schema.get("items"), value.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    private static JsonNode schema(EventType<?> type) {
        try (InputStream in = UnknownValuesTopologyTest.class.getResourceAsStream("/schemas/" + type.ceType() + ".json")) {
            assertThat(in).as("published schema of " + type.ceType()).isNotNull();
            return EventCodec.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
