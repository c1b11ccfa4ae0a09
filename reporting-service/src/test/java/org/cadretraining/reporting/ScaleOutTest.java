package org.cadretraining.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.infrastructure.AccessFixture;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reporting scales out on its own: instances share the work by partition, each answers every query (forwarding
 * keyed reads to their owner and gathering rollups, each with its own client-credentials token), one takes over when
 * another stops, and a new one rebuilds from the changelogs.
 */
class ScaleOutTest {
    private static final int CADRES = 120;
    private static final IdentityProvider PROVIDER = IdentityProvider.shared();
    private final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafka().bootstrapServers());
    private final AccessFixture grants = new AccessFixture();
    private final ReportingInstances running = new ReportingInstances();
    private final String applicationSuffix = running.suffix();

    @AfterEach
    void stop() {
        running.close();
        kafka.close();
        grants.close();
    }

    private String instance() {
        return instance(true);
    }

    private String instance(boolean withClient) {
        return running.start(ReportingInstances.newStateDir(), withClient);
    }

    private <T> void send(EventType<T> type, String key, T payload) {
        kafka.sendCloudEvent(type.topic().name(), key, type.ceType(), null, EventCodec.toJsonText(payload));
    }

    @Test
    void twoInstancesAnswerAlikeOneTakesOverAndANewOneRebuildsFromEmptyState() {
        String firstUrl = instance();
        String secondUrl = instance();

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
        // A viewer of the province's figures and records, as the registry would grant them.
        String viewer = "scale.viewer." + applicationSuffix;
        grants.grant(viewer, AccessRole.REPORT_VIEWER, province);
        grants.grant(viewer, AccessRole.RECORD_VIEWER, province);
        String token = PROVIDER.tokenFor(viewer);
        ApiClient first = new ApiClient(firstUrl).withToken(token);
        ApiClient second = new ApiClient(secondUrl).withToken(token);

        for (ApiClient api : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertProvince(api, province));
        }
        // The work is shared: each instance holds some of the units' figures, none holds them all. (Other tests'
        // units may be in the stores too: the broker is shared by the whole test run.)
        // The stores are read directly only with a reporting instance's service token: not a user's, nor no token.
        assertThat(first.get("/internal/v1/stores/cadre-progress/all").expect(403).json().path("type").asText())
                .endsWith("/problems/access-denied");
        new ApiClient(firstUrl).get("/internal/v1/stores/cadre-progress/all").expect(401);
        new ApiClient(firstUrl).withHeader("X-Internal-Token", "anything").get("/internal/v1/stores/cadre-progress/all").expect(401);
        Set<String> onFirst = localKeys(firstUrl, "unit-progress");
        Set<String> onSecond = localKeys(secondUrl, "unit-progress");
        assertThat(onFirst).isNotEmpty().doesNotContainAnyElementsOf(onSecond);
        assertThat(onSecond).isNotEmpty();
        assertThat(union(onFirst, onSecond)).containsAll(districts);
        // Each answers a cadre record whichever instance owns it (asking its peer with its own token), alike.
        for (String cadre : cadres.subList(0, 12)) {
            JsonNode a = first.get("/api/v1/cadres/" + cadre + "/record").expect(200).json();
            JsonNode b = second.get("/api/v1/cadres/" + cadre + "/record").expect(200).json();
            assertThat(a).isEqualTo(b);
        }
        // The name index is spread over both instances: a search gathers it, and both find the same cadres.
        JsonNode foundByFirst = first.get("/api/v1/dashboard/cadres?unitId=" + districts.get(0) + "&name=").expect(200).json();
        assertThat(foundByFirst.findValuesAsString("cadreId")).hasSize((CADRES + districts.size() - 1) / districts.size())
                .containsAll(java.util.stream.IntStream.range(0, CADRES).filter(i -> i % districts.size() == 0)
                        .mapToObj(cadres::get).toList());
        assertThat(second.get("/api/v1/dashboard/cadres?unitId=" + districts.get(0) + "&name=").expect(200).json())
                .isEqualTo(foundByFirst);

        running.stop(0);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertProvince(second, province);
            assertThat(localKeys(secondUrl, "unit-progress")).containsAll(districts);
        });
        for (String cadre : cadres) {
            second.get("/api/v1/cadres/" + cadre + "/record").expect(200);
        }

        // A new instance with an empty state directory rebuilds the views from the changelogs.
        running.stop(0);
        ApiClient rebuilt = new ApiClient(instance()).withToken(PROVIDER.tokenFor(viewer));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertProvince(rebuilt, province));
        assertThat(rebuilt.get("/api/v1/cadres/" + cadres.get(0) + "/record").expect(200).json()
                .path("currentEnrollments").size()).isEqualTo(1);

        // An instance given no client of the identity provider takes its share of the work, but cannot read its
        // peer's: it says so, rather than failing obscurely. Its peer, which has a client, reads it and answers as before.
        ApiClient bare = new ApiClient(instance(false)).withToken(PROVIDER.tokenFor(viewer));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            ApiClient.Response answer = bare.get("/api/v1/units/" + province + "/progress");
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.json().path("type").asText()).endsWith("/problems/peer-client-missing");
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertProvince(rebuilt, province));
    }

    private static void assertProvince(ApiClient api, String province) {
        JsonNode progress = api.get("/api/v1/units/" + province + "/progress").expect(200).json();
        assertThat(progress.path("headcount").asInt()).isEqualTo(CADRES);
        assertThat(progress.path("women").asInt()).isEqualTo(CADRES / 2);
        assertThat(progress.path("studyingNow").path("total").asInt()).isEqualTo(CADRES / 4);
        assertThat(progress.path("unitsIncluded").asInt()).isEqualTo(13);
    }

    private static Set<String> localKeys(String instance, String store) {
        Set<String> keys = new HashSet<>();
        ReportingInstances.localStore(instance, store).propertyNames().forEach(keys::add);
        return keys;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
