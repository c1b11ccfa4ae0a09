package org.cadretraining.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.cadretraining.platform.demo.DemoIdentities;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.local.LocalPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

/**
 * One cadre through the whole cycle, every step in the console by the official whose work it is, signed in through the
 * login page: the personnel officer registers them; Xã Na Sang's officer registers the commune's need, nominates them
 * (eligibility checked first) and approves at the unit stage; the province's training officer approves at the province
 * stage, which seats them, and starts the class; the Political School graduates them. Then the register holds the
 * level the program confers, and the dashboard's figures for the commune have moved: one more cadre, then one more at
 * that level and one fewer without political theory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ConsoleTest
class FullCycleBrowserTest {
    private static final String PERSONNEL = "nhansu.tinh";
    private static final String UNIT_OFFICER = "donvi.nasang";
    private static final String TRAINING = "daotao.tinh";
    private static final String PROVIDER = "truong.chinhtri";
    private static final String REPORTS = "baocao.tinh";
    private static final ZoneId OFFICIALS = ZoneId.of("Asia/Ho_Chi_Minh");

    private static ConsoleSession console;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static ApiClient registry;
    private static ApiClient enrollment;
    private static ApiClient reporting;
    private static String naSangId;
    private static String programId;
    private static String classId;
    private static String planId;
    private static String name;
    private static String cadreId;
    private static String nominationId;
    private static String enrollmentId;
    /** The dashboard's figures for the commune before the cadre was registered. */
    private static Map<String, Long> before;

    @BeforeAll
    static void start() {
        console = ConsoleSession.get();
        LocalPlatform platform = console.platform();
        browser = console.browser();
        wait = console.await();
        naSangId = console.demo().unitIds().get(PersonnelConsoleBrowserTest.NA_SANG_CODE);
        registry = console.api(platform.registryUrl(), PERSONNEL);
        enrollment = console.api(platform.enrollmentUrl(), TRAINING);
        reporting = console.api(platform.reportingUrl(), REPORTS);

        // What the province's training office set up beforehand (their screens have their own test): a program that
        // confers the intermediate political theory level, and the Political School's class of it, due to start yesterday (the
        // browser's today, when it starts the class and graduates, may be a day behind Vietnam's).
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36).toUpperCase();
        LocalDate today = LocalDate.now(OFFICIALS);
        programId = enrollment.post("/api/v1/programs", Map.of("code", "LLCT-TC-" + tag, "name", "Trung cấp lý luận chính trị " + tag,
                "kind", "DEGREE", "category", "POLITICAL_THEORY", "confers", Map.of("ladder", "POLITICAL_THEORY", "level", "INTERMEDIATE")))
                .expect(201).json().path("programId").asText();
        classId = enrollment.post("/api/v1/classes", Map.of("programId", programId, "providerUnitId",
                console.demo().unitIds().get(DemoIdentities.SCHOOL_CODE), "cohort", "Khóa " + tag, "mode", "IN_SERVICE",
                "startDate", today.minusDays(1).toString(), "endDate", today.plusMonths(6).toString(), "capacity", 40,
                "fundingSource", "STATE_BUDGET")).expect(201).json().path("classId").asText();
        enrollment.post("/api/v1/classes/" + classId + "/open", Map.of()).expect(200);
        // The province approved its own plan of the year long ago; the commune keeps one of its own, still open for needs.
        planId = enrollment.post("/api/v1/plans", Map.of("year", today.getYear(), "name", "Kế hoạch bồi dưỡng của xã " + tag,
                "needsDeadline", today.plusDays(14).toString(), "ownerUnitId", naSangId)).expect(201).json().path("planId").asText();
        name = "Quàng Thị Chu " + tag;
    }

    /** The commune's figures as the dashboard shows them, once they agree with the reporting API. */
    private static Map<String, Long> dashboardFigures() {
        browser.get("about:blank");
        browser.get(console.platform().webUrl() + "/#/overview");
        wait.until(d -> "overview".equals(d.findElement(By.id("main")).getAttribute("data-view")));
        // The tree is drawn again when the live stream first sends the units: a button found just before may be gone.
        wait.until(d -> {
            d.findElement(By.cssSelector("[data-unit='" + naSangId + "']")).click();
            return true;
        });
        String[] figures = new String[3];
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode api = reporting.get("/api/v1/units/" + naSangId + "/progress").expect(200).json();
            assertThat(browser.findElement(By.id("unit-name")).getText()).isEqualTo(api.path("unitName").asText());
            assertThat(value(By.id("headcount"))).isEqualTo(api.path("headcount").asLong());
            for (String level : new String[] {"INTERMEDIATE", "NONE"}) {
                assertThat(value(By.cssSelector("#chart-politicalTheory g[data-key=" + level + "]")))
                        .as(level).isEqualTo(api.path("politicalTheory").path(level).asLong());
            }
            figures[0] = String.valueOf(api.path("headcount").asLong());
            figures[1] = String.valueOf(api.path("politicalTheory").path("INTERMEDIATE").asLong());
            figures[2] = String.valueOf(api.path("politicalTheory").path("NONE").asLong());
        });
        return Map.of("headcount", Long.parseLong(figures[0]), "INTERMEDIATE", Long.parseLong(figures[1]),
                "NONE", Long.parseLong(figures[2]));
    }

    private static long value(By by) {
        return Long.parseLong(browser.findElement(by).getAttribute("data-value"));
    }

    @Test
    @Order(1)
    void thePersonnelOfficerRegistersTheCadreAndTheDashboardCountsThem() {
        console.signIn(REPORTS);
        before = dashboardFigures();

        console.signIn(PERSONNEL);
        console.open("cadres/new", "cadre-new");
        console.fill("f-fullName", name);
        // A woman born in 1990 in Điện Biên (011): the registry checks the citizen ID against both.
        console.fill("f-nationalId", "011190" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
        console.fillDate("f-birthDate", "1990-03-08");
        console.select("f-gender", "FEMALE");
        console.select("f-ethnicity", "THAI");
        console.select("f-unitId", naSangId);
        console.fill("f-position", "Công chức Văn phòng - Thống kê");
        browser.findElement(By.id("cadre-save")).click();
        console.awaitView("cadre");
        cadreId = browser.findElement(By.id("view-title")).getAttribute("data-cadre");
        JsonNode cadre = registry.get("/api/v1/cadres/" + cadreId).expect(200).json();
        assertThat(cadre.path("fullName").asText()).isEqualTo(name);
        assertThat(cadre.path("levels").path("politicalTheory").asText()).isEqualTo("NONE");

        console.signIn(REPORTS);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dashboardFigures().get("headcount")).isEqualTo(before.get("headcount") + 1));
    }

    @Test
    @Order(2)
    void theCommuneRegistersItsNeedNominatesThemAndApprovesAtTheUnitStage() {
        console.signIn(UNIT_OFFICER);
        console.open("needs?year=" + LocalDate.now(OFFICIALS).getYear() + "&plan=" + planId, "needs");
        console.select("need-unit", naSangId);
        console.select("need-program", programId);
        console.select("need-mode", "IN_SERVICE");
        console.fill("need-cadres", "1");
        browser.findElement(By.id("need-submit")).click();
        wait.until(d -> !d.findElements(By.id("flash")).isEmpty());
        assertThat(console.waitFor(By.cssSelector("#needs-table tr[data-unit='" + naSangId + "'][data-program='" + programId
                + "'] [data-field=needed]")).getText()).isEqualTo("1");

        // The enrollment service learns of the new cadre from the registry's event: until then the check says so.
        ApiClient unit = console.api(console.platform().enrollmentUrl(), UNIT_OFFICER);
        await().atMost(Duration.ofSeconds(30)).until(() -> unit.get("/api/v1/nominations/eligibility?cadreId=" + cadreId
                + "&classId=" + classId + "&unitId=" + naSangId).expect(200).json().path("eligible").asBoolean());
        console.open("nominate?unit=" + naSangId + "&class=" + classId, "nominate");
        console.fill("nominate-q", name);
        browser.findElement(By.id("nominate-search")).click();
        // The name is this run's alone: the search's answer is that one cadre, and the table is drawn anew with it.
        wait.until(d -> java.util.List.of(cadreId).equals(console.script(
                "return [...document.querySelectorAll('#cadre-pick-table tbody tr[data-key]')].map(r => r.dataset.key);")));
        wait.until(d -> {
            d.findElement(By.cssSelector("[data-pick-cadre='" + cadreId + "']")).click();
            return true;
        });
        wait.until(d -> "eligible".equals(d.findElement(By.cssSelector("#picked li[data-cadre='" + cadreId + "'] .verdict"))
                .getAttribute("data-verdict")));
        browser.findElement(By.id("submit-nominations")).click();
        wait.until(d -> "nominated".equals(d.findElement(By.cssSelector("#picked li[data-cadre='" + cadreId + "'] .verdict"))
                .getAttribute("data-verdict")));
        JsonNode nominations = unit.get("/api/v1/nominations?unitId=" + naSangId + "&classId=" + classId + "&page=0&size=20")
                .expect(200).json().path("items");
        assertThat(nominations).hasSize(1);
        nominationId = nominations.get(0).path("nominationId").asText();
        assertThat(nominations.get(0).path("status").asText()).isEqualTo("PENDING_UNIT");

        console.open("nominations?unit=" + naSangId + "&class=" + classId + "&status=PENDING_UNIT", "nominations");
        console.waitFor(By.cssSelector("[data-approve='" + nominationId + "']")).click();
        wait.until(d -> !d.findElements(By.id("flash")).isEmpty() && d.findElement(By.id("flash")).getText().contains(name));
        assertThat(enrollment.get("/api/v1/nominations/" + nominationId).expect(200).json().path("status").asText())
                .isEqualTo("PENDING_PROVINCE");
    }

    @Test
    @Order(3)
    void theProvinceApprovesWhichSeatsThemAndStartsTheClass() {
        console.signIn(TRAINING);
        console.open("approvals?class=" + classId, "approvals");
        wait.until(d -> !d.findElements(By.cssSelector("#approval-table tr[data-key='" + nominationId + "']")).isEmpty());
        console.waitFor(By.id("select-page")).click();
        browser.findElement(By.id("bulk-approve")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#decision-run[data-state=done]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#decision-table tr[data-key='" + nominationId + "']")).getAttribute("data-outcome"))
                .isEqualTo("DONE");
        JsonNode nomination = enrollment.get("/api/v1/nominations/" + nominationId).expect(200).json();
        assertThat(nomination.path("status").asText()).isEqualTo("ENROLLED");
        enrollmentId = nomination.path("enrollmentId").asText();

        console.open("classes/" + classId, "class");
        console.waitFor(By.id("class-start")).click();
        wait.until(d -> "IN_PROGRESS".equals(d.findElement(By.id("class-status")).getAttribute("data-status")));
        assertThat(enrollment.get("/api/v1/classes/" + classId).expect(200).json().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(enrollment.get("/api/v1/classes/" + classId + "/roster").expect(200).json().findValuesAsString("enrollmentId"))
                .containsExactly(enrollmentId);
    }

    @Test
    @Order(4)
    void theSchoolGraduatesThemAndTheRegisterAndTheDashboardMove() {
        console.signIn(PROVIDER);
        console.open("provider/" + classId, "provider-class");
        console.select("g-enrollment", enrollmentId);
        console.fill("g-certificate", "TC-" + classId.substring(0, 8));
        browser.findElement(By.id("g-submit")).click();
        console.awaitText(By.id("flash"), "the graduation's confirmation");
        wait.until(d -> "GRADUATED".equals(d.findElement(By.cssSelector("#roster-table tr[data-key='" + enrollmentId + "']"))
                .getAttribute("data-status")));

        // The registry raises the level from the graduation's event; the cadre's page says so.
        await().atMost(Duration.ofSeconds(30)).until(() -> "INTERMEDIATE".equals(registry.get("/api/v1/cadres/" + cadreId)
                .expect(200).json().path("levels").path("politicalTheory").asText()));
        console.signIn(PERSONNEL);
        console.open("cadres/" + cadreId, "cadre");
        assertThat(console.waitFor(By.cssSelector("li[data-ladder=POLITICAL_THEORY] strong")).getText()).isEqualTo("Trung cấp");
        assertThat(registry.get("/api/v1/cadres/" + cadreId).expect(200).json().path("qualifications").findValuesAsString("source"))
                .contains("GRADUATION");

        console.signIn(REPORTS);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Long> after = dashboardFigures();
            assertThat(after.get("headcount")).isEqualTo(before.get("headcount") + 1);
            assertThat(after.get("INTERMEDIATE")).isEqualTo(before.get("INTERMEDIATE") + 1);
            assertThat(after.get("NONE")).as("registered without political theory, then no more").isEqualTo(before.get("NONE"));
        });
        console.screenshot("ops-full-cycle-dashboard");
    }
}
