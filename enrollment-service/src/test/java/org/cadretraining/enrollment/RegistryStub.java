package org.cadretraining.enrollment;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the cadre registry's HTTP API (another service), on a real socket: GET /api/v1/cadres/{id} answers
 * with the cadres put here and 404 for others. {@link #stop()} takes it off the network, {@link #restart()} brings it
 * back on the same port.
 */
final class RegistryStub {
    private final Map<String, String> cadres = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final int port;
    private HttpServer server;

    private RegistryStub() {
        try {
            this.server = serve(0);
        } catch (BindException e) {
            throw new UncheckedIOException(e);
        }
        this.port = server.getAddress().getPort();
    }

    static RegistryStub start() {
        return new RegistryStub();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The registry's answer for a cadre, as its CadreController renders it (only the fields enrollment reads matter). */
    void put(String cadreId, String unitId, String status, String tier, String professional, String politicalTheory) {
        cadres.put(cadreId, """
                {"cadreId":"%s","fullName":"Quàng Văn Minh","unitId":"%s","status":"%s","managementTier":"%s",
                 "levels":{"professional":"%s","politicalTheory":"%s","stateManagement":"NONE"},"qualifications":[]}"""
                .formatted(cadreId, unitId, status, tier, professional, politicalTheory));
    }

    int requests() {
        return requests.get();
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
            s.createContext("/api/v1/cadres/", exchange -> {
                requests.incrementAndGet();
                String id = exchange.getRequestURI().getPath().substring("/api/v1/cadres/".length());
                String body = cadres.get(id);
                byte[] bytes = (body == null ? "{\"title\":\"Cadre not found\"}" : body).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", body == null ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
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
}
