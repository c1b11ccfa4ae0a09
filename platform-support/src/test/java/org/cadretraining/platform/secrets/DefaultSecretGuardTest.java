package org.cadretraining.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The guard as Spring Boot runs it: registered in META-INF/spring.factories, so any application with platform-support
 * on its classpath gets it, here one with nothing else in it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DefaultSecretGuardTest {
    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(Nothing.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run(args);
    }

    @Test
    void outsideTheLocalProfileADefaultPasswordStopsStartUpNamingTheSettingNotItsValue(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.datasource.password=postgres",
                "--spring.security.oauth2.client.registration.platform.client-secret=change-me-web"))
                .isInstanceOf(DefaultSecretException.class)
                .hasMessageContaining("spring.datasource.password")
                .hasMessageContaining("spring.security.oauth2.client.registration.platform.client-secret")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("change-me", "postgres"));
        assertThat(output).contains("APPLICATION FAILED TO START", "spring.datasource.password")
                .doesNotContain("change-me", "postgres");
    }

    @Test
    void aDefaultReachedThroughAPlaceholderIsRefusedToo() {
        // As the services' configuration reads it: ${ENROLLMENT_CLIENT_SECRET:...} with the variable unset.
        assertThatThrownBy(() -> start("--platform.security.client.secret=${CADRE_TEST_UNSET_SECRET:change-me-enrollment}"))
                .isInstanceOf(DefaultSecretException.class)
                .hasMessageContaining("platform.security.client.secret");
    }

    @Test
    void theLocalProfileStartsWithTheDefaults() {
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=local",
                "--spring.datasource.password=postgres", "--platform.security.client.secret=change-me-reporting")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void secretsOfOnesOwnStartAnywhere() {
        try (ConfigurableApplicationContext context = start("--spring.datasource.password=Qx7-registry-own",
                "--platform.security.client.secret=", "--spring.datasource.username=postgres")) {
            assertThat(context.isActive()).isTrue();
        }
    }
}
