package org.cadretraining.enrollment.cadres.registry;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import jakarta.annotation.PreDestroy;
import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.platform.web.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Asks the registry's API for a cadre the replica lacks (its event has not arrived yet). Only that path calls the
 * registry; it goes through a time limiter, a circuit breaker and a retry, all named {@value #NAME} and configured in
 * enrollment.yml, so that a registry that is down costs a request a bounded wait and then a 503, and while the breaker
 * is open, no wait at all.
 */
@Component
public class RegistryClient {
    public static final String NAME = "registry";
    private static final Logger log = LoggerFactory.getLogger(RegistryClient.class);

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final Clock clock;
    // The time limiter needs the call on another thread to give up on it.
    private final ExecutorService calls = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "registry-call");
        thread.setDaemon(true);
        return thread;
    });

    /** The cadre facts the registry's GET /api/v1/cadres/{id} answers with, as far as eligibility needs them. */
    record RegistryCadre(UUID cadreId, UUID unitId, CadreStatus status, ManagementTier managementTier,
                         QualificationLevels levels) {
    }

    public RegistryClient(RestClient.Builder builder, @Value("${enrollment.registry.base-url}") String baseUrl,
                          CircuitBreakerRegistry breakers, RetryRegistry retries, TimeLimiterRegistry timeLimiters, Clock clock) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(1));
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = builder.baseUrl(baseUrl).requestFactory(requests).build();
        this.breaker = breakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
        this.timeLimiter = timeLimiters.timeLimiter(NAME);
        this.clock = clock;
    }

    /** The cadre as the registry knows it, or empty when the registry has no such cadre. 503 when it cannot tell. */
    public Optional<ReplicatedCadre> fetch(UUID cadreId) {
        Callable<Optional<RegistryCadre>> timed = TimeLimiter.decorateFutureSupplier(timeLimiter,
                () -> calls.submit(() -> get(cadreId)));
        Callable<Optional<RegistryCadre>> guarded = Retry.decorateCallable(retry, CircuitBreaker.decorateCallable(breaker, timed));
        try {
            return guarded.call().map(c -> new ReplicatedCadre(c.cadreId(), c.unitId(), c.status(), c.managementTier(),
                    c.levels() == null ? QualificationLevels.NONE : c.levels(), clock.instant()));
        } catch (CallNotPermittedException e) {
            throw unavailable("the registry has failed repeatedly and is not being called for a while");
        } catch (Exception e) {
            log.warn("Registry lookup failed after retries: {}", e.toString());
            throw unavailable("the registry did not answer in time");
        }
    }

    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    private Optional<RegistryCadre> get(UUID cadreId) {
        try {
            return Optional.ofNullable(http.get().uri("/api/v1/cadres/{id}", cadreId).retrieve().body(RegistryCadre.class));
        } catch (HttpClientErrorException.NotFound e) {
            // An answer, not a failure: the breaker counts it as a success.
            return Optional.empty();
        }
    }

    private static DomainProblem unavailable(String why) {
        return new DomainProblem(HttpStatus.SERVICE_UNAVAILABLE, "registry-unavailable", "Cadre registry unavailable", "cadreId",
                "This cadre has not reached the enrollment service yet and the cadre registry cannot be asked now: " + why
                        + ". Nothing was changed; please try again in a minute.");
    }

    @PreDestroy
    void close() {
        calls.shutdownNow();
    }
}
