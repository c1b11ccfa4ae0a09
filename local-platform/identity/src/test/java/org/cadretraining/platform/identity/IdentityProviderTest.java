package org.cadretraining.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IdentityProviderTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aUserSignsInThroughTheLoginFormAndGetsATokenNamingThem() {
        IdentityProvider provider = IdentityProvider.shared();
        String token = provider.tokenFor("nguyen.van.a");
        JsonNode claims = claims(token);
        assertThat(claims.path("sub").asText()).isEqualTo("nguyen.van.a");
        assertThat(claims.path("iss").asText()).isEqualTo(provider.issuer());
        assertThat(claims.path("exp").asLong()).isGreaterThan(claims.path("iat").asLong());
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        IdentityProvider provider = IdentityProvider.shared();
        provider.addUser("tran.thi.b", "right");
        assertThatThrownBy(() -> provider.signIn("tran.thi.b", "wrong")).hasMessageContaining("refused the sign-in");
    }

    @Test
    void aServiceGetsATokenWithItsScopeAndNoOther() {
        IdentityProvider provider = IdentityProvider.shared();
        String token = SignIn.clientCredentials(provider.issuer(), "enrollment-service",
                IdentityProvider.sharedSecret("enrollment-service"), PlatformClient.REGISTRY_CADRE_FACTS);
        JsonNode claims = claims(token);
        assertThat(claims.path("sub").asText()).isEqualTo("enrollment-service");
        assertThat(claims.path("scope").toString()).contains(PlatformClient.REGISTRY_CADRE_FACTS);
        assertThatThrownBy(() -> SignIn.clientCredentials(provider.issuer(), "enrollment-service",
                IdentityProvider.sharedSecret("enrollment-service"), PlatformClient.REPORTING_STORES))
                .hasMessageContaining("invalid_scope");
    }

    static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
