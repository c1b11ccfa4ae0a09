package org.cadretraining.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registry on a real broker and a real PostgreSQL, driven through its HTTP API and its topics. Every test class
 * extends this one, so they share one application context, one database and one outbox relay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = RegistryApplication.CONFIG_NAME)
public abstract class RegistryIntegrationTest {
    protected static final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafka().bootstrapServers());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringTestInfrastructure.register(registry, "registry_test");
    }

    @Value("${local.server.port}")
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    protected ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.localhost(port);
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    protected static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    protected String createUnit(String name, String level, String parentId) {
        Map<String, Object> body = parentId == null
                ? Map.of("code", "U" + suffix(), "name", name, "level", level)
                : Map.of("code", "U" + suffix(), "name", name, "level", level, "parentUnitId", parentId);
        return api.post("/api/v1/units", body).expect(201).json().path("unitId").asText();
    }

    protected String createProvince() {
        return createUnit("Tỉnh Điện Biên", "PROVINCE", null);
    }

    protected long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    protected long outboxFor(String key) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE message_key = :k").param("k", key).query(Long.class).single();
    }

    protected ApiClient.Response put(String path, Object body, String actingUser) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ApiClient.json().writeValueAsString(body))), actingUser);
    }

    protected ApiClient.Response post(String path, Object body, String actingUser) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json().writeValueAsString(body))), actingUser);
    }

    protected byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " gave " + response.statusCode());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads {@code content} as the multipart part {@code file}, the way a browser form would. */
    protected ApiClient.Response upload(String path, String fileName, byte[] content) {
        String boundary = "----cadre" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), null);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private ApiClient.Response send(HttpRequest.Builder request, String actingUser) {
        if (actingUser != null) {
            request.header("X-Acting-User", actingUser);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(120))
                    .header("Accept", "application/json, application/problem+json").build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static List<String> ceTypesOf(List<KafkaProbe.Received> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(r -> r.header("ce_type")).toList();
    }
}
