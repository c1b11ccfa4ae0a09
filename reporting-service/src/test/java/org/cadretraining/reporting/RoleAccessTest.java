package org.cadretraining.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.PlatformClient;
import org.cadretraining.platform.identity.SignIn;
import org.cadretraining.platform.infrastructure.AccessFixture;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.reporting.web.LiveUpdates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What each role may and may not do, with real tokens and grants given as the registry gives them. The province has
 * two districts, each with a commune; one cadre serves in each commune and one at the province.
 */
class RoleAccessTest extends RunningService {
    private static final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafka().bootstrapServers());
    private static final AccessFixture registry = new AccessFixture();
    private static final String PROVINCE = UUID.randomUUID().toString();
    private static final String DISTRICT = UUID.randomUUID().toString();
    private static final String OTHER_DISTRICT = UUID.randomUUID().toString();
    private static final String COMMUNE = UUID.randomUUID().toString();
    private static final String OTHER_COMMUNE = UUID.randomUUID().toString();
    /** Serves in COMMUNE (under DISTRICT), in OTHER_COMMUNE (under OTHER_DISTRICT), at the PROVINCE. */
    private static final String HERE = UUID.randomUUID().toString();
    private static final String ELSEWHERE = UUID.randomUUID().toString();
    private static final String AT_PROVINCE = UUID.randomUUID().toString();
    private static boolean published;

    @Autowired
    PersonalDataAccessLog accessLog;
    @Autowired
    LiveUpdates live;

    @BeforeEach
    void province() {
        if (published) {
            return;
        }
        send(kafka, EventTypes.UNIT_CREATED, PROVINCE, Events.unit(PROVINCE, "P" + PROVINCE.substring(0, 5), UnitLevel.PROVINCE, null));
        for (String[] unit : new String[][] {{DISTRICT, PROVINCE}, {OTHER_DISTRICT, PROVINCE}}) {
            send(kafka, EventTypes.UNIT_CREATED, unit[0], Events.unit(unit[0], "H" + unit[0].substring(0, 5), UnitLevel.DISTRICT, unit[1]));
        }
        for (String[] unit : new String[][] {{COMMUNE, DISTRICT}, {OTHER_COMMUNE, OTHER_DISTRICT}}) {
            send(kafka, EventTypes.UNIT_CREATED, unit[0], Events.unit(unit[0], "X" + unit[0].substring(0, 5), UnitLevel.COMMUNE, unit[1]));
        }
        for (String[] cadre : new String[][] {{HERE, COMMUNE}, {ELSEWHERE, OTHER_COMMUNE}, {AT_PROVINCE, PROVINCE}}) {
            send(kafka, EventTypes.CADRE_REGISTERED, cadre[0], Events.cadre(cadre[0], cadre[1], Gender.FEMALE, 1990, false,
                    PoliticalTheoryLevel.ELEMENTARY));
        }
        ApiClient admin = admin();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ApiClient.Response province = admin.get("/api/v1/units/" + PROVINCE + "/progress");
            return province.status() == 200 && province.json().path("headcount").asInt() == 3;
        });
        published = true;
    }

    @AfterAll
    static void close() {
        kafka.close();
        registry.close();
    }

    /** A new user holding the role on the unit, once the service honours the grant (the path answers 200). */
    private static ApiClient granted(AccessRole role, String unitId, String readableOnceGranted) {
        return granted(role, unitId, user -> user.get(readableOnceGranted).status() == 200);
    }

    private static ApiClient granted(AccessRole role, String unitId, Predicate<ApiClient> honoured) {
        String subject = user(role.name().toLowerCase().replace('_', '.'));
        registry.grant(subject, role, unitId);
        ApiClient user = as(subject);
        await().atMost(Duration.ofSeconds(30)).until(() -> honoured.test(user));
        return user;
    }

    @Test
    void aReportViewerOfADistrictReadsThatDistrictOnly() {
        ApiClient viewer = granted(AccessRole.REPORT_VIEWER, DISTRICT, "/api/v1/units/" + DISTRICT + "/progress");
        assertThat(viewer.get("/api/v1/units/" + DISTRICT + "/progress").expect(200).json().path("headcount").asInt()).isEqualTo(1);
        assertThat(viewer.get("/api/v1/units/" + COMMUNE + "/progress?scope=UNIT").expect(200).json().path("headcount").asInt()).isEqualTo(1);
        assertThat(viewer.get("/api/v1/units/" + OTHER_DISTRICT + "/progress").expect(403).json().path("type").asText())
                .endsWith("/problems/access-denied");
        viewer.get("/api/v1/units/" + PROVINCE + "/progress").expect(403);
        viewer.get("/api/v1/exports/units/" + DISTRICT + "/progress.csv").expect(200);
        viewer.get("/api/v1/exports/units/" + OTHER_DISTRICT + "/progress.csv").expect(403);
        // The unit tree it is shown is its district's.
        assertThat(viewer.get("/api/v1/units").expect(200).json().findValuesAsString("unitId"))
                .contains(DISTRICT, COMMUNE).doesNotContain(PROVINCE, OTHER_DISTRICT, OTHER_COMMUNE);

        // Targets and classes narrowed to its district; the province's figures and other districts' are not its own.
        String target = admin().post("/api/v1/targets", Map.of("name", "Trung cấp LLCT toàn tỉnh " + PROVINCE.substring(0, 5),
                        "cohort", Map.of("unitId", PROVINCE), "criterion", Map.of("ladder", "POLITICAL_THEORY",
                                "minimumLevel", "INTERMEDIATE", "orStudying", true), "thresholdPercent", 50, "deadline", "2030-12-31"))
                .expect(201).json().path("targetId").asText();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(viewer.get("/api/v1/targets?unitId=" + DISTRICT)
                .expect(200).json()).filteredOn(t -> target.equals(t.path("targetId").asText())).singleElement()
                .satisfies(t -> assertThat(t.path("cohortSize").asInt()).isEqualTo(1)));
        assertThat(viewer.get("/api/v1/targets/" + target + "?unitId=" + DISTRICT).expect(200).json().path("cohortSize").asInt()).isEqualTo(1);
        viewer.get("/api/v1/targets/" + target).expect(403);
        // A target whose cohort is its district's is its own whole.
        String districtTarget = admin().post("/api/v1/targets", Map.of("name", "Trung cấp LLCT huyện " + DISTRICT.substring(0, 5),
                        "cohort", Map.of("unitId", DISTRICT), "criterion", Map.of("ladder", "POLITICAL_THEORY",
                                "minimumLevel", "INTERMEDIATE"), "thresholdPercent", 50, "deadline", "2030-12-31"))
                .expect(201).json().path("targetId").asText();
        viewer.get("/api/v1/targets/" + districtTarget).expect(200);
        viewer.get("/api/v1/targets").expect(403);
        viewer.get("/api/v1/targets?unitId=" + OTHER_DISTRICT).expect(403);
        viewer.get("/api/v1/targets?unitId=" + PROVINCE).expect(403);
        viewer.get("/api/v1/exports/targets.csv").expect(403);
        viewer.get("/api/v1/classes/statistics?unitId=" + DISTRICT).expect(200);
        viewer.get("/api/v1/classes/statistics").expect(403);
        viewer.get("/api/v1/plans/" + UUID.randomUUID() + "/fulfilment").expect(403);
        viewer.get("/api/v1/dashboard/events").expect(403);
        viewer.get("/api/v1/dashboard/events?unitId=" + OTHER_DISTRICT).expect(403);
        // Aggregates are not records, and it manages no target.
        viewer.get("/api/v1/cadres/" + HERE + "/record").expect(403);
        viewer.post("/api/v1/targets", Map.of("name", "x")).expect(403);
        viewer.delete("/api/v1/targets/" + target).expect(403);
    }

    @Test
    void aRecordViewerReadsRecordsWithinItsGrantsAndEveryReadAndRefusalIsLogged() {
        ApiClient province = granted(AccessRole.RECORD_VIEWER, PROVINCE, "/api/v1/dashboard/cadres?unitId=" + PROVINCE + "&name=");
        JsonNode record = province.get("/api/v1/cadres/" + AT_PROVINCE + "/record").expect(200).json();
        assertThat(record.path("cadreId").asText()).isEqualTo(AT_PROVINCE);
        assertThat(accessLog.readsOf(AT_PROVINCE)).isEqualTo(1);
        province.get("/api/v1/cadres/" + ELSEWHERE + "/record").expect(200);
        assertThat(province.get("/api/v1/dashboard/cadres?unitId=" + PROVINCE + "&name=").expect(200).json()
                .findValuesAsString("cadreId")).containsExactlyInAnyOrder(HERE, ELSEWHERE, AT_PROVINCE);
        // Figures are not records.
        province.get("/api/v1/units/" + PROVINCE + "/progress").expect(403);

        ApiClient district = granted(AccessRole.RECORD_VIEWER, DISTRICT, "/api/v1/dashboard/cadres?unitId=" + DISTRICT + "&name=");
        district.get("/api/v1/cadres/" + HERE + "/record").expect(200);
        long refusalsBefore = accessLog.refusalsOf(ELSEWHERE);
        assertThat(district.get("/api/v1/cadres/" + ELSEWHERE + "/record").expect(403).json().path("type").asText())
                .endsWith("/problems/access-denied");
        district.get("/api/v1/exports/cadres/" + ELSEWHERE + "/record.pdf").expect(403);
        assertThat(accessLog.refusalsOf(ELSEWHERE)).isEqualTo(refusalsBefore + 2);
        assertThat(accessLog.find(null, ELSEWHERE, null, 10)).filteredOn(e -> !e.granted())
                .extracting(PersonalDataAccessLog.Entry::action).containsExactlyInAnyOrder("READ_RECORD", "EXPORT_RECORD");
        // A search of the province finds only its district's cadres; a search of the other district is refused.
        assertThat(district.get("/api/v1/dashboard/cadres?unitId=" + PROVINCE + "&name=").expect(200).json()
                .findValuesAsString("cadreId")).containsExactly(HERE);
        district.get("/api/v1/dashboard/cadres?unitId=" + OTHER_DISTRICT + "&name=").expect(403);
        assertThat(accessLog.find(null, null, null, 200)).filteredOn(e -> e.action().equals("SEARCH") && !e.granted())
                .extracting(PersonalDataAccessLog.Entry::unitId).contains(OTHER_DISTRICT);
    }

    @Test
    void aTrainingOfficerDefinesAndWithdrawsTargetsWithinItsGrantsAndAReportViewerCannot() {
        // Withdrawing a target that does not exist is 404 once the rule lets the officer in (403 before).
        Predicate<ApiClient> managesTargets = user -> user.delete("/api/v1/targets/" + UUID.randomUUID()).status() == 404;
        ApiClient province = granted(AccessRole.TRAINING_OFFICER, PROVINCE, managesTargets);
        ApiClient district = granted(AccessRole.TRAINING_OFFICER, DISTRICT, managesTargets);
        ApiClient viewer = granted(AccessRole.REPORT_VIEWER, PROVINCE, "/api/v1/targets");

        String provinceWide = province.post("/api/v1/targets", target("Toàn tỉnh", null)).expect(201).json().path("targetId").asText();
        String ofDistrict = district.post("/api/v1/targets", target("Huyện", DISTRICT)).expect(201).json().path("targetId").asText();
        district.post("/api/v1/targets", target("Huyện khác", OTHER_DISTRICT)).expect(403);
        district.post("/api/v1/targets", target("Toàn tỉnh", null)).expect(403);
        viewer.post("/api/v1/targets", target("Người xem", null)).expect(403);
        assertThat(viewer.get("/api/v1/targets").expect(200).json().findValuesAsString("targetId")).contains(provinceWide, ofDistrict);
        // Defining is not reading: the figures are for report viewers.
        province.get("/api/v1/targets").expect(403);

        district.delete("/api/v1/targets/" + provinceWide).expect(403);
        viewer.delete("/api/v1/targets/" + ofDistrict).expect(403);
        district.delete("/api/v1/targets/" + ofDistrict).expect(204);
        province.delete("/api/v1/targets/" + provinceWide).expect(204);
        assertThat(viewer.get("/api/v1/targets").expect(200).json().findValuesAsString("targetId"))
                .doesNotContain(provinceWide, ofDistrict);
    }

    private static Map<String, Object> target(String name, String unitId) {
        return Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 5),
                "cohort", unitId == null ? Map.of() : Map.of("unitId", unitId),
                "criterion", Map.of("ladder", "PROFESSIONAL", "minimumLevel", "UNIVERSITY"), "thresholdPercent", 80,
                "deadline", "2030-12-31");
    }

    @Test
    void theStoresAreForAnotherReportingInstanceOnly() {
        String path = "/internal/v1/stores/unit-progress/all";
        anonymous().get(path).expect(401);
        admin().get(path).expect(403);
        String enrollment = SignIn.clientCredentials(PROVIDER.issuer(), "enrollment-service",
                IdentityProvider.sharedSecret("enrollment-service"), PlatformClient.REGISTRY_CADRE_FACTS);
        anonymous().withToken(enrollment).get(path).expect(403);
        String peer = SignIn.clientCredentials(PROVIDER.issuer(), "reporting-service",
                IdentityProvider.sharedSecret("reporting-service"), PlatformClient.REPORTING_STORES);
        assertThat(anonymous().withToken(peer).get(path).expect(200).json().has(COMMUNE)).isTrue();
        // A peer's token reads the stores, and nothing else.
        anonymous().withToken(peer).get("/api/v1/units/" + PROVINCE + "/progress").expect(403);
    }

    @Test
    void aGrantAndItsRevocationTakeEffectWithinSecondsOpenLiveStreamsIncluded() throws IOException {
        String subject = user("report.viewer");
        ApiClient user = as(subject);
        String progress = "/api/v1/units/" + OTHER_DISTRICT + "/progress";
        await().atMost(Duration.ofSeconds(30)).until(() -> user.get(progress).status() == 403);

        String grant = registry.grant(subject, AccessRole.REPORT_VIEWER, OTHER_DISTRICT);
        await().atMost(Duration.ofSeconds(10)).until(() -> user.get(progress).status() == 200);
        int before = live.subscribers();
        try (Socket page = new Socket("localhost", PORT)) {
            page.getOutputStream().write(("GET /api/v1/dashboard/events?unitId=" + OTHER_DISTRICT + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + PROVIDER.tokenFor(subject) + "\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = page.getInputStream();
            assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            await().atMost(Duration.ofSeconds(10)).until(() -> live.subscribers() == before + 1);

            registry.revoke(grant, subject, AccessRole.REPORT_VIEWER, OTHER_DISTRICT);
            await().atMost(Duration.ofSeconds(10)).until(() -> user.get(progress).status() == 403);
            // The open page stops receiving the district's figures: the service ends its stream.
            await().atMost(Duration.ofSeconds(10)).until(() -> live.subscribers() == before);
        }
        user.get("/api/v1/units").expect(403);
    }

    @Test
    void anIdentityNamedInAHeaderOrAParameterIsNoIdentity() {
        anonymous().withHeader("X-Acting-User", "admin").get("/api/v1/units/" + PROVINCE + "/progress").expect(401);
        anonymous().get("/api/v1/cadres/" + HERE + "/record?actingUser=admin").expect(401);
        // Signed in, a user is who the token says, whatever else the request names.
        ApiClient nobody = as(user("nobody"));
        nobody.withHeader("X-Acting-User", "admin").get("/api/v1/units/" + PROVINCE + "/progress").expect(403);
        nobody.get("/api/v1/exports/cadres/" + HERE + "/record.csv?actingUser=admin").expect(403);
        // Reporting keeps no list of record viewers of its own any more.
        assertThat(admin().get("/api/v1/record-viewers/admin").status()).isEqualTo(404);
    }
}
