package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.cadretraining.enrollment.cadres.registry.RegistryClient;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cadre the replica lacks is looked up in the registry's cadre facts, with this service's own token (the stand-in
 * checks it as the registry does), through retry, circuit breaker and time limiter.
 */
class RegistryFallbackTest extends EnrollmentTestSupport {
    @Autowired
    CircuitBreakerRegistry breakers;

    CircuitBreaker breaker() {
        return breakers.circuitBreaker(RegistryClient.NAME);
    }

    @BeforeEach
    void closedBreaker() {
        registryStub.restart();
        breaker().reset();
    }

    @AfterEach
    void registryBack() {
        registryStub.restart();
    }

    private ApiClient.Response nominateUnknown(String cadreId, String classId) {
        return api.post("/api/v1/nominations", Map.of("cadreId", cadreId, "classId", classId));
    }

    @Test
    void aCadreTheReplicaLacksIsFetchedFromTheRegistryAndKept() {
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        String cadreId = uuid();
        String unitId = uuid();
        registryStub.put(cadreId, unitId, "ACTIVE", "UNIT", "UNIVERSITY", "ELEMENTARY");
        assertThat(api.get("/api/v1/cadres/" + cadreId).status()).isEqualTo(404);
        int refused = registryStub.refused();
        assertThat(nominateUnknown(cadreId, classId).expect(201).json().path("unitId").asText()).isEqualTo(unitId);
        assertThat(replica(cadreId).path("levels").path("politicalTheory").asText()).isEqualTo("ELEMENTARY");
        // The service's own token (client credentials, scope registry.cadre-facts), not the administrator's.
        assertThat(registryStub.lastCaller()).isEqualTo("enrollment-service");
        assertThat(registryStub.refused()).isEqualTo(refused);
        // Unknown to both: the registry's 404 is an answer, not a failure.
        assertProblem(nominateUnknown(uuid(), classId), 422, "cadre-not-known", "cadreId");
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aRegistryThatIsDownGivesA503ThenTheBreakerOpensAndClosesAgainAfterRecovery() {
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        String cadreId = uuid();
        registryStub.put(cadreId, uuid(), "ACTIVE", "UNIT", "UNIVERSITY", "ELEMENTARY");
        registryStub.stop();

        long started = System.nanoTime();
        ApiClient.Response down = nominateUnknown(cadreId, classId);
        assertProblem(down, 503, "registry-unavailable", "cadreId");
        assertThat(down.json().path("detail").asText()).contains("try again");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        // Retries count as calls: after a second request the breaker has seen enough failures to open.
        assertProblem(nominateUnknown(cadreId, classId), 503, "registry-unavailable", "cadreId");
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // Open: refused at once, without waiting on the network.
        long open = System.nanoTime();
        ApiClient.Response refused = nominateUnknown(cadreId, classId);
        assertProblem(refused, 503, "registry-unavailable", "cadreId");
        assertThat(refused.json().path("detail").asText()).contains("not being called for a while");
        assertThat(Duration.ofNanos(System.nanoTime() - open)).isLessThan(Duration.ofMillis(500));

        registryStub.restart();
        int before = registryStub.requests();
        // After the open interval (1 s in tests) one trial call goes through, succeeds, and the breaker closes.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300))
                .until(() -> nominateUnknown(cadreId, classId).status() == 201);
        assertThat(registryStub.requests()).isGreaterThan(before);
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(replica(cadreId).path("status").asText()).isEqualTo("ACTIVE");
    }
}
