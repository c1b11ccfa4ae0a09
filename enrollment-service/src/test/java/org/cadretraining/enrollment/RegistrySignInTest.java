package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.cadretraining.enrollment.cadres.registry.RegistryClient;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.SignIn;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.security.PlatformSecurityProperties;
import org.cadretraining.platform.security.ServiceTokens;
import org.cadretraining.platform.web.DomainProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

/**
 * How the registry client signs in, against the real identity provider and a registry stand-in that checks tokens as
 * the registry does: its own token passes; a token the provider will not issue, or one the registry refuses, is the
 * registry being unavailable (503), never an error of ours; and a registry with no client to reach it is refused at
 * start-up.
 */
class RegistrySignInTest {
    private static final IdentityProvider PROVIDER = IdentityProvider.shared();
    private static final RegistryStub REGISTRY = RegistryStub.start(PROVIDER.issuer());

    @AfterAll
    static void stop() {
        REGISTRY.stop();
    }

    private static RegistryClient clientSigningInAs(String clientId, String secret, String... scopes) {
        ServiceTokens tokens = new ServiceTokens(new PlatformSecurityProperties.Client(clientId, secret, List.of(scopes), null),
                PROVIDER.issuer());
        return new RegistryClient(RestClient.builder(), REGISTRY.baseUrl(), Optional.of(tokens), CircuitBreakerRegistry.ofDefaults(),
                RetryRegistry.of(RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(50)).build()),
                TimeLimiterRegistry.of(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(10)).build()),
                Clock.systemUTC());
    }

    @Test
    void theRegistryAnswersOnlyATokenOfTheProviderWithItsScope() {
        ApiClient registry = new ApiClient(REGISTRY.baseUrl());
        String path = "/api/v1/cadre-facts/" + UUID.randomUUID();
        assertThat(registry.get(path).status()).as("no token").isEqualTo(401);
        assertThat(registry.withToken("not.a.token").get(path).status()).as("not a token of the provider").isEqualTo(401);
        assertThat(registry.withToken(PROVIDER.tokenFor("can.bo.to.chuc")).get(path).status()).as("a user's token").isEqualTo(403);
        String stranger = SignIn.clientCredentials(PROVIDER.issuer(), "stranger-service", IdentityProvider.STRANGER_SECRET);
        assertThat(registry.withToken(stranger).get(path).status()).as("another service's token").isEqualTo(403);
        String enrollment = SignIn.clientCredentials(PROVIDER.issuer(), "enrollment-service",
                IdentityProvider.sharedSecret("enrollment-service"), RegistryStub.SCOPE);
        assertThat(registry.withToken(enrollment).get(path).status()).as("enrollment's token, a cadre it lacks").isEqualTo(404);
    }

    @Test
    void withItsOwnTokenEnrollmentReadsTheCadreFacts() {
        String cadreId = UUID.randomUUID().toString();
        String unitId = UUID.randomUUID().toString();
        REGISTRY.put(cadreId, unitId, "ACTIVE", "UNIT", "UNIVERSITY", "ELEMENTARY");
        RegistryClient client = clientSigningInAs("enrollment-service", IdentityProvider.sharedSecret("enrollment-service"),
                RegistryClient.SCOPE);
        assertThat(client.fetch(UUID.fromString(cadreId))).hasValueSatisfying(cadre -> {
            assertThat(cadre.unitId()).hasToString(unitId);
            assertThat(cadre.levels().politicalTheory().name()).isEqualTo("ELEMENTARY");
        });
        assertThat(REGISTRY.lastCaller()).isEqualTo("enrollment-service");
        assertThat(client.fetch(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aTokenTheRegistryRefusesIsTheRegistryBeingUnavailable() {
        int refusedBefore = REGISTRY.refused();
        // A token the provider issues, but without the registry's scope: the registry answers 403.
        RegistryClient client = clientSigningInAs("stranger-service", IdentityProvider.STRANGER_SECRET);
        assertThatThrownBy(() -> client.fetch(UUID.randomUUID())).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(problem.type().toString()).endsWith("/registry-unavailable");
            assertThat(problem.getMessage()).contains("did not accept this service's credentials", "try again");
        });
        assertThat(REGISTRY.refused()).isGreaterThan(refusedBefore);
    }

    @Test
    void aTokenTheProviderWillNotIssueIsTheRegistryBeingUnavailable() {
        int refusedBefore = REGISTRY.refused();
        int answeredBefore = REGISTRY.requests();
        RegistryClient client = clientSigningInAs("enrollment-service", "a-wrong-secret", RegistryClient.SCOPE);
        assertThatThrownBy(() -> client.fetch(UUID.randomUUID())).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(problem.type().toString()).endsWith("/registry-unavailable");
            assertThat(problem.getMessage()).contains("did not accept this service's credentials");
        });
        // Nothing reached the registry: without a token the request is never sent.
        assertThat(REGISTRY.refused()).isEqualTo(refusedBefore);
        assertThat(REGISTRY.requests()).isEqualTo(answeredBefore);
    }

    @Test
    void aRegistryWithoutAClientToReachItIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RegistryClient(RestClient.builder(), REGISTRY.baseUrl(), Optional.empty(),
                CircuitBreakerRegistry.ofDefaults(), RetryRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("enrollment.registry.base-url is set")
                .hasMessageContaining("platform.security.client.id");
        // Without a registry the lookup is off: a 503, not a call.
        RegistryClient off = new RegistryClient(RestClient.builder(), "", Optional.empty(), CircuitBreakerRegistry.ofDefaults(),
                RetryRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(), Clock.systemUTC());
        assertThatThrownBy(() -> off.fetch(UUID.randomUUID())).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    }
}
