package org.cadretraining.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipFile;

import org.cadretraining.platform.demo.DemoIdentities;
import org.cadretraining.platform.identity.Browser;
import org.cadretraining.platform.identity.SignIn;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What ships, tested as it ships: the packaged {@code local-platform.jar} started exactly as the README says
 * ({@code java -jar …}) in its own process, then every upload and export of every service and the dashboard, each
 * through HTTP. The services' module tests run on their own classpaths; only this test sees the one the jar carries.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class PackagedPlatformIT {
    private static final Path JAR = Path.of("target/local-platform.jar");
    private static final Path DIRECTORY = Path.of("target/packaged-platform").toAbsolutePath();
    private static final int DEMO_CADRES = 300;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Process process;
    private static Path console;
    private static ApiClient registry;
    private static ApiClient enrollment;
    private static ApiClient reporting;
    private static String provinceId;
    private static String planId;
    private static String issuer;
    private static int webPort;

    @BeforeAll
    static void startTheJar() throws Exception {
        assertThat(JAR).as("the packaged jar; run through Maven's verify phase").exists();
        Files.createDirectories(DIRECTORY);
        console = DIRECTORY.resolve("console.log");
        int registryPort = FreePorts.next();
        int enrollmentPort = FreePorts.next();
        int reportingPort = FreePorts.next();
        webPort = FreePorts.next();
        int identityPort = FreePorts.next();
        String java = ProcessHandle.current().info().command().orElse("java");
        // --fresh: whatever an earlier run of this test kept is gone (the README's command keeps the data).
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString(), "--fresh")
                .redirectErrorStream(true).redirectOutput(console.toFile());
        Map<String, String> env = builder.environment();
        env.put("LOCAL_PLATFORM_DIR", DIRECTORY.resolve("data").toString());
        env.put("POSTGRES_PORT", String.valueOf(FreePorts.next()));
        env.put("REGISTRY_PORT", String.valueOf(registryPort));
        env.put("ENROLLMENT_PORT", String.valueOf(enrollmentPort));
        env.put("REPORTING_PORT", String.valueOf(reportingPort));
        env.put("WEB_PORT", String.valueOf(webPort));
        env.put("IDENTITY_PORT", String.valueOf(identityPort));
        env.put("DEMO_CADRES", String.valueOf(DEMO_CADRES));
        env.put("KAFKA_PORT", String.valueOf(FreePorts.next()));
        process = builder.start();
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String printed = Files.readString(console);
            if (!process.isAlive()) {
                throw new AssertionError("The packaged platform exited with " + process.exitValue() + ":\n" + printed);
            }
            return printed.contains("Cadre Training Platform is up");
        });
        issuer = "http://localhost:" + identityPort;
        assertThat(Files.readString(console)).as("the banner names the identity provider").contains(issuer);
        // Signed in as the demo's administrator, through the provider's login form, as the banner says.
        String admin = SignIn.accessToken(issuer, DemoIdentities.ADMINISTRATOR, DemoIdentities.password());
        registry = ApiClient.localhost(registryPort).withToken(admin);
        enrollment = ApiClient.localhost(enrollmentPort).withToken(admin);
        reporting = ApiClient.localhost(reportingPort).withToken(admin);
        for (JsonNode unit : reporting.get("/api/v1/units").expect(200).json()) {
            if (unit.path("parentUnitId").isMissingNode() || unit.path("parentUnitId").isNull()) {
                provinceId = unit.path("unitId").asText();
            }
        }
        String printed = Files.readString(console);
        int plan = printed.indexOf("/api/v1/plans/");
        planId = printed.substring(plan + "/api/v1/plans/".length(), printed.indexOf("/fulfilment", plan));
    }

    @AfterAll
    static void stop() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void theConsoleShowsASummaryAndTheLogsGoToAFile() throws IOException {
        String printed = Files.readString(console);
        String beforeBanner = printed.substring(0, printed.indexOf("=== Cadre Training Platform is up"));
        assertThat(beforeBanner.lines().filter(l -> !l.isBlank()).count()).as(beforeBanner).isLessThan(10);
        assertThat(beforeBanner).doesNotContain(" INFO ", " WARN ", "Exception");
        Path log = DIRECTORY.resolve("data").resolve("logs").resolve("platform.log");
        assertThat(log).exists();
        assertThat(Files.size(log)).isPositive();
        assertThat(printed).contains("Sign in as (password " + DemoIdentities.password() + ")", "baocao.tinh", "hoso.tinh");
    }

    /** Last, as Ctrl+C would be: the services stop before the broker and the database, and the process ends. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void ctrlCStopsThePlatformInOrder() throws Exception {
        long started = System.nanoTime();
        process.destroy();
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("the platform stopped").isTrue();
        long millis = java.time.Duration.ofNanos(System.nanoTime() - started).toMillis();
        String printed = Files.readString(console);
        assertThat(printed).contains("Stopping…").containsPattern("Stopped in \\d+ ms");
        // In order: nothing of a service still running found the database stopped under it, and no outbox relay was
        // left waiting for a connection to give up its lease.
        String log = Files.readString(DIRECTORY.resolve("data").resolve("logs").resolve("platform.log"));
        String stopping = log.substring(Math.max(0, log.indexOf("Commencing graceful shutdown")));
        assertThat(stopping).doesNotContain("terminating connection due to administrator command")
                .doesNotContain("could not give up its lease").doesNotContain("did not give up its lease");
        System.out.printf("The packaged platform stopped %d ms after SIGTERM: %s%n", millis,
                printed.lines().filter(l -> l.startsWith("Stopped in")).findFirst().orElse(""));
    }

    @Test
    void theJarCarriesEveryLibraryEachServiceShipsWith() throws IOException {
        Set<String> platform = libraries(JAR);
        for (String service : List.of("cadre-registry-service", "enrollment-service", "reporting-service")) {
            Path serviceJar = Path.of("../..", service, "target", service + "-0.1.0-SNAPSHOT-exec.jar");
            assertThat(serviceJar).exists();
            Set<String> missing = new TreeSet<>(libraries(serviceJar));
            missing.removeAll(platform);
            missing.removeIf(lib -> lib.startsWith("events-") || lib.startsWith("platform-support-"));
            assertThat(missing).as("libraries %s ships with that local-platform.jar lacks", service).isEmpty();
        }
    }

    @Test
    void theImportTemplateUploadedBackIsAccepted() {
        for (String format : List.of("xlsx", "csv")) {
            ApiClient.Download template = registry.download("/api/v1/cadres/import/template?format=" + format).expect(200);
            JsonNode report = registry.upload("/api/v1/cadres/import", "file", "mau-nhap-can-bo." + format, contentType(format),
                    template.body()).expect(200).json();
            assertThat(report.path("rows").asInt()).as(format).isZero();
            assertThat(report.path("rejected").size()).as(format).isZero();
        }
    }

    @Test
    void theRegistersExportImportedBackChangesNothing() throws IOException {
        for (String format : List.of("xlsx", "csv")) {
            ApiClient.Download export = registry.download("/api/v1/cadres/export?format=" + format).expect(200);
            assertThat(export.header("Content-Disposition")).contains("danh-sach-can-bo-");
            JsonNode report = registry.upload("/api/v1/cadres/import?dryRun=true", "file", "export." + format,
                    contentType(format), export.body()).expect(200).json();
            assertThat(report.path("rows").asInt()).as(format).isGreaterThanOrEqualTo(DEMO_CADRES);
            assertThat(report.path("rejected").size()).as(report.path("rejected").toString()).isZero();
            assertThat(report.path("unchanged").asInt()).as(format).isEqualTo(report.path("rows").asInt());
        }
    }

    @Test
    void resultsAreUploadedAsXlsxAndAsCsv() throws IOException {
        String unit = registry.post("/api/v1/units", Map.of("code", "SMOKE-" + suffix(), "name", "Xã Thanh Nưa",
                "level", "COMMUNE", "parentUnitId", provinceId)).expect(201).json().path("unitId").asText();
        String programId = enrollment.post("/api/v1/programs", Map.of("code", "QPAN-" + suffix(),
                "name", "Bồi dưỡng kiến thức quốc phòng và an ninh", "kind", "REFRESHER", "category", "DEFENCE_SECURITY"))
                .expect(201).json().path("programId").asText();
        String classId = enrollment.post("/api/v1/classes", Map.of("programId", programId, "provider", "Trường Chính trị tỉnh",
                "cohort", "Khóa 1", "mode", "CONCENTRATED", "startDate", "2026-03-02", "endDate", "2026-03-20",
                "capacity", 40, "fundingSource", "STATE_BUDGET")).expect(201).json().path("classId").asText();
        List<String> enrollments = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String cadreId = registry.post("/api/v1/cadres", Map.of("nationalId", String.format("011090%06d", (int) (Math.random() * 999_999)),
                    "fullName", "Lò Văn Smoke " + i, "birthDate", "1990-04-02", "gender", "MALE", "ethnicity", "THAI",
                    "unitId", unit, "position", "Công chức", "rank", "SPECIALIST", "managementTier", "UNIT"))
                    .expect(201).json().path("cadreId").asText();
            await().atMost(Duration.ofSeconds(60)).until(() -> enrollment.get("/api/v1/cadres/" + cadreId).status() == 200);
            enrollments.add(enrollment.post("/api/v1/enrollments", Map.of("cadreId", cadreId, "classId", classId))
                    .expect(201).json().path("enrollmentId").asText());
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(xlsx, "smoke", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Kết quả");
            List<String> header = List.of("enrollmentId", "outcome", "attendancePercent", "finalGrade", "date");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, enrollments.get(0));
            sheet.value(1, 1, "GRADUATED");
            sheet.value(1, 2, 95);
            sheet.value(1, 3, 8.5);
            sheet.value(1, 4, "20/03/2026");
        }
        JsonNode fromXlsx = enrollment.upload("/api/v1/classes/" + classId + "/results", "file", "ket-qua.xlsx", XLSX,
                xlsx.toByteArray()).expect(200).json();
        assertThat(fromXlsx.path("accepted").asInt()).as(fromXlsx.toString()).isEqualTo(1);
        assertThat(fromXlsx.path("committed").asBoolean()).isTrue();
        String csv = "enrollmentId,outcome,attendancePercent,finalGrade,date\n" + enrollments.get(1) + ",FAILED,60,4.0,2026-03-20\n";
        JsonNode fromCsv = enrollment.upload("/api/v1/classes/" + classId + "/results", "file", "ket-qua.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).expect(200).json();
        assertThat(fromCsv.path("accepted").asInt()).as(fromCsv.toString()).isEqualTo(1);
        assertThat(enrollment.get("/api/v1/enrollments/" + enrollments.get(0)).expect(200).json().path("status").asText())
                .isEqualTo("GRADUATED");
    }

    @Test
    void everyReportingExportDownloadsInEveryFormat() throws IOException {
        String cadreId = firstCadreOfTheProvince();
        List<String> exports = List.of("/api/v1/exports/units/" + provinceId + "/progress",
                "/api/v1/exports/targets", "/api/v1/exports/classes/statistics",
                "/api/v1/exports/plans/" + planId + "/fulfilment", "/api/v1/exports/cadres/" + cadreId + "/record");
        for (String export : exports) {
            for (String format : List.of("xlsx", "pdf", "csv")) {
                ApiClient.Download file = reporting.download(export + "." + format).expect(200);
                assertThat(file.header("Content-Disposition")).as(export + "." + format).contains("attachment");
                switch (format) {
                    case "xlsx" -> {
                        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
                            assertThat(workbook.getFirstSheet().read()).as(export).isNotEmpty();
                        }
                    }
                    case "pdf" -> assertThat(new String(file.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                    default -> assertThat(new String(file.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF");
                }
            }
        }
    }

    @Test
    void anOfficialSignsInToTheWebConsoleAndGetsTheDashboardAndItsFigures() {
        Browser browser = new Browser();
        var page = browser.signIn("http://localhost:" + webPort + "/", "baocao.tinh", DemoIdentities.password());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html").contains("dashboard.js");
        for (String asset : List.of("/dashboard.js", "/charts.js", "/dashboard.css")) {
            assertThat(browser.get("http://localhost:" + webPort + asset).statusCode()).as(asset).isEqualTo(200);
        }
        var progress = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + webPort
                + "/reporting/api/v1/units/" + provinceId + "/progress")).header("Accept", "application/json"));
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json().readTree(progress.body()).path("headcount").asInt()).isGreaterThanOrEqualTo(DEMO_CADRES);
    }

    @Test
    void theOperationsConsoleIsServedWholeAndRefusalsComeInVietnamese() {
        Browser browser = new Browser();
        String base = "http://localhost:" + webPort;
        var page = browser.signIn(base + "/ops/index.html", "nhansu.tinh", DemoIdentities.password());
        assertThat(page.statusCode()).isEqualTo(200);
        // Every module the page loads, and every module those import: a file missing from the jar breaks the console.
        java.util.Deque<String> pending = new java.util.ArrayDeque<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("(?:src|href)=\"([\\w./-]+\\.(?:js|css))\"").matcher(page.body());
        while (entry.find()) {
            pending.add(java.net.URI.create("/ops/index.html").resolve(entry.group(1)).getPath());
        }
        assertThat(pending).as("the page's modules").isNotEmpty();
        java.util.regex.Pattern imports = java.util.regex.Pattern.compile("(?:from|import)\\s*'\\./([\\w-]+\\.js)'");
        while (!pending.isEmpty()) {
            String asset = pending.pop();
            if (!seen.add(asset)) {
                continue;
            }
            var served = browser.get(base + asset);
            assertThat(served.statusCode()).as(asset).isEqualTo(200);
            java.util.regex.Matcher imported = imports.matcher(served.body());
            while (imported.find()) {
                pending.add(asset.substring(0, asset.lastIndexOf('/') + 1) + imported.group(1));
            }
        }
        assertThat(seen).contains("/ops/app.js", "/ops/training.js", "/ops/nominations.js", "/ops/provider.js", "/ops/approvals.js");

        // Through the console, in the console's language: the packaged jar carries the Vietnamese bundles.
        var refused = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/registry/api/v1/cadres?tier=MAYOR"))
                .header("Accept", "application/json").header("Accept-Language", "vi"));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = ApiClient.json().readTree(refused.body());
        assertThat(problem.path("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(problem.path("errors").get(0).path("reason").asText()).startsWith("phải là một trong các giá trị");
        var blank = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/registry/api/v1/cadres?size=0"))
                .header("Accept", "application/json").header("Accept-Language", "vi"));
        assertThat(ApiClient.json().readTree(blank.body()).path("errors").get(0).path("reason").asText())
                .as("Bean Validation's message, in Vietnamese").isEqualTo("phải lớn hơn hoặc bằng 1");
    }

    private static String firstCadreOfTheProvince() {
        JsonNode found = reporting.get("/api/v1/dashboard/cadres?unitId=" + provinceId + "&name=").expect(200).json();
        JsonNode list = found.isArray() ? found : found.path("cadres");
        assertThat(list.size()).as(found.toString()).isPositive();
        return list.get(0).path("cadreId").asText();
    }

    private static Set<String> libraries(Path jar) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("BOOT-INF/lib/") && n.endsWith(".jar"))
                    .forEach(n -> names.add(n.substring("BOOT-INF/lib/".length())));
        }
        return names;
    }

    private static String contentType(String format) {
        return format.equals("xlsx") ? XLSX : "text/csv";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
