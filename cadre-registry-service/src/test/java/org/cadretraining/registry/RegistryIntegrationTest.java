package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.identity.IdentityProvider;
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
 * The registry on a real broker, a real PostgreSQL and the real identity provider, driven through its HTTP API with
 * real tokens and through its topics. Every test class extends this one, so they share one application context, one
 * database and one outbox relay. {@link #api} is the platform-wide administrator ({@code admin}), who sets things up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = RegistryApplication.CONFIG_NAME)
public abstract class RegistryIntegrationTest {
    protected static final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafka().bootstrapServers());
    protected static final String ADMIN = SpringTestInfrastructure.ADMINISTRATOR;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Tokens live ten minutes; a test takes one that has at least five left. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant signedInAt) {
    }

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
        api = as(ADMIN);
    }

    /** The user's access token, signed in for through the provider's login form. */
    protected static String tokenFor(String subject) {
        return TOKENS.compute(subject, (s, held) -> held != null && held.signedInAt().plus(TOKEN_REUSE).isAfter(Instant.now())
                ? held : new Token(IdentityProvider.shared().tokenFor(s), Instant.now())).value();
    }

    /** The API as this user calls it. */
    protected ApiClient as(String subject) {
        return ApiClient.localhost(port).withToken(tokenFor(subject));
    }

    /** The API without a token. */
    protected ApiClient anonymous() {
        return ApiClient.localhost(port);
    }

    /** Gives the user the role on the unit, as the administrator; returns the grant's id. */
    protected String grant(String subject, AccessRole role, String unitId) {
        ApiClient.Response response = api.post("/api/v1/access/grants", Map.of("subject", subject, "role", role.name(),
                "unitId", unitId));
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json().path("grantId").asText();
    }

    /** A subject no other test uses. */
    protected static String user(String name) {
        return name + "." + suffix().toLowerCase();
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

    /**
     * The outbox rows a request writes: those of the registry's own topics. The agency feed appends its snapshots
     * (agency.*, linkage.*) asynchronously, as it applies the events, so they are no request's doing.
     */
    protected static final String REQUEST_EVENTS = "topic NOT LIKE 'agency.%' AND topic NOT LIKE 'linkage.%'";

    protected long events() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE " + REQUEST_EVENTS).query(Long.class).single();
    }

    protected long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    protected long outboxFor(String key) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE message_key = :k AND " + REQUEST_EVENTS).param("k", key).query(Long.class).single();
    }

    /** A PUT as the signed-in {@code subject}; null is the administrator. */
    protected ApiClient.Response put(String path, Object body, String subject) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ApiClient.json().writeValueAsString(body))), subject);
    }

    /** A POST as the signed-in {@code subject}; null is the administrator. */
    protected ApiClient.Response post(String path, Object body, String subject) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json().writeValueAsString(body))), subject);
    }

    /** A file as the administrator downloads it. */
    protected byte[] download(String path) {
        return download(path, ADMIN);
    }

    protected byte[] download(String path, String subject) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri(path)).GET()
                            .header("Authorization", "Bearer " + tokenFor(subject)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " gave " + response.statusCode());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads {@code content} as the multipart part {@code file}, the way a browser form would, as the administrator. */
    protected ApiClient.Response upload(String path, String fileName, byte[] content) {
        return upload(path, fileName, content, ADMIN);
    }

    protected ApiClient.Response upload(String path, String fileName, byte[] content, String subject) {
        String boundary = "----cadre" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), subject);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private ApiClient.Response send(HttpRequest.Builder request, String subject) {
        request.header("Authorization", "Bearer " + tokenFor(subject == null ? ADMIN : subject));
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
