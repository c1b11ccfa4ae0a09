package org.cadretraining.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cadretraining.platform.secrets.DefaultSecretException;
import org.junit.jupiter.api.Test;

/** The console, like the services, does not start with docker-compose's default client secret outside the local profile. */
class ConsoleDefaultSecretTest {
    @Test
    void theComposeFilesDefaultClientSecretStopsStartUp() {
        assertThatThrownBy(() -> WebConsoleApplication.builder().run("--server.port=0",
                "--spring.security.oauth2.client.provider.platform.issuer-uri=http://localhost:9",
                "--spring.security.oauth2.client.registration.platform.client-secret=${WEB_CLIENT_SECRET_UNSET_IN_TEST:change-me-web}"))
                .isInstanceOf(DefaultSecretException.class)
                .hasMessageContaining("spring.security.oauth2.client.registration.platform.client-secret")
                .message().doesNotContain("change-me-web");
    }
}
