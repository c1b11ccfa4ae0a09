package org.cadretraining.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DefaultSecretRuleTest {
    @Test
    void namesPasswordsSecretsAndTokensInEverySpelling() {
        assertThat(List.of("spring.datasource.password", "platform.security.client.secret",
                "spring.security.oauth2.client.registration.platform.client-secret", "REGISTRY_DB_PASSWORD",
                "ENROLLMENT_CLIENT_SECRET", "some.api-token", "spring.kafka.ssl.key-store-password"))
                .allMatch(DefaultSecretRule::namesASecret);
        assertThat(List.of("spring.datasource.username", "platform.security.client.token-uri",
                "platform.security.client.id", "spring.security.oauth2.client.provider.platform.issuer-uri",
                "password.policy.length"))
                .noneMatch(DefaultSecretRule::namesASecret);
    }

    @Test
    void theShippedDefaultsAreRefusedAndOnlyThey() {
        assertThat(List.of("postgres", "demo2026", "change-me-web", "change-me-enrollment", "change-me-keycloak",
                " Postgres ", "CHANGE-ME-reporting")).allMatch(DefaultSecretRule::isShippedDefault);
        assertThat(List.of("", "pg-7Hq2-registry", "postgres-of-the-province-2026", "demo2027", "me-change"))
                .noneMatch(DefaultSecretRule::isShippedDefault);
        assertThat(DefaultSecretRule.isShippedDefault(null)).isFalse();
    }

    @Test
    void refusesByNameTheSecretSettingsHoldingADefault() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.password", "postgres");
        settings.put("spring.datasource.username", "postgres");
        settings.put("platform.security.client.secret", "change-me-reporting");
        settings.put("spring.security.oauth2.client.registration.platform.client-secret", "a-secret-of-our-own");
        settings.put("spring.kafka.ssl.key-password", null);
        assertThat(DefaultSecretRule.refusals(settings))
                .containsExactly("platform.security.client.secret", "spring.datasource.password");
        assertThat(DefaultSecretRule.refusals(Map.of("spring.datasource.password", "an own one"))).isEmpty();
    }

    @Test
    void aKafkaLoginModuleWithTheComposeFilesDefaultPasswordIsRefused() {
        String shipped = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"enrollment-service\" "
                + "password=\"change-me-enrollment-kafka\";";
        String own = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"enrollment-service\" "
                + "password=\"q8Zr-own-2026\";";
        assertThat(DefaultSecretRule.refusals(Map.of("spring.kafka.properties.sasl.jaas.config", shipped)))
                .containsExactly("spring.kafka.properties.sasl.jaas.config");
        assertThat(DefaultSecretRule.refusals(Map.of("spring.kafka.properties.sasl.jaas.config", own))).isEmpty();
    }

    @Test
    void theMessageNamesTheSettingsNeverTheirValues() {
        String message = DefaultSecretRule.message(List.of("spring.datasource.password"), "local");
        assertThat(message).contains("spring.datasource.password", "'local' profile").doesNotContain("postgres", "change-me");
    }
}
