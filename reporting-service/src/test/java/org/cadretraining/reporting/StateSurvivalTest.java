package org.cadretraining.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.PlanQuota;
import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.cadretraining.reporting.views.StoreNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every view's state, in its binary encoding, survives a restart (same state directory) and a rebuild from the
 * changelogs (a new instance with an empty one), entry for entry; and what the emitter keeps per cadre survives too:
 * a transfer after the restart and a graduation after the rebuild move the figures, neither counts a cadre twice.
 */
class StateSurvivalTest {
    /** Every store the views are read from. */
    private static final List<String> VIEWS = List.of(StoreNames.CADRE_PROGRESS, StoreNames.UNIT_PROGRESS,
            StoreNames.TARGET_PROGRESS, StoreNames.CLASS_VIEWS, StoreNames.PLAN_VIEWS, StoreNames.UNIT_BREAKDOWN,
            StoreNames.UNIT_ROSTER, StoreNames.DATED_UNITS, StoreNames.DATED_TARGETS, StoreNames.DATED_CLASSES,
            StoreNames.DATED_PLANS);
    private final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafka().bootstrapServers());
    private final ReportingInstances instances = new ReportingInstances();

    @AfterEach
    void stop() {
        instances.close();
        kafka.close();
    }

    private <T> void send(EventType<T> type, String key, T payload) {
        kafka.sendCloudEvent(type.topic().name(), key, type.ceType(), null, EventCodec.toJsonText(payload));
    }

    @Test
    void everyViewSurvivesARestartAndARebuildFromTheChangelogs() {
        Path stateDir = ReportingInstances.newStateDir();
        String url = instances.start(stateDir, true);
        ApiClient admin = new ApiClient(url).withToken(ReportingInstances.PROVIDER.tokenFor(SpringTestInfrastructure.ADMINISTRATOR));

        String province = UUID.randomUUID().toString();
        String communeA = UUID.randomUUID().toString();
        String communeB = UUID.randomUUID().toString();
        send(EventTypes.UNIT_CREATED, province, Events.unit(province, "S" + province.substring(0, 5), UnitLevel.PROVINCE, null));
        send(EventTypes.UNIT_CREATED, communeA, Events.unit(communeA, "A" + communeA.substring(0, 5), UnitLevel.COMMUNE, province));
        send(EventTypes.UNIT_CREATED, communeB, Events.unit(communeB, "B" + communeB.substring(0, 5), UnitLevel.COMMUNE, province));
        // A program of its own: other test classes read the same topics and count their programs' classes.
        String program = "p-survival-" + UUID.randomUUID();
        String classId = UUID.randomUUID().toString();
        send(EventTypes.CLASS_SCHEDULED, classId, Events.classScheduled(classId, program, StudyMode.CONCENTRATED, 40,
                LocalDate.of(2026, 2, 2)));
        String planId = UUID.randomUUID().toString();
        send(EventTypes.TRAINING_PLAN_APPROVED, planId, new TrainingPlanApproved(planId, 2026, "Kế hoạch 2026",
                List.of(new PlanQuota(program, ProgramCategory.POLITICAL_THEORY, StudyMode.CONCENTRATED, 6,
                        List.of(new PlanQuota.UnitAllocation(communeA, 6)))), Instant.now()));
        ConferredLevel intermediate = new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE");
        List<String> cadres = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String cadre = UUID.randomUUID().toString();
            cadres.add(cadre);
            send(EventTypes.CADRE_REGISTERED, cadre, Events.servingSince(Events.cadre(cadre, communeA,
                    i % 2 == 0 ? Gender.FEMALE : Gender.MALE, 1980 + i, i == 0, PoliticalTheoryLevel.ELEMENTARY), LocalDate.of(2024, 1, 15)));
            send(EventTypes.CADRE_ENROLLED, cadre, Events.enrolledIn("e-" + cadre, cadre, classId, program, StudyMode.CONCENTRATED,
                    intermediate, LocalDate.of(2026, 11, 30), communeA, planId));
        }
        send(EventTypes.ENROLLMENT_WITHDRAWN, cadres.get(1), Events.withdrawn("e-" + cadres.get(1), cadres.get(1), classId));
        await().atMost(Duration.ofSeconds(90)).until(() -> admin.get("/api/v1/units/" + communeA + "/progress").status() == 200);
        String targetId = admin.post("/api/v1/targets", Map.of("name", "Cán bộ xã có trung cấp LLCT",
                "cohort", Map.of("unitId", province), "criterion", Map.of("ladder", "POLITICAL_THEORY",
                        "minimumLevel", "INTERMEDIATE", "orStudying", true), "thresholdPercent", 90, "deadline", "2027-12-31"))
                .expect(201).json().path("targetId").asText();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(admin.get("/api/v1/units/" + province + "/progress").expect(200).json().path("headcount").asInt()).isEqualTo(6);
            JsonNode target = admin.get("/api/v1/targets/" + targetId).expect(200).json();
            assertThat(target.path("cohortSize").asInt()).isEqualTo(6);
            assertThat(target.path("meeting").asInt()).isEqualTo(5);
        });
        Map<String, JsonNode> before = settled(url);
        assertThat(before.get(StoreNames.CADRE_PROGRESS).has(cadres.get(0))).isTrue();
        assertThat(before.get(StoreNames.PLAN_VIEWS).has(planId)).isTrue();
        assertThat(before.get(StoreNames.DATED_UNITS).propertyNames()).anyMatch(key -> key.startsWith(communeA + "/d/2024-01-15"));

        // A restart on the same state directory: the same entries, every one.
        instances.stop(0);
        String restarted = instances.start(stateDir, true);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(views(restarted)).isEqualTo(before));

        // What the emitter kept per cadre came back too: a transfer moves the cadre, it does not count them twice.
        ApiClient afterRestart = new ApiClient(restarted).withToken(ReportingInstances.PROVIDER.tokenFor(SpringTestInfrastructure.ADMINISTRATOR));
        send(EventTypes.CADRE_TRANSFERRED, cadres.get(2), Events.transfer(cadres.get(2), communeA, communeB));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(afterRestart.get("/api/v1/units/" + communeA + "/progress?scope=UNIT").expect(200).json().path("headcount").asInt()).isEqualTo(5);
            assertThat(afterRestart.get("/api/v1/units/" + communeB + "/progress?scope=UNIT").expect(200).json().path("headcount").asInt()).isEqualTo(1);
            assertThat(afterRestart.get("/api/v1/units/" + province + "/progress").expect(200).json().path("headcount").asInt()).isEqualTo(6);
            assertThat(afterRestart.get("/api/v1/targets/" + targetId).expect(200).json().path("cohortSize").asInt()).isEqualTo(6);
        });
        Map<String, JsonNode> moved = settled(restarted);
        assertThat(moved).isNotEqualTo(before);

        // A new instance with an empty state directory rebuilds every entry from the changelogs.
        instances.stop(0);
        String rebuilt = instances.start(ReportingInstances.newStateDir(), true);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(views(rebuilt)).isEqualTo(moved));

        // And goes on from there: a graduation (and the level the registry records for it) counts where the cadre
        // serves now, once.
        ApiClient afterRebuild = new ApiClient(rebuilt).withToken(ReportingInstances.PROVIDER.tokenFor(SpringTestInfrastructure.ADMINISTRATOR));
        send(EventTypes.COURSE_GRADUATED, cadres.get(2), Events.graduated("e-" + cadres.get(2), cadres.get(2)));
        send(EventTypes.CADRE_QUALIFICATION_RECORDED, cadres.get(2), Events.qualification(cadres.get(2), Ladder.POLITICAL_THEORY, "INTERMEDIATE"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode b = afterRebuild.get("/api/v1/units/" + communeB + "/progress?scope=UNIT").expect(200).json();
            assertThat(b.path("headcount").asInt()).isEqualTo(1);
            assertThat(b.path("politicalTheory").path("INTERMEDIATE").asInt()).isEqualTo(1);
            assertThat(afterRebuild.get("/api/v1/units/" + province + "/progress").expect(200).json().path("headcount").asInt()).isEqualTo(6);
        });
    }

    /** Every view store's entries once two reads a second apart agree (the drains and commits have caught up). */
    private static Map<String, JsonNode> settled(String instance) {
        List<Map<String, JsonNode>> last = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, JsonNode> now = views(instance);
            boolean same = !last.isEmpty() && last.get(0).equals(now);
            last.clear();
            last.add(now);
            return same;
        });
        return last.get(0);
    }

    private static Map<String, JsonNode> views(String instance) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        for (String store : VIEWS) {
            views.put(store, ReportingInstances.localStore(instance, store));
        }
        return views;
    }
}
