package org.cadretraining.platform.dashboard;

import org.cadretraining.platform.local.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

import org.cadretraining.platform.demo.DemoIdentities;
import org.cadretraining.platform.demo.DemoLoader;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.local.HeadlessChromium;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** A provincial leader who reads the figures and the records of the whole province. */
    private static final String OFFICIAL = "lanh.dao.tinh";
    private static String password;
    private static ApiClient officialApi;
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
        Files.createDirectories(SCREENSHOTS);
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);

        LocalPlatform.prepareDirectory(Path.of("target/dashboard-platform"), true);
        platform = new LocalPlatform(new LocalPlatform.Settings(Path.of("target/dashboard-platform"), 0, 0,
                FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(),
                FreePorts.next(), DEMO_CADRES));
        platform.start();
        demo = platform.loadDemo(DEMO_CADRES);
        String admin = platform.signIn(DemoIdentities.ADMINISTRATOR);
        registry = new ApiClient(platform.registryUrl()).withToken(admin);
        reporting = new ApiClient(platform.reportingUrl()).withToken(admin);
        // The official the browser signs in as: the province's figures and its personal records.
        password = platform.addUser(OFFICIAL);
        for (String role : List.of("REPORT_VIEWER", "RECORD_VIEWER")) {
            registry.post("/api/v1/access/grants", Map.of("subject", OFFICIAL, "role", role, "unitId", demo.provinceUnitId()))
                    .expect(201);
        }
        officialApi = new ApiClient(platform.reportingUrl()).withToken(platform.signIn(OFFICIAL, password));
        signIn(OFFICIAL, password);
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

    /**
     * Signs in through the console as a user does: the console sends the browser to the provider's login form, the
     * user fills it in, and the provider sends the browser back, signed in.
     */
    private static void signIn(String username, String secret) {
        browser.get(platform.webUrl() + "/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).as("the provider's login form").startsWith(platform.issuer());
        name.sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(secret);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        try {
            wait.until(d -> d.getCurrentUrl().startsWith(platform.webUrl()) && !d.findElements(By.id("signed-in-as")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not signed in: the browser is at " + browser.getCurrentUrl() + " showing "
                    + browser.getPageSource().substring(0, Math.min(1500, browser.getPageSource().length())), e);
        }
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo(username);
    }

    /** Signs out with the page's own button: the console's session and the provider's end. */
    private static void signOut() {
        waitFor(By.cssSelector("#sign-out button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).as("signed out, the console asks to sign in again").startsWith(platform.issuer());
    }

    /** A fresh page load (a hash change alone would keep the page's state). */
    private static void open(String view) {
        browser.get("about:blank");
        browser.get(platform.webUrl() + "/#/" + view);
        try {
            wait.until(d -> view.equals(d.findElement(By.id("main")).getAttribute("data-view"))
                    && !d.findElements(By.id("view-title")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The " + view + " view did not load; the page shows: "
                    + browser.findElement(By.id("main")).getAttribute("outerHTML"), e);
        }
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
    void theUnitTreeDrillsDownToAUnitUnderTheProvince() throws IOException {
        open("overview");
        // Since 1 July 2025 the communes, wards and departments sit directly under the province: take the one whose
        // people are in the most classes, so that its class figures are not empty.
        JsonNode units = reporting.get("/api/v1/units").expect(200).json();
        JsonNode district = null;
        long most = 0;
        for (JsonNode unit : units) {
            if (demo.provinceUnitId().equals(unit.path("parentUnitId").asText())) {
                long students = reporting.get("/api/v1/classes/statistics?unitId=" + unit.path("unitId").asText()).expect(200)
                        .json().path("students").asLong();
                if (students > most) {
                    most = students;
                    district = unit;
                }
            }
        }
        assertThat(district).isNotNull();
        String districtId = district.path("unitId").asText();
        // The tree is drawn again when the live stream first sends the units: a button found just before may be gone.
        wait.until(d -> {
            d.findElement(By.cssSelector("[data-unit='" + districtId + "']")).click();
            return true;
        });
        wait.until(d -> d.findElement(By.id("unit-name")).getText().equals(
                reporting.get("/api/v1/units/" + districtId + "/progress").json().path("unitName").asText()));
        JsonNode api = reporting.get("/api/v1/units/" + districtId + "/progress").expect(200).json();
        assertThat(value("headcount")).isEqualTo(api.path("headcount").asLong());
        assertThat(value("women")).isEqualTo(api.path("women").asLong());
        screenshot("district");

        // Targets and classes follow the unit chosen: the district's part of each, as the API narrows them.
        String districtName = api.path("unitName").asText();
        browser.findElement(By.id("tab-targets")).click();
        wait.until(d -> "targets".equals(d.findElement(By.id("main")).getAttribute("data-view"))
                && districtName.equals(d.findElement(By.id("unit-name")).getText()));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode target = reporting.get("/api/v1/targets/" + targetId + "?unitId=" + districtId).expect(200).json();
            WebElement row = waitFor(By.cssSelector("tr[data-target-id='" + targetId + "']"));
            assertThat(row.findElement(By.cssSelector("[data-field=cohortSize]")).getText())
                    .isEqualTo(vi(target.path("cohortSize").asLong()));
            assertThat(row.findElement(By.cssSelector("[data-field=meeting]")).getText())
                    .isEqualTo(vi(target.path("meeting").asLong()));
        });
        assertThat(exportLinks()).allSatisfy(link -> assertThat(link.href()).contains("unitId=" + districtId));
        browser.findElement(By.id("tab-classes")).click();
        wait.until(d -> "classes".equals(d.findElement(By.id("main")).getAttribute("data-view"))
                && districtName.equals(d.findElement(By.id("unit-name")).getText()));
        JsonNode districtClasses = reporting.get("/api/v1/classes/statistics?unitId=" + districtId).expect(200).json();
        JsonNode provinceClasses = reporting.get("/api/v1/classes/statistics").expect(200).json();
        assertThat(districtClasses.path("students").asLong()).isPositive()
                .isLessThan(provinceClasses.path("students").asLong());
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(waitFor(By.id("students-total")).getText()).isEqualTo(vi(districtClasses.path("students").asLong())));
        assertThat(exportLinks()).allSatisfy(link -> assertThat(link.href()).contains("unitId=" + districtId));
        screenshot("district-classes");
    }

    /**
     * The day chosen in the header: on 31/12/2024 the tree has Điện Biên's districts and the figures are those the API
     * gives as of that day; back to today, the districts are gone and the figures are the live ones again.
     */
    @Test
    @Order(2)
    void theFiguresOfADayBeforeTheReorganizationShowItsDistricts() throws IOException {
        open("overview");
        JsonNode then = reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress?asOf=2024-12-31").expect(200).json();
        JsonNode now = reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress").expect(200).json();
        assertThat(then.path("headcount").asLong()).isLessThan(now.path("headcount").asLong());
        String muongCha = demo.unitIds().get("DB-MC");
        wait.until(d -> !d.findElements(By.cssSelector("#unit-tree [data-unit]")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("[data-unit='" + muongCha + "']"))).as("no district today").isEmpty();

        WebElement day = waitFor(By.id("as-of-date"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].value = '2024-12-31'; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", day);
        wait.until(d -> !d.findElements(By.id("as-of-day")).isEmpty());
        assertThat(waitFor(By.id("as-of-day")).getAttribute("data-value")).isEqualTo("2024-12-31");
        assertThat(value("headcount")).isEqualTo(then.path("headcount").asLong());
        assertThat(value("women")).isEqualTo(then.path("women").asLong());
        WebElement districts = waitFor(By.cssSelector("#chart-byUnitKind g[data-key='DISTRICT']"));
        assertThat(Long.parseLong(districts.getAttribute("data-value"))).isEqualTo(then.path("byUnitKind").path("DISTRICT").asLong());
        // The district is in the tree of that day; chosen, it shows its figures of that day.
        wait.until(d -> {
            d.findElement(By.cssSelector("[data-unit='" + muongCha + "']")).click();
            return true;
        });
        JsonNode district = reporting.get("/api/v1/units/" + muongCha + "/progress?asOf=2024-12-31").expect(200).json();
        wait.until(d -> d.findElement(By.id("unit-name")).getText().equals(district.path("unitName").asText()));
        assertThat(value("headcount")).isEqualTo(district.path("headcount").asLong()).isPositive();
        assertThat(exportLinks()).allSatisfy(link -> assertThat(link.href()).contains("asOf=2024-12-31"));
        screenshot("as-of-2024-district");

        browser.findElement(By.id("as-of-today")).click();
        wait.until(d -> d.findElements(By.id("as-of-day")).isEmpty() && d.findElements(By.cssSelector("[data-unit='" + muongCha + "']")).isEmpty());
        assertThat(waitFor(By.id("unit-name")).getText()).isEqualTo(demo.provinceName());
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(value("headcount")).isEqualTo(reporting.get("/api/v1/units/" + demo.provinceUnitId() + "/progress")
                        .expect(200).json().path("headcount").asLong()));
        assertThat(browser.findElements(By.cssSelector("#chart-byUnitKind g[data-key='DISTRICT']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart-byUnitKind g[data-key='STATE_AGENCY']"))).hasSize(1);
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
            // The rule: 1.2 in-service for every concentrated, so the in-service to concentrated ratio must reach 1.2.
            if (!classes.path("concentratedToInServiceRatio").isNull()) {
                double ratio = classes.path("concentratedToInServiceRatio").asDouble();
                WebElement status = waitFor(By.id("ratio-status"));
                assertThat(status.getAttribute("data-value")).isEqualTo(String.valueOf(ratio >= 1.2));
                assertThat(status.getText()).isEqualTo(ratio >= 1.2 ? "Đạt quy định" : "Chưa đạt quy định");
            }
        });
        screenshot("classes");

        open("plans");
        JsonNode plans = reporting.get("/api/v1/dashboard/plans").expect(200).json();
        assertThat(plans.findValuesAsString("planId")).containsExactly(demo.planId());
        JsonNode plan = reporting.get("/api/v1/plans/" + demo.planId() + "/fulfilment").expect(200).json();
        assertThat(plan.path("sent").asLong()).isEqualTo(demo.planSent()).isPositive();
        assertThat(plan.path("quota").asLong()).isEqualTo(demo.planQuota()).isGreaterThan(plan.path("sent").asLong());
        assertThat(waitFor(By.id("plan-sent")).getText()).isEqualTo(vi(plan.path("sent").asLong()));
        assertThat(waitFor(By.id("plan-quota")).getText()).isEqualTo(vi(plan.path("quota").asLong()));
        // The view is drawn again when the live stream says the plans changed: read the choice in one go, again if it
        // was redrawn meanwhile.
        String[] chosen = wait.until(d -> {
            WebElement option = d.findElement(By.cssSelector("#plan-select option:checked"));
            return new String[] {option.getAttribute("value"), option.getText()};
        });
        assertThat(chosen[0]).isEqualTo(demo.planId());
        assertThat(chosen[1]).isEqualTo(demo.planYear() + " – " + demo.planName());
        assertPlanTableShows(plan);
        screenshot("plans");

        // An official who reads figures but not records is refused, and the page says why instead of showing names.
        signOut();
        signIn("baocao.tinh", DemoIdentities.password());
        open("record");
        search("Thị");
        assertThat(waitFor(By.id("record-error")).getText()).contains("PERSON_READ");
        assertThat(browser.findElements(By.cssSelector("#record-matches [data-cadre]"))).isEmpty();
        signOut();
        signIn(OFFICIAL, password);
        open("record");
        WebElement first = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            search("Thị");
            return new WebDriverWait(browser, Duration.ofSeconds(5)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#record-matches [data-cadre]")));
        }, java.util.Objects::nonNull);
        String cadreId = first.getAttribute("data-cadre");
        first.click();
        JsonNode record = viewer().get("/api/v1/cadres/" + cadreId + "/record").expect(200).json();
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

        open("plans");
        waitFor(By.id("plan-table"));
        JsonNode plan = reporting.get("/api/v1/plans/" + demo.planId() + "/fulfilment").expect(200).json();
        String planTitle = "Báo cáo thực hiện kế hoạch đào tạo, bồi dưỡng: " + demo.planName();
        JsonNode firstUnit = plan.path("quotas").get(0).path("units").get(0);
        for (Link link : exportLinks()) {
            assertThat(link.href()).contains("/api/v1/exports/plans/" + demo.planId() + "/fulfilment." + link.format());
            byte[] file = download(link.href());
            switch (link.format()) {
                case "xlsx" -> {
                    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
                        List<Row> rows = wb.getFirstSheet().read();
                        assertThat(rows.get(0).getCellText(0)).isEqualTo(planTitle);
                        assertThat(rows.get(1).getCellText(0)).isEqualTo("Đơn vị: " + demo.provinceName());
                        assertThat(rows.get(2).getCellText(0)).isEqualTo("Kỳ báo cáo: Năm " + demo.planYear());
                        assertThat(rows.get(3).getCellText(0)).startsWith("Số liệu tính đến:");
                        // The table, row by row after its column headings: each quota's section, then its units, then the total.
                        int at = rows.indexOf(rows.stream().filter(r -> "STT".equals(r.getCellText(0))).findFirst().orElseThrow()) + 1;
                        assertThat(rows.get(at - 1).getCellText(2)).isEqualTo("Chỉ tiêu");
                        assertThat(rows.get(at - 1).getCellText(3)).isEqualTo("Đã cử");
                        for (JsonNode quota : plan.path("quotas")) {
                            Row section = rows.get(at++);
                            assertThat(section.getCellText(1)).contains(" · ");
                            assertThat(number(section, 2)).isEqualTo(quota.path("quota").asDouble());
                            assertThat(number(section, 3)).isEqualTo(quota.path("sent").asDouble());
                            assertThat(number(section, 4)).isEqualTo(quota.path("percent").asDouble());
                            for (JsonNode unit : quota.path("units")) {
                                Row line = rows.get(at++);
                                assertThat(line.getCellText(1)).isEqualTo(unit.path("unitName").asText());
                                assertThat(number(line, 2)).isEqualTo(unit.path("allocated").asDouble());
                                assertThat(number(line, 3)).isEqualTo(unit.path("sent").asDouble());
                                assertThat(number(line, 4)).isEqualTo(unit.path("percent").asDouble());
                            }
                        }
                        Row total = rows.get(at);
                        assertThat(total.getCellText(1)).isEqualTo("Tổng cộng");
                        assertThat(number(total, 2)).isEqualTo(plan.path("quota").asDouble());
                        assertThat(number(total, 3)).isEqualTo(plan.path("sent").asDouble());
                        assertThat(rows).hasSize(at + 1);
                    }
                }
                case "pdf" -> {
                    String text = pdfText(file).replaceAll("\\s+", " ");
                    assertThat(text).containsIgnoringCase(planTitle)
                            .contains("Đơn vị: " + demo.provinceName(), "Kỳ báo cáo: Năm " + demo.planYear(),
                                    firstUnit.path("unitName").asText())
                            // The extracted text runs a row's cells together, with or without a space.
                            .containsPattern("Tổng cộng\\s*" + vi(plan.path("quota").asLong()) + "\\s*" + vi(plan.path("sent").asLong())
                                    + "\\s*" + vi1(plan.path("percent").asDouble()) + "(\\s|$)");
                }
                case "csv" -> {
                    String csv = new String(file, StandardCharsets.UTF_8);
                    assertThat(csv).startsWith("\uFEFF" + csvCell(planTitle) + "\r\n");
                    assertThat(csv).contains("\r\n,Tổng cộng," + plan.path("quota").asLong() + "," + plan.path("sent").asLong() + ","
                            + plan.path("percent").asDouble() + "\r\n");
                    assertThat(csv).containsPattern("\r\n1," + java.util.regex.Pattern.quote(csvCell(firstUnit.path("unitName").asText())
                            + "," + firstUnit.path("allocated").asLong() + "," + firstUnit.path("sent").asLong() + ","
                            + firstUnit.path("percent").asDouble()) + "\r\n");
                }
                default -> throw new AssertionError(link.href());
            }
        }

        // A cadre's record: searched by full name in the record view, opened, and each of its exports read back.
        JsonNode cadre = aCadreNamed("Thị");
        String fullName = cadre.path("fullName").asText();
        JsonNode record = openRecord(fullName, cadre.path("cadreId").asText());
        String unitName = reporting.get("/api/v1/units").expect(200).json().findParents("unitId").stream()
                .filter(u -> u.path("unitId").asText().equals(record.path("unitId").asText()))
                .map(u -> u.path("name").asText()).findFirst().orElseThrow();
        String recordTitle = "Hồ sơ đào tạo của cán bộ: " + fullName;
        String politicalTheory = labels().path(record.path("levels").path("politicalTheory").asText()).asText();
        assertThat(politicalTheory).isNotBlank();
        for (Link link : exportLinks()) {
            assertThat(link.href()).contains("/api/v1/exports/cadres/" + cadre.path("cadreId").asText() + "/record." + link.format());
            byte[] file = download(link.href());
            switch (link.format()) {
                case "xlsx" -> {
                    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
                        List<Row> rows = wb.getFirstSheet().read();
                        assertThat(rows.get(0).getCellText(0)).isEqualTo(recordTitle);
                        assertThat(rows.get(1).getCellText(0)).isEqualTo("Đơn vị: " + unitName);
                        Row level = rows.stream().filter(r -> "Lý luận chính trị".equals(r.getCellText(1))).findFirst().orElseThrow();
                        assertThat(level.getCellText(2)).isEqualTo(politicalTheory);
                    }
                }
                case "pdf" -> assertThat(pdfText(file).replaceAll("\\s+", " ")).containsIgnoringCase(recordTitle)
                        .contains("Đơn vị: " + unitName)
                        .containsPattern("Lý luận chính trị\\s*" + java.util.regex.Pattern.quote(politicalTheory));
                case "csv" -> {
                    String csv = new String(file, StandardCharsets.UTF_8);
                    assertThat(csv).startsWith("\uFEFF" + csvCell(recordTitle) + "\r\n" + csvCell("Đơn vị: " + unitName) + "\r\n");
                    assertThat(csv).contains(",Lý luận chính trị," + csvCell(politicalTheory) + ",");
                }
                default -> throw new AssertionError(link.href());
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

    /**
     * On a tablet (768 × 1024, portrait) and a laptop (1366 × 768): every view fits the width, without a horizontal
     * scroll, and the view tabs are on screen and reached with the Tab key, in order, and followed with Enter.
     */
    @Test
    @Order(7)
    void everyViewFitsATabletAndALaptopAndItsTabsAreReachedByKeyboard() throws IOException {
        JsonNode cadre = aCadreNamed("Văn");
        try {
            for (Screen screen : List.of(new Screen("tablet", 768, 1024), new Screen("laptop", 1366, 768))) {
                viewport(screen.width(), screen.height());
                for (String view : List.of("overview", "targets", "classes", "plans", "record")) {
                    switch (view) {
                        case "overview" -> {
                            open(view);
                            waitFor(By.cssSelector("#chart-politicalTheory g[data-key]"));
                        }
                        case "targets" -> {
                            open(view);
                            waitFor(By.id("targets-table"));
                        }
                        case "classes" -> {
                            open(view);
                            waitFor(By.id("chart-modes"));
                        }
                        case "plans" -> {
                            open(view);
                            waitFor(By.cssSelector("#plan-table tbody tr"));
                        }
                        default -> openRecord(cadre.path("fullName").asText(), cadre.path("cadreId").asText());
                    }
                    String where = screen.name() + " " + view;
                    wait.until(d -> "on".equals(d.findElement(By.id("live")).getAttribute("data-state")));
                    screenshot(screen.name() + "-" + view);
                    Number viewport = (Number) script("return window.innerWidth;");
                    assertThat(viewport.intValue()).as(where + ": the page is as wide as the screen").isEqualTo(screen.width());
                    assertThat(((Number) script("return window.innerHeight;")).intValue()).isEqualTo(screen.height());
                    Number scrollWidth = (Number) script("return document.documentElement.scrollWidth;");
                    Number clientWidth = (Number) script("return document.documentElement.clientWidth;");
                    assertThat(scrollWidth.intValue()).as(where + ": page width, with what overflows: " + overflowing())
                            .isLessThanOrEqualTo(viewport.intValue()).isLessThanOrEqualTo(clientWidth.intValue());
                    // Narrow, the unit tree goes above the view, which follows it straight away; wide, it goes beside it.
                    @SuppressWarnings("unchecked")
                    Map<String, Number> layout = (Map<String, Number>) script("const u = document.querySelector('aside.units')"
                            + ".getBoundingClientRect(), m = document.getElementById('main').getBoundingClientRect();"
                            + " return {unitsRight: u.right, unitsBottom: u.bottom, mainLeft: m.left, mainTop: m.top};");
                    if (screen.width() <= 900) {
                        assertThat(layout.get("mainTop").doubleValue()).as(where + ": the view right below the unit tree")
                                .isCloseTo(layout.get("unitsBottom").doubleValue(), org.assertj.core.data.Offset.offset(1.0));
                    } else {
                        assertThat(layout.get("mainLeft").doubleValue()).as(where + ": the view beside the unit tree")
                                .isCloseTo(layout.get("unitsRight").doubleValue(), org.assertj.core.data.Offset.offset(1.0));
                    }
                    List<String> tabs = List.of("tab-overview", "tab-targets", "tab-classes", "tab-plans", "tab-record");
                    for (String tab : tabs) {
                        WebElement link = browser.findElement(By.id(tab));
                        assertThat(link.isDisplayed()).as(where + ": " + tab + " shown").isTrue();
                        Number right = (Number) script("const r = arguments[0].getBoundingClientRect();"
                                + " return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 ? r.right : 1e9;", link);
                        assertThat(right.doubleValue()).as(where + ": " + tab + " within the window").isLessThanOrEqualTo(viewport.doubleValue());
                    }
                    assertThat(tabbedTo(tabs)).as(where + ": the tabs in the order Tab reaches them").containsExactlyElementsOf(tabs);
                }
                // Enter on a focused tab opens its view.
                open("overview");
                waitFor(By.id("headcount"));
                tabbedTo(List.of("tab-overview", "tab-targets", "tab-classes"));
                assertThat(script("return document.activeElement.id;")).isEqualTo("tab-classes");
                new Actions(browser).sendKeys(Keys.ENTER).perform();
                wait.until(d -> "classes".equals(d.findElement(By.id("main")).getAttribute("data-view")));
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    private record Screen(String name, int width, int height) {
    }

    /** Sizes the window so that the page itself gets {@code width} × {@code height}, whatever the window adds around it. */
    private static void viewport(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        int extraWidth = ((Number) script("return window.outerWidth - window.innerWidth;")).intValue();
        int extraHeight = ((Number) script("return window.outerHeight - window.innerHeight;")).intValue();
        if (extraWidth != 0 || extraHeight != 0) {
            browser.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
        }
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** The elements wider than the window, to say what to fix when the page scrolls sideways. */
    private static Object overflowing() {
        return script("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + "document.documentElement.clientWidth + 0.5).slice(0, 8).map(e => e.tagName + (e.id ? '#' + e.id : '')"
                + " + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' right='"
                + " + Math.round(e.getBoundingClientRect().right));");
    }

    /**
     * Presses Tab from the top of the page until each of {@code wanted} has had the focus (at most 20 presses) and
     * returns those of them focused, in the order they were: each focused tab also checked to be on screen.
     */
    private static List<String> tabbedTo(List<String> wanted) {
        // From the top, as a person starts: the page heading clicked (it takes no focus, but Tab goes on from it).
        script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        browser.findElement(By.cssSelector("header.top h1")).click();
        List<String> reached = new java.util.ArrayList<>();
        for (int press = 0; press < 20 && reached.size() < wanted.size(); press++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            String focused = (String) script("return document.activeElement ? document.activeElement.id : '';");
            if (wanted.contains(focused) && !reached.contains(focused)) {
                Boolean visible = (Boolean) script("const r = document.activeElement.getBoundingClientRect();"
                        + " return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight"
                        + " && r.left >= 0 && r.right <= window.innerWidth;");
                assertThat(visible).as(focused + " on screen when focused").isTrue();
                reached.add(focused);
            }
        }
        return reached;
    }

    private record Link(String href, String format) {
        String getAttribute(String name) {
            return "href".equals(name) ? href : format;
        }
    }

    /**
     * The plan table as the page shows it, against the API: per quota its row (category and mode, quota, sent, percent)
     * followed by one row per unit (name, seats allocated, sent, percent), in the API's order, nothing more.
     */
    @SuppressWarnings("unchecked")
    private static void assertPlanTableShows(JsonNode plan) {
        JsonNode words = labels();
        List<List<String>> rows = (List<List<String>>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#plan-table tbody tr')].map(tr => "
                        + "[tr.className, ...[...tr.cells].map(c => c.innerText.replace(/\\u00a0/g, ' ').trim())]);");
        int at = 0;
        boolean unitRows = false;
        for (JsonNode quota : plan.path("quotas")) {
            List<String> row = rows.get(at++);
            assertThat(row.get(0)).isEqualTo("quota");
            // The program by its name, as the plan's approval published it, not by its id.
            assertThat(quota.path("programName").asText()).isNotBlank();
            assertThat(row.get(1)).startsWith(quota.path("programName").asText() + " · ");
            assertThat(row.get(1)).endsWith(words.path(quota.path("programCategory").asText()).asText() + " · "
                    + words.path(quota.path("mode").asText()).asText());
            assertThat(row.subList(2, 5)).containsExactly(vi(quota.path("quota").asLong()), vi(quota.path("sent").asLong()),
                    vi1(quota.path("percent").asDouble()) + " %");
            for (JsonNode unit : quota.path("units")) {
                List<String> unitRow = rows.get(at++);
                assertThat(unitRow.get(0)).isEmpty();
                assertThat(unitRow.subList(1, 5)).containsExactly(unit.path("unitName").asText(),
                        vi(unit.path("allocated").asLong()), vi(unit.path("sent").asLong()), vi1(unit.path("percent").asDouble()) + " %");
                unitRows = true;
            }
        }
        assertThat(unitRows).as("at least one unit's row").isTrue();
        assertThat(rows).hasSize(at);
    }

    private static JsonNode labels() {
        return reporting.get("/api/v1/dashboard/labels?lang=vi").expect(200).json();
    }

    /** The first cadre of the province, by name, whose name contains {@code part}. */
    private static JsonNode aCadreNamed(String part) {
        JsonNode matches = viewer().get("/api/v1/dashboard/cadres?unitId=" + demo.provinceUnitId() + "&name="
                + java.net.URLEncoder.encode(part, StandardCharsets.UTF_8)).expect(200).json();
        assertThat(matches.size()).as("cadres named like " + part).isPositive();
        return matches.get(0);
    }

    /** In the record view: searches the full name, opens that cadre's record, and returns the API's record. */
    private static JsonNode openRecord(String fullName, String cadreId) {
        open("record");
        WebElement match = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            search(fullName);
            return new WebDriverWait(browser, Duration.ofSeconds(5)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#record-matches [data-cadre='" + cadreId + "']")));
        }, java.util.Objects::nonNull);
        assertThat(match.getText()).isEqualTo(fullName);
        match.click();
        JsonNode record = viewer().get("/api/v1/cadres/" + cadreId + "/record").expect(200).json();
        wait.until(ExpectedConditions.textToBe(By.id("record-name-title"), record.path("fullName").asText()));
        assertThat(record.path("fullName").asText()).isEqualTo(fullName);
        return record;
    }

    /** The signed-in official, through the API with their own token. */
    private static ApiClient viewer() {
        return officialApi;
    }

    /** Fills the record view's search form and submits it. */
    private static void search(String name) {
        WebElement field = waitFor(By.id("record-name"));
        field.clear();
        field.sendKeys(name);
        browser.findElement(By.cssSelector("#record-search button[type=submit]")).click();
    }

    private static double number(Row row, int cell) {
        return row.getCellAsNumber(cell).orElseThrow(() -> new AssertionError("no number in cell " + cell + " of " + row))
                .doubleValue();
    }

    /** A CSV cell as the exports write it: quoted when it holds a comma, a quote or a line break. */
    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @SuppressWarnings("unchecked")
    private static List<Link> exportLinks() {
        List<List<String>> found = (List<List<String>>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#main a.export')].map(a => [a.href, a.dataset.format]);");
        List<Link> links = found.stream().map(l -> new Link(l.get(0), l.get(1))).toList();
        assertThat(links).extracting(Link::format).containsExactly("xlsx", "pdf", "csv");
        return links;
    }

    /** A download as the browser makes it: through the console, with the browser's session cookie. */
    private static byte[] download(String url) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("CTP_SESSION").getValue();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "CTP_SESSION=" + session).build(),
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

    /** As the page writes a percentage: at most one decimal, a comma before it. */
    private static String vi1(double n) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        return format.format(n);
    }
}
