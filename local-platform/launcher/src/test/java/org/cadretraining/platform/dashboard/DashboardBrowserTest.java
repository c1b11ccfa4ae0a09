package org.cadretraining.platform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.platform.demo.DemoLoader;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.local.LocalPlatform;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.util.TestSocketUtils;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import tools.jackson.databind.JsonNode;

/**
 * The dashboard in Debian's chromium, headless, against the whole local platform with a demo province: every page,
 * the figures against the API's, the language switch, each export read back, and a number changing live.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    private static final int DEMO_CADRES = 300;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static LocalPlatform platform;
    private static DemoLoader.Loaded demo;
    private static ApiClient registry;
    private static ApiClient reporting;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String targetId;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "No browser: " + CHROMIUM + " is not installed (apt-get install chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "No browser driver: " + CHROMEDRIVER + " is not installed (apt-get install chromium-driver)");
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        try {
            browser = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            assumeTrue(false, "chromium could not be started through chromedriver: " + e.getMessage().lines().findFirst().orElse(""));
        }
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);

        platform = new LocalPlatform(new LocalPlatform.Settings(Path.of("target/dashboard-platform"), 0, 0,
                TestSocketUtils.findAvailableTcpPort(), TestSocketUtils.findAvailableTcpPort(),
                TestSocketUtils.findAvailableTcpPort(), DEMO_CADRES));
        platform.start();
        demo = platform.loadDemo(DEMO_CADRES);
        registry = new ApiClient(platform.registryUrl());
        reporting = new ApiClient(platform.reportingUrl());
        targetId = reporting.post("/api/v1/targets", Map.of("name", "70% cán bộ diện Ban Thường vụ Tỉnh ủy quản lý có trình độ sau đại học",
                        "cohort", Map.of("managementTiers", List.of("PROVINCIAL_STANDING_COMMITTEE")),
                        "criterion", Map.of("ladder", "PROFESSIONAL", "minimumLevel", "MASTER", "orStudying", true),
                        "thresholdPercent", 70, "deadline", "2030-12-31"))
                .expect(201).json().path("targetId").asText();

    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.close();
        }
    }

    /** A fresh page load (a hash change alone would keep the page's state). */
    private static void open(String view) {
        browser.get("about:blank");
        browser.get(platform.reportingUrl() + "/#/" + view);
        wait.until(d -> view.equals(d.findElement(By.id("main")).getAttribute("data-view"))
                && !d.findElements(By.id("view-title")).isEmpty());
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static long value(String id) {
        return Long.parseLong(waitFor(By.id(id)).getAttribute("data-value"));
    }

    @Test
    @Order(1)
    void theOverviewShowsTheProvinceAsTheApiReportsIt() throws IOException {
        open("overview");
        assertThat(waitFor(By.id("unit-name")).getText()).isEqualTo(demo.provinceName());
        // The page follows the API live; compare until both agree (the demo's last events may still be arriving).
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode api = reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress").expect(200).json();
            for (String figure : List.of("headcount", "women", "ethnicMinority", "young")) {
                assertThat(value(figure)).as(figure).isEqualTo(api.path(figure).asLong());
            }
            assertThat(value("studyingNow")).isEqualTo(api.path("studyingNow").path("total").asLong());
            for (String ladder : List.of("politicalTheory", "professional", "stateManagement")) {
                List<WebElement> bars = browser.findElements(By.cssSelector("#chart-" + ladder + " g[data-key]"));
                assertThat(bars).hasSize(api.path(ladder).size());
                for (WebElement bar : bars) {
                    assertThat(Long.parseLong(bar.getAttribute("data-value"))).as(ladder + " " + bar.getAttribute("data-key"))
                            .isEqualTo(api.path(ladder).path(bar.getAttribute("data-key")).asLong());
                    assertThat(bar.getAttribute("aria-label")).isNotBlank();
                }
            }
        });
        assertThat(waitFor(By.id("live")).getText()).isEqualTo("Trực tiếp");
        screenshot("overview");
    }

    @Test
    @Order(2)
    void theUnitTreeDrillsDownToADistrict() throws IOException {
        open("overview");
        JsonNode units = reporting.get("/api/v1/units").expect(200).json();
        JsonNode district = null;
        for (JsonNode unit : units) {
            if ("DISTRICT".equals(unit.path("level").asText()) && demo.provinceUnitId().equals(unit.path("parentUnitId").asText())) {
                district = unit;
                break;
            }
        }
        assertThat(district).isNotNull();
        String districtId = district.path("unitId").asText();
        waitFor(By.cssSelector("[data-unit='" + districtId + "']")).click();
        wait.until(d -> d.findElement(By.id("unit-name")).getText().equals(
                reporting.get("/api/v1/units/" + districtId + "/progress").json().path("unitName").asText()));
        JsonNode api = reporting.get("/api/v1/units/" + districtId + "/progress").expect(200).json();
        assertThat(value("headcount")).isEqualTo(api.path("headcount").asLong());
        assertThat(value("women")).isEqualTo(api.path("women").asLong());
        screenshot("district");
    }

    @Test
    @Order(3)
    void everyPageLoadsWithTheApisFigures() throws IOException {
        open("targets");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode target = reporting.get("/api/v1/targets/" + targetId).expect(200).json();
            WebElement row = waitFor(By.cssSelector("tr[data-target-id='" + targetId + "']"));
            assertThat(row.findElement(By.cssSelector("[data-field=cohortSize]")).getText())
                    .isEqualTo(vi(target.path("cohortSize").asLong()));
            assertThat(row.findElement(By.cssSelector("[data-field=meeting]")).getText())
                    .isEqualTo(vi(target.path("meeting").asLong()));
            assertThat(Double.parseDouble(row.findElement(By.cssSelector("[data-field=percent]")).getAttribute("data-value")))
                    .isEqualTo(target.path("percent").asDouble());
            assertThat(row.findElement(By.cssSelector("[data-field=onTrack]")).getAttribute("data-value"))
                    .isEqualTo(String.valueOf(target.path("onTrack").asBoolean()));
            assertThat(row.findElement(By.cssSelector("[role=meter]")).getAttribute("aria-valuenow"))
                    .isEqualTo(target.path("percent").asText());
        });
        screenshot("targets");

        open("classes");
        JsonNode classes = reporting.get("/api/v1/classes/statistics").expect(200).json();
        assertThat(classes.path("classes").asInt()).isPositive();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertThat(waitFor(By.id("classes-total")).getText()).isEqualTo(vi(classes.path("classes").asLong()));
            assertThat(waitFor(By.id("students-total")).getText()).isEqualTo(vi(classes.path("students").asLong()));
            for (String mode : List.of("CONCENTRATED", "IN_SERVICE")) {
                if (classes.path("byMode").has(mode)) {
                    WebElement modeRow = waitFor(By.cssSelector("tr[data-mode=" + mode + "]"));
                    assertThat(modeRow.findElement(By.cssSelector("[data-field=students]")).getText())
                            .isEqualTo(vi(classes.path("byMode").path(mode).path("students").asLong()));
                }
            }
            assertThat(browser.findElements(By.cssSelector("#chart-modes g[data-key]"))).hasSize(classes.path("byMode").size());
        });
        screenshot("classes");

        open("plans");
        JsonNode plans = reporting.get("/api/v1/dashboard/plans").expect(200).json();
        if (plans.isEmpty()) {
            assertThat(waitFor(By.cssSelector("#main .empty")).getText()).isEqualTo("Chưa có kế hoạch nào được phê duyệt.");
        } else {
            JsonNode plan = reporting.get("/api/v1/plans/" + plans.get(0).path("planId").asText() + "/fulfilment").expect(200).json();
            assertThat(waitFor(By.id("plan-sent")).getText()).isEqualTo(vi(plan.path("sent").asLong()));
            assertThat(waitFor(By.id("plan-quota")).getText()).isEqualTo(vi(plan.path("quota").asLong()));
        }
        screenshot("plans");

        open("record");
        WebElement first = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            WebElement name = waitFor(By.id("record-name"));
            name.clear();
            name.sendKeys("Thị");
            browser.findElement(By.cssSelector("#record-search button[type=submit]")).click();
            return new WebDriverWait(browser, Duration.ofSeconds(5)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#record-matches [data-cadre]")));
        }, java.util.Objects::nonNull);
        String cadreId = first.getAttribute("data-cadre");
        first.click();
        JsonNode record = reporting.get("/api/v1/cadres/" + cadreId + "/record").expect(200).json();
        assertThat(waitFor(By.id("record-name-title")).getText()).isEqualTo(record.path("fullName").asText());
        screenshot("record");
    }

    @Test
    @Order(4)
    void theLanguageSwitchesToEnglishAndBack() throws IOException {
        open("overview");
        waitFor(By.id("headcount"));
        assertThat(browser.findElement(By.id("tab-overview")).getText()).isEqualTo("Tổng quan");
        waitFor(By.id("lang-en")).click();
        wait.until(d -> "Overview".equals(d.findElement(By.id("tab-overview")).getText()));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("lang-en")).getAttribute("aria-pressed")).isEqualTo("true");
        String month = LocalDate.now().format(DateTimeFormatter.ofPattern("MMM", Locale.UK));
        assertThat(browser.findElement(By.id("as-of")).getText()).contains(month);
        assertThat(browser.findElement(By.cssSelector("#chart-politicalTheory figcaption")).getText())
                .isEqualTo("Political theory level");
        assertThat(browser.findElement(By.cssSelector("#chart-politicalTheory g[data-key=INTERMEDIATE] text")).getText())
                .isEqualTo("Intermediate");
        screenshot("overview-en");
        browser.findElement(By.id("lang-vi")).click();
        wait.until(d -> "Tổng quan".equals(d.findElement(By.id("tab-overview")).getText()));
        assertThat(browser.findElement(By.cssSelector("#chart-politicalTheory g[data-key=INTERMEDIATE] text")).getText())
                .isEqualTo("Trung cấp");
        assertThat(browser.findElement(By.id("as-of")).getText()).contains("thg");
    }

    @Test
    @Order(5)
    void everyExportDownloadsWithItsFrameAndFigures() throws Exception {
        JsonNode api = reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress").expect(200).json();
        open("overview");
        waitFor(By.id("headcount"));
        for (Link link : exportLinks()) {
            byte[] file = download(link.getAttribute("href"));
            switch (link.getAttribute("data-format")) {
                case "xlsx" -> {
                    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
                        List<Row> rows = wb.getFirstSheet().read();
                        assertThat(rows.get(0).getCellText(0)).isEqualTo("Báo cáo chất lượng đội ngũ cán bộ");
                        assertThat(rows.get(1).getCellText(0)).isEqualTo("Đơn vị: " + demo.provinceName());
                        assertThat(rows.get(2).getCellText(0)).startsWith("Kỳ báo cáo: Năm");
                        assertThat(rows.get(3).getCellText(0)).startsWith("Số liệu tính đến:");
                        Row headcount = rows.stream().filter(r -> "Tổng số cán bộ".equals(r.getCellText(1))).findFirst().orElseThrow();
                        assertThat(headcount.getCellAsNumber(2).orElseThrow().longValue()).isEqualTo(api.path("headcount").asLong());
                        Row women = rows.stream().filter(r -> "Nữ".equals(r.getCellText(1))).findFirst().orElseThrow();
                        assertThat(women.getCellAsNumber(2).orElseThrow().longValue()).isEqualTo(api.path("women").asLong());
                    }
                }
                case "pdf" -> {
                    String text = pdfText(file);
                    assertThat(text).contains("BÁO CÁO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ", "Đơn vị: " + demo.provinceName(),
                            "Tổng số cán bộ", "Lý luận chính trị", "Dân tộc thiểu số");
                }
                case "csv" -> {
                    String csv = new String(file, StandardCharsets.UTF_8);
                    assertThat(csv).startsWith("\uFEFFBáo cáo chất lượng đội ngũ cán bộ");
                    assertThat(csv).contains("1,Tổng số cán bộ," + api.path("headcount").asLong() + ",",
                            "2,Nữ," + api.path("women").asLong() + ",");
                }
                default -> throw new AssertionError(link.getAttribute("href"));
            }
        }

        open("targets");
        waitFor(By.id("targets-table"));
        JsonNode target = reporting.get("/api/v1/targets/" + targetId).expect(200).json();
        for (Link link : exportLinks()) {
            byte[] file = download(link.getAttribute("href"));
            String text = switch (link.getAttribute("data-format")) {
                case "xlsx" -> xlsxText(file);
                case "pdf" -> pdfText(file);
                default -> new String(file, StandardCharsets.UTF_8);
            };
            assertThat(text.replaceAll("\\s+", " ")).containsIgnoringCase("Báo cáo tiến độ thực hiện chỉ tiêu")
                    .contains(target.path("name").asText(), String.valueOf(target.path("cohortSize").asLong()));
        }

        open("classes");
        waitFor(By.id("classes-table"));
        JsonNode classes = reporting.get("/api/v1/classes/statistics").expect(200).json();
        for (Link link : exportLinks()) {
            byte[] file = download(link.getAttribute("href"));
            String text = switch (link.getAttribute("data-format")) {
                case "xlsx" -> xlsxText(file);
                case "pdf" -> pdfText(file);
                default -> new String(file, StandardCharsets.UTF_8);
            };
            assertThat(text).containsIgnoringCase("Báo cáo thống kê lớp đào tạo, bồi dưỡng").contains("Tập trung", "Tổng cộng");
            if (!"pdf".equals(link.getAttribute("data-format"))) {
                assertThat(text).contains(String.valueOf(classes.path("students").asLong()));
            }
        }
    }

    @Test
    @Order(6)
    void theHeadcountChangesLiveWhenACadreIsRegistered() throws IOException {
        open("overview");
        waitFor(By.id("headcount"));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> value("headcount")
                == reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress").json().path("headcount").asLong());
        long before = value("headcount");
        assertThat(waitFor(By.id("unit-name")).getText()).isEqualTo(demo.provinceName());
        ((JavascriptExecutor) browser).executeScript("window.__notReloaded = true;");
        registry.post("/api/v1/cadres", Map.of("nationalId", "011096" + String.format("%06d", (long) (Math.random() * 999_999)),
                "fullName", "Lò Văn Sơn " + UUID.randomUUID().toString().substring(0, 4), "birthDate", "1996-03-02",
                "gender", "MALE", "ethnicity", "THAI", "unitId", demo.provinceUnitId(), "position", "Chuyên viên",
                "rank", "SPECIALIST", "managementTier", "UNIT",
                "qualifications", List.of(Map.of("ladder", "PROFESSIONAL", "level", "UNIVERSITY")))).expect(201);
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> Long.parseLong(d.findElement(By.id("headcount")).getAttribute("data-value")) == before + 1);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__notReloaded === true;")).isEqualTo(true);
        assertThat(reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress").json().path("headcount").asLong())
                .isEqualTo(before + 1);
        screenshot("overview-live");
    }

    private record Link(String href, String format) {
        String getAttribute(String name) {
            return "href".equals(name) ? href : format;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Link> exportLinks() {
        List<List<String>> found = (List<List<String>>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#main a.export')].map(a => [a.href, a.dataset.format]);");
        List<Link> links = found.stream().map(l -> new Link(l.get(0), l.get(1))).toList();
        assertThat(links).extracting(Link::format).containsExactly("xlsx", "pdf", "csv");
        return links;
    }

    private static byte[] download(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static String xlsxText(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            for (Row row : wb.getFirstSheet().read()) {
                row.forEach(cell -> text.append(cell == null ? "" : cell.getText()).append('\t'));
                text.append('\n');
            }
            return text.toString();
        }
    }

    private static String vi(long n) {
        return java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(n);
    }
}
