package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.cadretraining.platform.fuzz.ApiFuzzer;
import org.cadretraining.platform.fuzz.FuzzReport;
import org.cadretraining.platform.fuzz.RequestRecordCheck;
import org.cadretraining.platform.fuzz.WriteProbe;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.SignIn;
import org.cadretraining.registry.cadres.web.CadreFactsController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input, generated from the registry's own API description, sent as the platform administrator (so that no access
 * rule hides the validation): each request gets a 4xx problem, and no table changes. {@code -Dfuzz.seed=} replays a run.
 */
class ApiFuzzTest extends RegistryIntegrationTest {
    @Autowired
    DataSource dataSource;

    @Test
    void everyBadRequestGetsA4xxProblemAndNothingIsWritten() {
        IdentityProvider provider = IdentityProvider.shared();
        // Real resources for the paths to name, so that bad input reaches past their lookup.
        String province = createProvince();
        String district = createUnit("Huyện Mường Chà", "DISTRICT", province);
        String cadre = TestCadres.register(api, district);
        String entry = api.post("/api/v1/cadres/" + cadre + "/succession", java.util.Map.of("plannedTitle", "Phó Chủ tịch UBND huyện",
                "termStart", 2025, "termEnd", 2030, "decidedOn", "2025-01-10")).expect(201).json().path("id").asText();
        String grant = grant(user("fuzz.target"), org.cadretraining.events.vocabulary.AccessRole.REPORT_VIEWER, district);
        FuzzReport report = ApiFuzzer.against("http://localhost:" + port)
                .token(tokenFor(ADMIN))
                .known("unitId", district).known("cadreId", cadre).known("entryId", entry).known("grantId", grant)
                .known("nationalId", TestCadres.nationalId()).known("birthDate", "1985-04-12").known("level", "INTERMEDIATE")
                // The enrollment service's route: its client's scope opens it, no user's grant does.
                .token("/api/v1/cadre-facts", SignIn.clientCredentials(provider.issuer(), "enrollment-service",
                        IdentityProvider.sharedSecret("enrollment-service"), CadreFactsController.SCOPE))
                .writes(WriteProbe.rowCounts(dataSource))
                .build().run();
        report.assertClean();
        assertThat(report.sentByKind()).containsKeys("WRONG_TYPE", "TOO_LONG", "HUGE_STRING", "UNKNOWN_ENUM", "DEEP_NESTING",
                "RANDOM_BYTES", "WRONG_CONTENT_TYPE", "PARAM_WRONG_TYPE", "PARAM_OUT_OF_RANGE", "MULTIPART_RANDOM_FILE");
    }

    @Test
    void everyStringAndListOfEveryRequestHasAMaximumSize() {
        RequestRecordCheck.assertBounded("org.cadretraining.registry");
    }
}
