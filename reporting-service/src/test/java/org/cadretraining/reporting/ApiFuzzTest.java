package org.cadretraining.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.KafkaProbe;

import org.cadretraining.platform.fuzz.ApiFuzzer;
import org.cadretraining.platform.fuzz.FuzzReport;
import org.cadretraining.platform.fuzz.RequestRecordCheck;
import org.cadretraining.platform.fuzz.WriteProbe;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.SignIn;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.cadretraining.reporting.views.StoreNames;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input, generated from the reporting service's own API description, sent as the platform administrator (so that
 * no access rule hides the validation): each request gets a 4xx problem, and neither its tables nor the targets topic
 * (where a target is written) change. {@code -Dfuzz.seed=} replays a run.
 */
class ApiFuzzTest extends RunningService {
    @Autowired
    DataSource dataSource;

    @Test
    void everyBadRequestGetsA4xxProblemAndNothingIsWritten() {
        // Real resources and valid values, so that each request is valid but for its one fault.
        ApiClient api = admin();
        String province = UUID.randomUUID().toString();
        String cadre = UUID.randomUUID().toString();
        try (KafkaProbe kafka = new KafkaProbe(Infrastructure.kafka().bootstrapServers())) {
            send(kafka, EventTypes.UNIT_CREATED, province, Events.unit(province, "F" + province.substring(0, 4), UnitLevel.PROVINCE, null));
            send(kafka, EventTypes.CADRE_REGISTERED, cadre, Events.cadre(cadre, province, Gender.FEMALE, 1990, true,
                    PoliticalTheoryLevel.ELEMENTARY));
        }
        // A target's cohort may only name a unit reporting already knows.
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/cadres/" + cadre + "/record").status() == 200
                && api.get("/api/v1/units/" + province + "/progress").status() == 200);
        String target = api.post("/api/v1/targets", Map.of("name", "Cán bộ có trung cấp LLCT", "cohort", Map.of("unitId", province),
                "criterion", Map.of("ladder", "POLITICAL_THEORY", "minimumLevel", "INTERMEDIATE"), "thresholdPercent", 60,
                "deadline", "2030-12-31")).expect(201).json().path("targetId").asString();
        FuzzReport report = ApiFuzzer.against("http://localhost:" + PORT)
                .token(PROVIDER.tokenFor(SpringTestInfrastructure.ADMINISTRATOR))
                .known("unitId", province).known("cadreId", cadre).known("targetId", target)
                .known("ladder", "POLITICAL_THEORY").known("minimumLevel", "INTERMEDIATE")
                // The instances' own route: only their client's scope opens it.
                .token("/internal/", SignIn.clientCredentials(PROVIDER.issuer(), "reporting-service",
                        IdentityProvider.sharedSecret("reporting-service"), "reporting.stores"))
                .writes(WriteProbe.all(WriteProbe.rowCounts(dataSource),
                        WriteProbe.topicEnds(Infrastructure.kafka().bootstrapServers(), StoreNames.TARGETS_TOPIC)))
                .build().run();
        report.assertClean();
        assertThat(report.sentByKind()).containsKeys("WRONG_TYPE", "TOO_LONG", "HUGE_STRING", "UNKNOWN_ENUM", "DEEP_NESTING",
                "RANDOM_BYTES", "WRONG_CONTENT_TYPE", "NAN_LIKE", "PARAM_TOO_LONG", "PARAM_UNKNOWN_ENUM");
    }

    /** Found by the fuzzer: a threshold read as a double took "NaN", which no comparison refuses, and was stored. */
    @Test
    void aThresholdThatIsNotANumberIsRefused() {
        for (String notANumber : new String[] {"\"NaN\"", "\"Infinity\"", "NaN"}) {
            ApiClient.Response response = admin().post("/api/v1/targets", "{\"name\":\"x\",\"criterion\":{\"ladder\":"
                    + "\"POLITICAL_THEORY\",\"minimumLevel\":\"INTERMEDIATE\"},\"thresholdPercent\":" + notANumber
                    + ",\"deadline\":\"2030-12-31\"}");
            assertThat(response.status()).as(notANumber).isEqualTo(400);
            if (notANumber.startsWith("\"")) {
                assertThat(response.json().path("field").asString()).isEqualTo("thresholdPercent");
            }
        }
    }

    @Test
    void everyStringAndListOfEveryRequestHasAMaximumSize() {
        RequestRecordCheck.assertBounded("org.cadretraining.reporting");
    }
}
