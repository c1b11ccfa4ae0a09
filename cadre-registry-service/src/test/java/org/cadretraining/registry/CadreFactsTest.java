package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.PlatformClient;
import org.cadretraining.platform.identity.SignIn;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The enrollment service's view of a cadre: for its client-credentials token with its scope, and nobody else. */
class CadreFactsTest extends RegistryIntegrationTest {
    @Autowired
    PersonalDataAccessLog log;

    private ApiClient service(String clientId, String secret, String... scopes) {
        return anonymous().withToken(SignIn.clientCredentials(IdentityProvider.shared().issuer(), clientId, secret, scopes));
    }

    @Test
    void answersAServiceTokenWithTheScopeWithoutTheNationalIdAndRefusesUsersAndOtherClients() {
        String unit = createProvince();
        String nationalId = CadreFixtures.nationalId("011");
        String cadreId = api.post("/api/v1/cadres", CadreFixtures.cadre(unit, nationalId)).expect(201).json().path("cadreId").asText();
        ApiClient enrollment = service("enrollment-service", IdentityProvider.sharedSecret("enrollment-service"),
                PlatformClient.REGISTRY_CADRE_FACTS);

        JsonNode facts = enrollment.get("/api/v1/cadre-facts/" + cadreId).expect(200).json();
        assertThat(facts.path("cadreId").asText()).isEqualTo(cadreId);
        assertThat(facts.path("unitId").asText()).isEqualTo(unit);
        assertThat(facts.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(facts.path("managementTier").asText()).isEqualTo("UNIT");
        assertThat(facts.path("levels").path("professional").asText()).isEqualTo("UNIVERSITY");
        assertThat(facts.propertyNames()).containsExactlyInAnyOrder("cadreId", "unitId", "status", "managementTier", "levels");
        assertThat(facts.toString()).doesNotContain(nationalId, "THAI", "Lò Thị Hương");
        assertThat(enrollment.get("/api/v1/cadre-facts/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(log.find("enrollment-service", cadreId, null, 10)).singleElement()
                .satisfies(line -> assertThat(line.action()).isEqualTo("READ_CADRE_FACTS"));

        // A user's token, even the administrator's, is not a service's; another service's client has no such scope.
        assertThat(api.get("/api/v1/cadre-facts/" + cadreId).status()).isEqualTo(403);
        ApiClient stranger = service("stranger-service", IdentityProvider.STRANGER_SECRET);
        assertThat(stranger.get("/api/v1/cadre-facts/" + cadreId).status()).isEqualTo(403);
        assertThat(log.find("stranger-service", cadreId, null, 10)).singleElement()
                .satisfies(line -> assertThat(line.granted()).isFalse());
        // And the service's scope opens nothing else: the full record needs a user's grant.
        assertThat(enrollment.get("/api/v1/cadres/" + cadreId).status()).isEqualTo(403);
    }
}
