package org.cadretraining.enrollment;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A stand-in for the cadre registry's HTTP API (another service), on a real socket: GET /api/v1/cadre-facts/{id}
 * answers with the cadres put here and 404 for others. Like the registry it answers only a caller with a bearer token
 * the shared identity provider signed (checked against the provider's keys, issuer and expiry) carrying the scope
 * registry.cadre-facts: 401 without one or with a bad one, 403 without the scope. {@link #stop()} takes it off the
 * network, {@link #restart()} brings it back on the same port.
 */
final class RegistryStub {
    static final String SCOPE = "registry.cadre-facts";
    private final Map<String, String> cadres = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicReference<String> lastCaller = new AtomicReference<>();
    private final JwtDecoder tokens;
    private final int port;
    private HttpServer server;

    private RegistryStub(String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        this.tokens = decoder;
        try {
            this.server = serve(0);
        } catch (BindException e) {
            throw new UncheckedIOException(e);
        }
        this.port = server.getAddress().getPort();
    }

    /** Trusts the tokens of the identity provider {@code issuer}, as the registry would. */
    static RegistryStub start(String issuer) {
        return new RegistryStub(issuer);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The registry's cadre facts for a cadre, as its CadreFactsController renders them: no name, no national ID. */
    void put(String cadreId, String unitId, String status, String tier, String professional, String politicalTheory) {
        cadres.put(cadreId, """
                {"cadreId":"%s","unitId":"%s","status":"%s","managementTier":"%s",
                 "levels":{"professional":"%s","politicalTheory":"%s","stateManagement":"NONE"}}"""
                .formatted(cadreId, unitId, status, tier, professional, politicalTheory));
    }

    /** Requests answered (with facts or a 404), not counting those refused for their token. */
    int requests() {
        return requests.get();
    }

    /** Requests refused with 401 or 403. */
    int refused() {
        return refused.get();
    }

    /** The subject of the last token the stub accepted: the client id, for a service's token. */
    String lastCaller() {
        return lastCaller.get();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Back on the same port; a stopped listener's socket closes asynchronously, so binding is retried briefly. */
    synchronized void restart() {
        if (server != null) {
            return;
        }
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).ignoreException(BindException.class)
                .until(() -> {
                    server = serve(port);
                    return true;
                });
    }

    private HttpServer serve(int onPort) throws BindException {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            s.createContext("/api/v1/cadre-facts/", exchange -> {
                try (exchange) {
                    Jwt caller = authenticate(exchange);
                    if (caller == null) {
                        return;
                    }
                    requests.incrementAndGet();
                    lastCaller.set(caller.getSubject());
                    String id = exchange.getRequestURI().getPath().substring("/api/v1/cadre-facts/".length());
                    String body = cadres.get(id);
                    respond(exchange, body == null ? 404 : 200, body == null ? "{\"title\":\"Cadre not found\"}" : body);
                }
            });
            s.start();
            return s;
        } catch (BindException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caller's validated token, or null once a 401 or 403 has been sent. */
    private Jwt authenticate(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return refuse(exchange, 401, "Bearer");
        }
        Jwt jwt;
        try {
            jwt = tokens.decode(authorization.substring("Bearer ".length()).strip());
        } catch (JwtException e) {
            return refuse(exchange, 401, "Bearer error=\"invalid_token\"");
        }
        if (!scopes(jwt).contains(SCOPE)) {
            return refuse(exchange, 403, "Bearer error=\"insufficient_scope\", scope=\"" + SCOPE + "\"");
        }
        return jwt;
    }

    private Jwt refuse(HttpExchange exchange, int status, String challenge) throws IOException {
        refused.incrementAndGet();
        exchange.getResponseHeaders().add("WWW-Authenticate", challenge);
        respond(exchange, status, "{\"title\":\"" + (status == 401 ? "Sign-in required" : "Access denied") + "\"}");
        return null;
    }

    private static Collection<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaim("scope");
        if (scope instanceof Collection<?> listed) {
            return listed.stream().map(String::valueOf).toList();
        }
        return scope instanceof String text ? Arrays.asList(text.split(" ")) : List.of();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
