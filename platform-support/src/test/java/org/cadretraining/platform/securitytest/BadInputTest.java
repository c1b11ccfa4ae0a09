package org.cadretraining.platform.securitytest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.cadretraining.platform.fuzz.ApiFuzzer;
import org.cadretraining.platform.fuzz.FuzzReport;
import org.cadretraining.platform.fuzz.WriteProbe;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Bad input in a small service of the platform: bodies over the limit (declared or streamed), JSON nested too deep or
 * numbers too long, a malformed path; and the fuzzer itself, which must find nothing on a strictly validated route and
 * must find the lax one out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=bad-input-probe", "spring.flyway.locations=classpath:db/platform",
        "spring.servlet.multipart.max-file-size=5MB", "spring.servlet.multipart.max-request-size=6MB"})
class BadInputTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String UNIT = ProbeApplication.Probe.KNOWN_UNIT.toString();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        SpringTestInfrastructure.register(properties, "bad_input");
    }

    private static String admin() {
        return IdentityProvider.shared().tokenFor(SpringTestInfrastructure.ADMINISTRATOR);
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body, boolean streamed) throws Exception {
        HttpRequest.BodyPublisher publisher = streamed ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + admin()).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60)).POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        return problem;
    }

    private static String registration(String name) {
        return "{\"name\":\"" + name + "\",\"seats\":3,\"tags\":[\"a\"],\"level\":\"PROVINCE\"}";
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrStreamed() throws Exception {
        byte[] large = registration("x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        for (boolean streamed : new boolean[] {false, true}) {
            JsonNode problem = problem(post("/probe/registrations/" + UNIT, "application/json", large, streamed), 413);
            assertThat(problem.path("type").asString()).endsWith("/request-too-large");
        }
        long before = count();
        // Under the limit, a streamed body reaches the handler whole.
        byte[] fine = registration("Xã Mường Phăng").getBytes(StandardCharsets.UTF_8);
        assertThat(post("/probe/registrations/" + UNIT, "application/json", fine, true).statusCode()).isEqualTo(201);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void anUploadIsNotHeldToTheLimitOfJsonBodies() throws Exception {
        String boundary = "probe-boundary";
        byte[] file = new byte[3 * 1024 * 1024];
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        HttpResponse<String> response = post("/probe/uploads", "multipart/form-data; boundary=" + boundary, body, false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(String.valueOf(file.length));
    }

    @Test
    void jsonNestedTooDeepOrANumberTooLongIsA400ProblemNotAnError() throws Exception {
        // In a property the request does not know, which the parser would otherwise skip through to its end.
        String deep = "{\"name\":\"a\",\"seats\":3,\"level\":\"PROVINCE\",\"extra\":" + "[".repeat(40) + "]".repeat(40) + "}";
        assertThat(problem(post("/probe/registrations/" + UNIT, "application/json", deep.getBytes(StandardCharsets.UTF_8), false), 400)
                .path("detail").asString()).contains("nested too deeply");
        String longNumber = "{\"name\":\"a\",\"seats\":" + "1".repeat(65) + ",\"level\":\"PROVINCE\"}";
        problem(post("/probe/registrations/" + UNIT, "application/json", longNumber.getBytes(StandardCharsets.UTF_8), false), 400);
        String thousands = "[".repeat(5000) + "]".repeat(5000);
        problem(post("/probe/registrations/" + UNIT, "application/json", thousands.getBytes(StandardCharsets.UTF_8), false), 400);
    }

    /** Found by the fuzzer on every service: a body announced as multipart that is none was a 500. */
    @Test
    void aMultipartThatIsNoneIsA400ProblemNotAnError() throws Exception {
        byte[] json = registration("a").getBytes(StandardCharsets.UTF_8);
        problem(post("/probe/registrations/" + UNIT, "multipart/form-data", json, false), 400);
        problem(post("/probe/uploads", "multipart/form-data", json, false), 400);
        problem(post("/probe/uploads", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nnever closed"
                .getBytes(StandardCharsets.UTF_8), false), 400);
        JsonNode notAnUpload = problem(post("/probe/uploads", "application/json", "{}".getBytes(StandardCharsets.UTF_8), false), 400);
        assertThat(notAnUpload.path("type").asString()).endsWith("/invalid-request");
        // The framework's own refusals carry a type of the platform's too.
        assertThat(problem(post("/probe/registrations/" + UNIT, "text/plain", json, false), 415).path("type").asString())
                .endsWith("/unsupported-media-type");
    }

    @Test
    void aPathTheFirewallRefusesIsA400Problem() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/probe/cadres/a;b?unitId=x"))
                .header("Authorization", "Bearer " + admin()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(problem(response, 400).path("type").asString()).endsWith("/invalid-request");
    }

    @Test
    void theFuzzerFindsNothingOnAStrictRoute() {
        FuzzReport report = ApiFuzzer.against("http://localhost:" + port).token(admin())
                .only("POST /probe/registrations/{unitId}").writes(WriteProbe.rowCounts(dataSource)).build().run();
        report.assertClean();
        assertThat(report.sentByKind()).containsKeys("WRONG_TYPE", "TOO_LONG", "UNKNOWN_ENUM", "OUT_OF_RANGE", "NULL_REQUIRED",
                "HUGE_STRING", "DEEP_NESTING", "RANDOM_BYTES", "WRONG_CONTENT_TYPE", "OVERSIZE_CHUNKED", "PARAM_WRONG_TYPE",
                "TOO_MANY_ITEMS", "BAD_FORMAT");
    }

    @Test
    void theFuzzerFindsALaxRouteOut() {
        FuzzReport report = ApiFuzzer.against("http://localhost:" + port).token(admin()).seed(11)
                .only("POST /probe/lax").writes(WriteProbe.rowCounts(dataSource)).build().run();
        assertThat(report.gaps()).contains("name is a string without a maxLength");
        assertThat(report.writes()).singleElement().asString().startsWith("table processed_event");
        assertThat(report.failures()).anyMatch(f -> f.startsWith("200 accepted bad input") && f.contains("NAN_LIKE"));
    }

    private long count() {
        return WriteProbe.rowCounts(dataSource).snapshot().get("table processed_event");
    }
}
