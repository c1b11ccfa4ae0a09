package org.cadretraining.faults.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.cadretraining.faults.platform.Officials.Official;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's HTTP API as the load and the faults call it: JSON with an official's real token, every answer written
 * to the {@link ResponseLog}, and a refused connection or a timeout turned into a status rather than an exception.
 */
public final class ServiceClient {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String service;
    private final String baseUrl;
    private final Officials officials;
    private final ResponseLog log;

    public ServiceClient(String service, String baseUrl, Officials officials, ResponseLog log) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.officials = officials;
        this.log = log;
    }

    public record Reply(int status, String body, boolean retryAfter) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String field) {
            return json().path(field).asText();
        }

        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("Expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Reply get(Official who, String operation, String path) {
        return send(who, operation, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Reply post(Official who, String operation, String path, Object body) {
        return send(who, operation, HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    public Reply delete(Official who, String operation, String path) {
        return send(who, operation, HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    private Reply send(Official who, String operation, HttpRequest.Builder request) {
        request.header("Authorization", "Bearer " + officials.token(who))
                .header("Accept", "application/json, application/problem+json").timeout(TIMEOUT);
        Instant at = Instant.now();
        long started = System.nanoTime();
        Reply reply;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            reply = new Reply(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").isPresent());
        } catch (java.net.http.HttpConnectTimeoutException e) {
            reply = new Reply(ResponseLog.UNREACHABLE, e.toString(), false);
        } catch (HttpTimeoutException e) {
            reply = new Reply(ResponseLog.TIMED_OUT, e.toString(), false);
        } catch (IOException e) {
            reply = new Reply(ResponseLog.UNREACHABLE, e.toString(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        log.add(new ResponseLog.Call(at, service, operation, reply.status(), reply.retryAfter(), millis,
                reply.ok() ? null : reply.body()));
        return reply;
    }
}
