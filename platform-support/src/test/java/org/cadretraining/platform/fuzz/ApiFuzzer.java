package org.cadretraining.platform.fuzz;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cadretraining.platform.fuzz.OpenApiModel.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a service bad input generated from its own OpenAPI description ({@code GET /v3/api-docs}): every operation
 * that takes a body or parameters gets malformed, mistyped, out-of-bounds, over-long, over-large and deeply nested
 * requests, one fault at a time, as a caller the access rules let through (so that they do not hide the validation).
 * Each must be answered by a 4xx RFC 9457 problem (naming the field when one field is at fault) within the timeout,
 * and the service's tables and topics must hold exactly what they held before.
 * <p>
 * The randomness is seeded: the seed is printed, and {@code -Dfuzz.seed=} replays a run.
 */
public final class ApiFuzzer {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String baseUrl;
    private final String defaultToken;
    private final Map<String, String> tokensByPrefix;
    private final long seed;
    private final int maxCasesPerOperation;
    private final Duration timeout;
    private final long bodyLimit;
    private final WriteProbe writes;
    private final Set<String> skipped;
    private final Set<String> only;
    private final Map<String, String> existing;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ApiFuzzer(Builder builder) {
        this.baseUrl = builder.baseUrl;
        this.defaultToken = Objects.requireNonNull(builder.token, "a token: the fuzzer calls as a signed-in user");
        this.tokensByPrefix = Map.copyOf(builder.tokensByPrefix);
        this.seed = builder.seed;
        this.maxCasesPerOperation = builder.maxCasesPerOperation;
        this.timeout = builder.timeout;
        this.bodyLimit = builder.bodyLimit;
        this.writes = builder.writes;
        this.skipped = Set.copyOf(builder.skipped);
        this.only = Set.copyOf(builder.only);
        this.existing = Map.copyOf(builder.existing);
    }

    public static Builder against(String baseUrl) {
        return new Builder(baseUrl);
    }

    public static final class Builder {
        private final String baseUrl;
        private String token;
        private final Map<String, String> tokensByPrefix = new LinkedHashMap<>();
        private long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        private int maxCasesPerOperation = Integer.getInteger("fuzz.max-per-operation", 150);
        private Duration timeout = Duration.ofSeconds(20);
        private long bodyLimit = 1024 * 1024;
        private WriteProbe writes = Map::of;
        private final Set<String> skipped = new HashSet<>();
        private final Set<String> only = new HashSet<>();
        private final Map<String, String> existing = new LinkedHashMap<>();

        private Builder(String baseUrl) {
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        }

        /** The bearer token of every request. */
        public Builder token(String accessToken) {
            this.token = accessToken;
            return this;
        }

        /** Another token for the paths under {@code pathPrefix}: routes only a service's scope opens. */
        public Builder token(String pathPrefix, String accessToken) {
            tokensByPrefix.put(pathPrefix, accessToken);
            return this;
        }

        /** The seed; by default {@code -Dfuzz.seed}, else a random one (printed either way). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder maxCasesPerOperation(int max) {
            this.maxCasesPerOperation = max;
            return this;
        }

        /** How long a request may go unanswered before it counts as a hang. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The service's {@code platform.web.max-body-size}, in bytes: bodies over it must get 413. */
        public Builder bodyLimit(long bytes) {
            this.bodyLimit = bytes;
            return this;
        }

        /** What must not change: the service's tables, the topics it writes to. */
        public Builder writes(WriteProbe probe) {
            this.writes = probe;
            return this;
        }

        /** Leaves an operation out ({@code "POST /api/v1/x"}); the report does not hide it, the caller must say why. */
        public Builder skip(String operation) {
            skipped.add(operation);
            return this;
        }

        /**
         * A value known to be valid for the parameters and body fields named {@code name}: the id of a resource that
         * exists, a level its ladder has. The requests are then valid but for their one fault, so that the fault alone
         * must make the service refuse them (an upload to a real class, a result of a real enrollment); were it let
         * through, the write would show. Ids that name nothing are sent too, as boundary values.
         */
        public Builder known(String name, String value) {
            existing.put(name, value);
            return this;
        }

        /** Only these operations ({@code "POST /api/v1/x"}); all of them when none is named. */
        public Builder only(String... operations) {
            only.addAll(List.of(operations));
            return this;
        }

        public ApiFuzzer build() {
            return new ApiFuzzer(this);
        }
    }

    /** Sends every request, then compares what the service holds; {@link FuzzReport#assertClean()} judges. */
    public FuzzReport run() {
        long started = System.nanoTime();
        String description = fetchDescription();
        String saveTo = System.getProperty("fuzz.save-description");
        if (saveTo != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(saveTo), description);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        JsonNode document = JSON.readTree(description);
        OpenApiModel model = new OpenApiModel(document);
        Random random = new Random(seed);
        List<String> gaps = new ArrayList<>();
        CaseGenerator generator = new CaseGenerator(model, random, bodyLimit, gaps, existing);
        List<FuzzCase> cases = new ArrayList<>();
        int operations = 0;
        for (Operation op : model.operations()) {
            if ((op.params().isEmpty() && op.body() == null) || skipped.contains(op.toString())
                    || (!only.isEmpty() && !only.contains(op.toString()))) {
                continue;
            }
            operations++;
            cases.addAll(CaseGenerator.bounded(generator.cases(op), maxCasesPerOperation, random));
        }
        FuzzReport report = new FuzzReport(baseUrl, seed, operations, gaps.stream().distinct().toList());
        System.out.printf("ApiFuzzer: %d requests to %d operations of %s, seed %d (-Dfuzz.seed=%d replays it)%n",
                cases.size(), operations, baseUrl, seed, seed);
        Map<String, Long> before = settled();
        for (FuzzCase c : cases) {
            check(c, report);
        }
        Map<String, Long> after = writes.snapshot();
        Set<String> names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                report.wrote(name + ": " + before.get(name) + " before, " + after.get(name) + " after");
            }
        }
        report.compared(names.size(), Duration.ofNanos(System.nanoTime() - started));
        System.out.print(report.summary());
        return report;
    }

    /** The figures once the service has stopped changing them by itself (consumers catching up on earlier events). */
    private Map<String, Long> settled() {
        List<Map<String, Long>> last = new ArrayList<>(List.of(writes.snapshot()));
        await("the service's tables and topics to stop changing before the fuzzer starts").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(700)).until(() -> {
                    Map<String, Long> now = writes.snapshot();
                    boolean same = now.equals(last.get(0));
                    last.set(0, now);
                    return same;
                });
        return last.get(0);
    }

    private String fetchDescription() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + defaultToken).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /v3/api-docs gave " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the API description of " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(FuzzCase c, FuzzReport report) {
        HttpResponse<byte[]> response;
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request(c), HttpResponse.BodyHandlers.ofByteArray());
        try {
            response = pending.get(timeout.toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            report.answered(c, 0);
            report.failed(c, "no answer within " + timeout.toSeconds() + " s");
            return;
        } catch (ExecutionException e) {
            report.answered(c, -1);
            report.failed(c, "no answer (" + (e.getCause() == null ? e : e.getCause()) + ")");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        report.answered(c, status);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        if (status >= 500) {
            report.failed(c, status + " " + shown);
            return;
        }
        if (status < 400) {
            report.failed(c, status + " accepted bad input");
            return;
        }
        if (c.expected() != null && !c.expected().contains(status)) {
            report.failed(c, status + " where " + c.expected() + " belongs: " + shown);
        }
        String type = response.headers().firstValue("content-type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            report.failed(c, status + " without a problem (Content-Type " + (type.isEmpty() ? "none" : type) + "): " + shown);
            return;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (RuntimeException e) {
            report.failed(c, status + " with a problem that is not JSON: " + shown);
            return;
        }
        if (!problem.path("type").isString() || problem.path("type").asString().isBlank()
                || !problem.path("title").isString() || problem.path("title").asString().isBlank()
                || problem.path("status").asInt(-1) != status) {
            report.failed(c, status + " with a problem lacking type, title or its status: " + shown);
            return;
        }
        if (c.field() != null && status == 400 && !names(problem, c.field())) {
            report.failed(c, "400 not naming the field " + c.field() + ": " + shown);
        }
    }

    /** The problem names the field, or one inside it or around it (an item of a list, the object holding it). */
    static boolean names(JsonNode problem, String field) {
        List<String> named = new ArrayList<>();
        if (problem.path("field").isString()) {
            named.add(problem.path("field").asString());
        }
        problem.path("errors").forEach(error -> named.add(error.path("field").asString("")));
        String wanted = normal(field);
        for (String name : named) {
            String n = normal(name);
            if (n.equals(wanted) || n.startsWith(wanted + ".") || n.startsWith(wanted + "[")
                    || wanted.startsWith(n + ".") || wanted.startsWith(n + "[")) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String field) {
        return field.replace(".<list element>", "").replace(".<iterable element>", "").replace("<list element>", "");
    }

    private HttpRequest request(FuzzCase c) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + c.target())).timeout(timeout)
                .header("Authorization", "Bearer " + tokenFor(c.target()))
                .header("Accept", "application/problem+json, application/json;q=0.9, */*;q=0.1");
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        HttpRequest.BodyPublisher body;
        if (c.body() == null) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (c.chunked()) {
            byte[] bytes = c.body();
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        } else {
            body = HttpRequest.BodyPublishers.ofByteArray(c.body());
        }
        return request.method(c.method(), body).build();
    }

    private String tokenFor(String target) {
        Map<String, String> sorted = new TreeMap<>(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        sorted.putAll(tokensByPrefix);
        for (Map.Entry<String, String> entry : sorted.entrySet()) {
            if (target.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return defaultToken;
    }
}
