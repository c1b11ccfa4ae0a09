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
import org.cadretraining.platform.security.ServiceTokens;
import org.cadretraining.platform.web.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Asks the registry's API for a cadre the replica lacks (its event has not arrived yet). Only that path calls the
 * registry; it goes through a time limiter, a circuit breaker and a retry, all named {@value #NAME} and configured in
 * enrollment.yml, so that a registry that is down costs a request a bounded wait and then a 503, and while the breaker
 * is open, no wait at all.
 * <p>
 * It signs in as this service (client credentials, scope {@value #SCOPE}), never with the user's token, and reads the
 * registry's cadre facts, a view without the national ID. A token the identity provider will not issue, or one the
 * registry refuses, ends as the same 503 as a registry that is down: the cadre cannot be looked up now.
 */
@Component
public class RegistryClient {
    public static final String NAME = "registry";
    /** The scope this service's token must carry for the registry to answer. */
    public static final String SCOPE = "registry.cadre-facts";
    static final String FACTS = "/api/v1/cadre-facts/{cadreId}";
    private static final Logger log = LoggerFactory.getLogger(RegistryClient.class);

    /** Null when no registry is configured: every lookup is then a 503. */
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

    /** The registry's cadre facts (GET /api/v1/cadre-facts/{id}): what eligibility needs, no personal data. */
    record RegistryCadre(UUID cadreId, UUID unitId, CadreStatus status, ManagementTier managementTier,
                         QualificationLevels levels) {
    }

    /**
     * @param baseUrl the registry's address; empty turns the lookup off (every cadre must then come by event)
     * @param tokens  this service's client of the identity provider; without one, a configured registry is a
     *                configuration error, refused at start-up rather than found out by the first official it fails
     */
    public RegistryClient(RestClient.Builder builder, @Value("${enrollment.registry.base-url:}") String baseUrl,
                          Optional<ServiceTokens> tokens, CircuitBreakerRegistry breakers, RetryRegistry retries,
                          TimeLimiterRegistry timeLimiters, Clock clock) {
        if (baseUrl == null || baseUrl.isBlank()) {
            log.warn("enrollment.registry.base-url is empty: cadres not yet replicated cannot be looked up in the registry");
            this.http = null;
        } else {
            ServiceTokens signIn = tokens.orElseThrow(() -> new IllegalStateException("enrollment.registry.base-url is set ("
                    + baseUrl + ") but this service has no client of the identity provider to sign in to the registry with:"
                    + " set platform.security.client.id and .secret (ENROLLMENT_CLIENT_ID, ENROLLMENT_CLIENT_SECRET), with"
                    + " the scope " + SCOPE + ", or set enrollment.registry.base-url empty to turn the lookup off"));
            SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
            requests.setConnectTimeout(Duration.ofSeconds(1));
            requests.setReadTimeout(Duration.ofSeconds(5));
            this.http = builder.baseUrl(baseUrl).requestFactory(requests).requestInterceptor(signIn.interceptor()).build();
        }
        this.breaker = breakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
        this.timeLimiter = timeLimiters.timeLimiter(NAME);
        this.clock = clock;
    }

    /** The cadre as the registry knows it, or empty when the registry has no such cadre. 503 when it cannot tell. */
    public Optional<ReplicatedCadre> fetch(UUID cadreId) {
        if (http == null) {
            throw unavailable("no registry is configured for this service");
        }
        Callable<Optional<RegistryCadre>> timed = TimeLimiter.decorateFutureSupplier(timeLimiter,
                () -> calls.submit(() -> get(cadreId)));
        Callable<Optional<RegistryCadre>> guarded = Retry.decorateCallable(retry, CircuitBreaker.decorateCallable(breaker, timed));
        try {
            return guarded.call().map(c -> new ReplicatedCadre(c.cadreId(), c.unitId(), c.status(), c.managementTier(),
                    c.levels() == null ? QualificationLevels.NONE : c.levels(), clock.instant()));
        } catch (CallNotPermittedException e) {
            throw unavailable("the registry has failed repeatedly and is not being called for a while");
        } catch (Exception e) {
            if (refusedCredentials(e)) {
                // Names the refusal, not the token: no secret or token reaches the log.
                log.warn("Registry lookup refused: this service's credentials were not accepted ({})", rootOf(e).getClass().getSimpleName());
                throw unavailable("the registry did not accept this service's credentials");
            }
            log.warn("Registry lookup failed after retries: {}", e.toString());
            throw unavailable("the registry did not answer in time");
        }
    }

    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    private Optional<RegistryCadre> get(UUID cadreId) {
        try {
            return Optional.ofNullable(http.get().uri(FACTS, cadreId).retrieve().body(RegistryCadre.class));
        } catch (HttpClientErrorException.NotFound e) {
            // An answer, not a failure: the breaker counts it as a success.
            return Optional.empty();
        }
    }

    /**
     * The identity provider would not issue a token, or the registry refused the one sent (401, 403). A failure like any
     * other for the breaker and the retry: a retry after a 401 asks for a new token, the old one having been dropped.
     */
    private static boolean refusedCredentials(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OAuth2AuthorizationException || t instanceof HttpClientErrorException.Unauthorized
                    || t instanceof HttpClientErrorException.Forbidden) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
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
