package org.cadretraining.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.DatabaseCoordinates;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;

/**
 * Reporting scales out on its own: instances share the work by partition, each answers every query (forwarding
 * keyed reads, gathering rollups), one takes over when another stops, and a new one rebuilds from the changelogs.
 */
class ScaleOutTest {
    private static final int CADRES = 120;
    private final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafka().bootstrapServers());
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private static final String INTERNAL_TOKEN = "scale-out-" + UUID.randomUUID();
    private final String applicationSuffix = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void stop() {
        running.forEach(ConfigurableApplicationContext::close);
        kafka.close();
    }

    /** An instance of the reporting service, as a separate deployment would run it: own port, own state directory. */
    private ApiClient instance() {
        int port = TestSocketUtils.findAvailableTcpPort();
        DatabaseCoordinates db = Infrastructure.database("reporting_scale");
        String brokers = Infrastructure.kafka().bootstrapServers();
        Path state = Path.of(System.getProperty("java.io.tmpdir"), "scale-" + UUID.randomUUID());
        running.add(ReportingApplication.builder().run(
                "--server.port=" + port,
                "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + brokers,
                "--spring.cloud.stream.kafka.streams.binder.brokers=" + brokers,
                // A fresh application per test run, shared by its instances: they split its partitions.
                "--spring.cloud.stream.kafka.streams.binder.functions.progress.application-id=reporting-progress-" + applicationSuffix,
                "--spring.cloud.stream.kafka.streams.binder.functions.referenceData.application-id=reporting-reference-" + applicationSuffix,
                "--REPORTING_STATE_DIR=" + state,
                "--reporting.internal.token=" + INTERNAL_TOKEN,
                "--spring.main.banner-mode=off"));
        return ApiClient.localhost(port);
    }

    private <T> void send(EventType<T> type, String key, T payload) {
        kafka.sendCloudEvent(type.topic().name(), key, type.ceType(), null, EventCodec.toJsonText(payload));
    }

    @Test
    void twoInstancesAnswerAlikeOneTakesOverAndANewOneRebuildsFromEmptyState() {
        ApiClient first = instance();
        ApiClient second = instance();

        String province = UUID.randomUUID().toString();
        send(EventTypes.UNIT_CREATED, province, Events.unit(province, "S" + province.substring(0, 5), UnitLevel.PROVINCE, null));
        List<String> districts = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            String district = UUID.randomUUID().toString();
            districts.add(district);
            send(EventTypes.UNIT_CREATED, district, Events.unit(district, "D" + district.substring(0, 5), UnitLevel.DISTRICT, province));
        }
        List<String> cadres = new ArrayList<>();
        for (int i = 0; i < CADRES; i++) {
            String cadre = UUID.randomUUID().toString();
            cadres.add(cadre);
            send(EventTypes.CADRE_REGISTERED, cadre, Events.cadre(cadre, districts.get(i % districts.size()),
                    i % 2 == 0 ? Gender.FEMALE : Gender.MALE, 1980 + i % 20, i % 3 == 0, PoliticalTheoryLevel.ELEMENTARY));
            if (i % 4 == 0) {
                send(EventTypes.CADRE_ENROLLED, cadre, Events.enrolled("e-" + cadre, cadre, ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE));
            }
        }

        for (ApiClient api : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertProvince(api, province));
        }
        // The work is shared: each instance holds some of the units' figures, none holds them all. (Other tests'
        // units may be in the stores too: the broker is shared by the whole test run.)
        // The stores are read directly only with the deployment's token, which the instances use among themselves.
        assertThat(first.get("/internal/v1/stores/cadre-progress/all").expect(403).json().path("type").asText())
                .endsWith("/problems/internal-only");
        first.withHeader("X-Internal-Token", "wrong").get("/internal/v1/stores/cadre-progress/all").expect(403);
        Set<String> onFirst = localKeys(first, "unit-progress");
        Set<String> onSecond = localKeys(second, "unit-progress");
        assertThat(onFirst).isNotEmpty().doesNotContainAnyElementsOf(onSecond);
        assertThat(onSecond).isNotEmpty();
        assertThat(union(onFirst, onSecond)).containsAll(districts);
        // Each answers a cadre record whichever instance owns it, and the answers are the same.
        first.withHeader("X-Acting-User", "admin").put("/api/v1/record-viewers/scale-viewer",
                java.util.Map.of("unitIds", List.of(province))).expect(200);
        ApiClient firstViewer = first.withHeader("X-Acting-User", "scale-viewer");
        ApiClient secondViewer = second.withHeader("X-Acting-User", "scale-viewer");
        for (String cadre : cadres.subList(0, 12)) {
            JsonNode a = firstViewer.get("/api/v1/cadres/" + cadre + "/record").expect(200).json();
            JsonNode b = secondViewer.get("/api/v1/cadres/" + cadre + "/record").expect(200).json();
            assertThat(a).isEqualTo(b);
        }
        // The name index is spread over both instances: a search gathers it, and both find the same cadres.
        JsonNode foundByFirst = firstViewer.get("/api/v1/dashboard/cadres?unitId=" + districts.get(0) + "&name=").expect(200).json();
        assertThat(foundByFirst.findValuesAsString("cadreId")).hasSize((CADRES + districts.size() - 1) / districts.size())
                .containsAll(java.util.stream.IntStream.range(0, CADRES).filter(i -> i % districts.size() == 0)
                        .mapToObj(cadres::get).toList());
        assertThat(secondViewer.get("/api/v1/dashboard/cadres?unitId=" + districts.get(0) + "&name=").expect(200).json())
                .isEqualTo(foundByFirst);

        running.remove(0).close();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertProvince(second, province);
            assertThat(localKeys(second, "unit-progress")).containsAll(districts);
        });
        for (String cadre : cadres) {
            secondViewer.get("/api/v1/cadres/" + cadre + "/record").expect(200);
        }

        // A new instance with an empty state directory rebuilds the views from the changelogs.
        running.remove(0).close();
        ApiClient rebuilt = instance().withHeader("X-Acting-User", "scale-viewer");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertProvince(rebuilt, province));
        assertThat(rebuilt.get("/api/v1/cadres/" + cadres.get(0) + "/record").expect(200).json()
                .path("currentEnrollments").size()).isEqualTo(1);
    }

    private static void assertProvince(ApiClient api, String province) {
        JsonNode progress = api.get("/api/v1/units/" + province + "/progress").expect(200).json();
        assertThat(progress.path("headcount").asInt()).isEqualTo(CADRES);
        assertThat(progress.path("women").asInt()).isEqualTo(CADRES / 2);
        assertThat(progress.path("studyingNow").path("total").asInt()).isEqualTo(CADRES / 4);
        assertThat(progress.path("unitsIncluded").asInt()).isEqualTo(13);
    }

    private static Set<String> localKeys(ApiClient api, String store) {
        Set<String> keys = new HashSet<>();
        api.withHeader("X-Internal-Token", INTERNAL_TOKEN).get("/internal/v1/stores/" + store + "/all").expect(200).json()
                .propertyNames().forEach(keys::add);
        return keys;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
