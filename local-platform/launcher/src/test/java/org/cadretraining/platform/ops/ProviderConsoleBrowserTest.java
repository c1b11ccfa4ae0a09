package org.cadretraining.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.cadretraining.platform.demo.DemoIdentities;
import org.cadretraining.platform.demo.DemoLoader;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.local.LocalPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

/**
 * The training provider's screens, signed in through the login page as the demo's Political School: a class of its
 * own (scheduled, started and given three students through the API by the training officer), a results sheet uploaded
 * with one spoilt row and its per-row report, results and a graduation recorded one by one; and none of the training
 * officer's actions on offer. Each result is checked against the enrollment service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ConsoleTest
class ProviderConsoleBrowserTest {
    private static final String PROVIDER = "truong.chinhtri";
    private static final String OFFICER = "daotao.tinh";

    private static ConsoleSession console;
    private static LocalPlatform platform;
    private static DemoLoader.Loaded demo;
    private static ApiClient officer;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String programId;
    private static String classId;
    private static final List<String> enrollments = new ArrayList<>();
    /** Each student's name, as the registry keeps it, by enrollment. */
    private static final Map<String, String> names = new java.util.HashMap<>();

    @BeforeAll
    static void start() {
        console = ConsoleSession.get();
        platform = console.platform();
        demo = console.demo();
        browser = console.browser();
        wait = console.await();
        officer = console.api(platform.enrollmentUrl(), OFFICER);
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36).toUpperCase();
        programId = officer.post("/api/v1/programs", Map.of("code", "TEST-QLNN-" + run, "name", "Bồi dưỡng quản lý nhà nước (thử " + run + ")",
                "kind", "REFRESHER", "category", "STATE_MANAGEMENT")).expect(201).json().path("programId").asText();
        LocalDate start = LocalDate.now().minusDays(10);
        classId = officer.post("/api/v1/classes", Map.of("programId", programId, "cohort", "Lớp thử " + run, "mode", "IN_SERVICE",
                "providerUnitId", demo.unitIds().get(DemoIdentities.SCHOOL_CODE), "startDate", start.toString(),
                "endDate", start.plusDays(40).toString(), "capacity", 10, "fundingSource", "STATE_BUDGET"))
                .expect(201).json().path("classId").asText();
        officer.post("/api/v1/classes/" + classId + "/open", "").expect(200);
        officer.post("/api/v1/classes/" + classId + "/start", Map.of("on", start.toString())).expect(200);
        JsonNode cadres = console.api(platform.registryUrl(), "nhansu.tinh").get("/api/v1/cadres?unitId=" + demo.provinceUnitId()
                + "&includeSubunits=true&status=ACTIVE&page=0&size=3").expect(200).json();
        for (JsonNode cadre : cadres.path("items")) {
            String enrollmentId = officer.post("/api/v1/enrollments", Map.of("cadreId", cadre.path("cadreId").asText(), "classId", classId))
                    .expect(201).json().path("enrollmentId").asText();
            enrollments.add(enrollmentId);
            names.put(enrollmentId, cadre.path("fullName").asText());
        }
        assertThat(enrollments).hasSize(3);
        console.signIn(PROVIDER);
        console.laptop();
    }

    private static String status(String enrollmentId) {
        return officer.get("/api/v1/enrollments/" + enrollmentId).expect(200).json().path("status").asText();
    }

    @Test
    @Order(1)
    void theProviderSeesItsClassesAndNoneOfTheOfficersActions() {
        console.open("provider?programId=" + programId, "provider");
        assertThat(console.navLinks()).containsExactly("nav-provider");
        assertThat(browser.findElements(By.cssSelector("#class-table tbody tr[data-key]"))).extracting(r -> r.getAttribute("data-key"))
                .containsExactly(classId);
        // Filtered by the service to the school's classes: the chooser stands on the school, and the list's total is
        // the service's for that filter.
        String school = demo.unitIds().get(DemoIdentities.SCHOOL_CODE);
        assertThat(browser.findElement(By.id("filter-provider-unit")).getAttribute("value")).isEqualTo(school);
        long ofTheSchool = officer.get("/api/v1/classes?providerUnitId=" + school).expect(200).json().path("totalItems").asLong();
        console.open("provider", "provider");
        assertThat(browser.findElement(By.id("class-table-status")).getText()).contains("· " + ofTheSchool + " ");
        assertThat(browser.findElements(By.id("new-class"))).isEmpty();

        browser.findElement(By.cssSelector("#class-table a[data-class='" + classId + "']")).click();
        console.awaitView("provider-class");
        assertThat(browser.findElements(By.id("lifecycle-form"))).isEmpty();
        assertThat(browser.findElements(By.id("class-complete"))).isEmpty();
        assertThat(console.waitFor(By.id("upload-form")).isDisplayed()).isTrue();

        // The officer's screens, reached by address: read-only, and nothing to move the class on or to add.
        console.open("classes/" + classId, "class");
        assertThat(browser.findElements(By.id("lifecycle-title"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#main button"))).isEmpty();
        console.open("programs/new", "denied");
        console.open("plans", "plans");
        assertThat(browser.findElements(By.id("plan-form"))).isEmpty();
    }

    @Test
    @Order(2)
    void aResultsSheetWithASpoiltRowIsReportedRowByRow() throws IOException {
        String today = LocalDate.now().toString();
        Path sheet = Files.createTempFile(Path.of("target"), "results-", ".csv");
        Files.writeString(sheet, "enrollmentId,outcome,attendancePercent,finalGrade,certificateNumber,date\n"
                + enrollments.get(0) + ",GRADUATED,95,8.5,TCT-" + classId.substring(0, 6) + "-1," + today + "\n"
                + enrollments.get(1) + ",PASSED,80,7,," + today + "\n", StandardCharsets.UTF_8);
        console.open("provider/" + classId, "provider-class");
        browser.findElement(By.id("u-file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.findElement(By.id("u-atomic")).click();
        browser.findElement(By.id("u-submit")).click();
        console.waitFor(By.id("upload-result"));
        assertThat(browser.findElement(By.id("upload-result")).getAttribute("data-committed")).isEqualTo("true");
        assertThat(browser.findElement(By.id("upload-rows")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("upload-accepted")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("#upload-rejected tr[data-line]"))).extracting(r -> r.getAttribute("data-line"))
                .containsExactly("3");
        assertThat(browser.findElement(By.cssSelector("#upload-rejected tr[data-line='3']")).getText()).containsIgnoringCase("outcome");
        assertThat(status(enrollments.get(0))).isEqualTo("GRADUATED");
        assertThat(status(enrollments.get(1))).isEqualTo("ENROLLED");
        console.screenshot("ops-provider-1366");
        console.viewport(768, 1024);
        TrainingConsoleBrowserTest.assertNoSidewaysScroll(console);
        console.screenshot("ops-provider-768");
        console.laptop();
    }

    @Test
    @Order(3)
    void resultsAndAGraduationAreRecordedOneByOne() {
        console.open("provider/" + classId, "provider-class");
        assertThat(browser.findElements(By.id("roster-pending"))).as("the roster, from the service").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#roster-table tr[data-key]"))).extracting(r -> r.getAttribute("data-key"))
                .containsExactlyInAnyOrderElementsOf(enrollments);
        // The students by name, as the registry gives them (the provider holds no PERSON_READ: directory cards).
        for (String enrollmentId : enrollments) {
            WebElement name = browser.findElement(By.cssSelector("#roster-table tr[data-key='" + enrollmentId + "'] .cadre-name"));
            assertThat(name.getText()).isEqualTo(names.get(enrollmentId));
            assertThat(name.getAttribute("data-named")).isEqualTo("true");
        }
        assertThat(browser.findElement(By.cssSelector("#r-enrollment option[value='" + enrollments.get(1) + "']")).getText())
                .isEqualTo(names.get(enrollments.get(1)));
        console.select("r-enrollment", enrollments.get(1));
        console.select("r-outcome", "FAILED");
        console.fill("r-attendance", "55");
        console.fill("r-grade", "4.5");
        browser.findElement(By.id("r-submit")).click();
        wait.until(d -> !d.findElements(By.id("flash")).isEmpty());
        assertThat(status(enrollments.get(1))).isEqualTo("FAILED");
        assertThat(browser.findElement(By.cssSelector("#roster-table tr[data-key='" + enrollments.get(1) + "']")).getAttribute("data-status"))
                .isEqualTo("FAILED");

        String certificate = "TCT-" + classId.substring(0, 6) + "-3";
        console.select("g-enrollment", enrollments.get(2));
        console.fill("g-certificate", certificate);
        browser.findElement(By.id("g-submit")).click();
        wait.until(d -> "GRADUATED".equals(d.findElement(By.cssSelector("#roster-table tr[data-key='" + enrollments.get(2) + "']"))
                .getAttribute("data-status")));
        JsonNode graduated = officer.get("/api/v1/enrollments/" + enrollments.get(2)).expect(200).json();
        assertThat(graduated.path("status").asText()).isEqualTo("GRADUATED");
        assertThat(graduated.path("certificateNumber").asText()).isEqualTo(certificate);
        assertThat(browser.findElements(By.cssSelector("#r-enrollment option[value]:not([value=''])"))).as("no one is left waiting").isEmpty();
    }
}
