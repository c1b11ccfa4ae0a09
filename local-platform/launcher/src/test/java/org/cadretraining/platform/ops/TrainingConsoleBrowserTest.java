package org.cadretraining.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * The training officer's screens in headless chromium against the whole local platform, signed in through the login
 * page as the demo's training officer of the province: a program defined (its code refused, then accepted); a class
 * scheduled (its capacity over the regulatory cap refused beside the field), then opened, started and completed through
 * its buttons; a plan's quota edited with the 1 : 1.2 figures recomputed before saving, the approval refused by the
 * service with its reason, then the plan approved. Every step is checked against the enrollment service's answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ConsoleTest
class TrainingConsoleBrowserTest {
    private static final String OFFICER = "daotao.tinh";
    private static final String UNIT_OFFICER = "donvi.nasang";

    private static ConsoleSession console;
    private static LocalPlatform platform;
    private static DemoLoader.Loaded demo;
    private static ApiClient enrollment;
    private static WebDriver browser;
    private static WebDriverWait wait;
    /** Unique to this run: the program the tests define, and the class they schedule. */
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36).toUpperCase();
    private static final String CODE = "TEST-LLCT-" + RUN;
    private static String programId;
    private static String classId;

    @BeforeAll
    static void start() {
        console = ConsoleSession.get();
        platform = console.platform();
        demo = console.demo();
        browser = console.browser();
        wait = console.await();
        enrollment = console.api(platform.enrollmentUrl(), OFFICER);
        console.signIn(OFFICER);
        console.laptop();
    }

    private static JsonNode items(JsonNode answer) {
        return answer.isArray() ? answer : answer.path("items");
    }

    /** Every program the service lists (paged or not). */
    private static JsonNode program(String code) {
        for (int page = 0; ; page++) {
            JsonNode answer = enrollment.get("/api/v1/programs?page=" + page + "&size=100").expect(200).json();
            for (JsonNode p : items(answer)) {
                if (p.path("code").asText().equals(code)) {
                    return p;
                }
            }
            if (answer.isArray() || page + 1 >= answer.path("totalPages").asInt()) {
                return null;
            }
        }
    }

    private static String attr(String id, String name) {
        return console.waitFor(By.id(id)).getAttribute(name);
    }

    @Test
    @Order(1)
    void theOfficerIsOfferedTheTrainingScreensOnly() {
        console.open("programs", "programs");
        assertThat(console.navLinks()).contains("nav-programs", "nav-classes", "nav-plans")
                .doesNotContain("nav-provider", "nav-cadres", "nav-units");
        browser.findElement(By.id("lang-en")).click();
        wait.until(d -> d.findElement(By.id("nav-programs")).getText().equals("Programs"));
        assertThat(console.waitFor(By.id("view-title")).getText()).isEqualTo("Program catalogue");
        browser.findElement(By.id("lang-vi")).click();
        wait.until(d -> d.findElement(By.id("nav-programs")).getText().equals("Chương trình"));
        // The list is the service's first page: as many rows, and its total.
        JsonNode first = enrollment.get("/api/v1/programs?page=0&size=20").expect(200).json();
        int total = first.isArray() ? first.size() : first.path("totalItems").asInt();
        assertThat(attr("program-table", "data-total")).isEqualTo(String.valueOf(total));
        assertThat(browser.findElements(By.cssSelector("#program-table tbody tr[data-key]"))).hasSize(Math.min(20, total));
    }

    @Test
    @Order(2)
    void aProgramIsDefinedWithItsPrerequisitesAndConferredLevel() {
        console.open("programs/new", "program-new");
        console.fill("p-code", "bad code");
        console.fill("p-name", "Trung cấp lý luận chính trị – hành chính (thử " + RUN + ")");
        console.select("p-kind", "DEGREE");
        console.select("p-category", "POLITICAL_THEORY");
        console.select("p-confers-ladder", "POLITICAL_THEORY");
        console.select("p-confers-level", "INTERMEDIATE");
        console.select("p-pre-PROFESSIONAL", "VOCATIONAL");
        browser.findElement(By.id("p-tier-UNIT")).click();
        browser.findElement(By.id("p-submit")).click();
        // The service's own reason, beside the code.
        WebElement error = console.waitFor(By.id("err-code"));
        assertThat(error.getText()).contains("upper-case");
        assertThat(attr("p-code", "aria-invalid")).isEqualTo("true");
        assertThat(program(CODE)).isNull();

        console.fill("p-code", CODE);
        browser.findElement(By.id("p-submit")).click();
        console.awaitView("programs");
        assertThat(console.waitFor(By.id("flash")).getText()).contains(CODE);
        JsonNode created = program(CODE);
        assertThat(created).as("the program in the catalogue").isNotNull();
        programId = created.path("programId").asText();
        assertThat(created.path("confers").path("ladder").asText()).isEqualTo("POLITICAL_THEORY");
        assertThat(created.path("confers").path("level").asText()).isEqualTo("INTERMEDIATE");
        assertThat(created.path("prerequisites").toString()).contains("PROFESSIONAL").contains("VOCATIONAL");
        assertThat(created.path("eligibleTiers").toString()).contains("UNIT");
        console.screenshot("ops-programs-1366");
        console.viewport(768, 1024);
        assertNoSidewaysScroll(console);
        console.screenshot("ops-programs-768");
        console.laptop();
    }

    @Test
    @Order(3)
    void aClassIsScheduledWithinTheCapAndMovedThroughItsLife() {
        assertThat(programId).as("the program of the previous step").isNotNull();
        String school = demo.unitIds().get(DemoIdentities.SCHOOL_CODE);
        LocalDate start = LocalDate.now().minusDays(3);
        String cohort = "Khóa " + RUN;
        // The regulatory cap of the program's category, as the service states it when asked for too many.
        Map<String, Object> tooMany = new java.util.HashMap<>(Map.of("programId", programId, "cohort", cohort, "mode", "CONCENTRATED",
                "startDate", start.toString(), "endDate", start.plusDays(60).toString(), "capacity", 1_000_000,
                "fundingSource", "STATE_BUDGET"));
        JsonNode refused = enrollment.post("/api/v1/classes", tooMany).expect(400).json();
        String detail = refused.toString().replaceAll(".*must be at most (\\d+).*", "$1");
        int cap = Integer.parseInt(detail);

        console.open("classes/new", "class-new");
        console.select("c-program", programId);
        console.fill("c-cohort", cohort);
        console.select("c-provider-unit", school);
        console.select("c-mode", "CONCENTRATED");
        console.fillDate("c-start", start.toString());
        console.fillDate("c-end", start.plusDays(60).toString());
        console.fill("c-location", "Trường Chính trị tỉnh");
        console.fill("c-capacity", String.valueOf(cap + 1));
        console.select("c-funding", "STATE_BUDGET");
        browser.findElement(By.id("c-submit")).click();
        WebElement capacityError = console.waitFor(By.id("err-capacity"));
        tooMany.put("capacity", cap + 1);
        JsonNode same = enrollment.post("/api/v1/classes", tooMany).expect(400).json();
        assertThat(capacityError.getText()).as("the service's refusal, beside the capacity").contains("must be at most " + cap)
                .isEqualTo(fieldReason(same, "capacity"));
        assertThat(attr("c-capacity", "aria-invalid")).isEqualTo("true");

        console.fill("c-capacity", "40");
        browser.findElement(By.id("c-submit")).click();
        console.awaitView("class");
        assertThat(console.waitFor(By.id("flash")).getText()).contains(cohort);
        classId = attr("view-title", "data-class");
        JsonNode scheduled = enrollment.get("/api/v1/classes/" + classId).expect(200).json();
        assertThat(scheduled.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(scheduled.path("capacity").asInt()).isEqualTo(40);
        assertThat(scheduled.path("providerUnitId").asText()).isEqualTo(school);
        assertThat(console.waitFor(By.id("capacity-value")).getText()).isEqualTo("40");
        // Capacity against the regulatory cap: both numbers, as the roster states them.
        JsonNode roster = enrollment.get("/api/v1/classes/" + classId + "/roster").expect(200).json();
        assertThat(roster.path("regulatoryCap").asInt()).isEqualTo(cap);
        assertThat(attr("class-capacity", "data-cap")).isEqualTo(String.valueOf(cap));
        assertThat(console.waitFor(By.id("cap-value")).getText()).isEqualTo(String.valueOf(cap));
        assertThat(browser.findElements(By.cssSelector("#roster-table tr[data-key]"))).isEmpty();
        // Only the moves its status allows.
        assertThat(browser.findElements(By.id("class-start"))).isEmpty();
        assertThat(browser.findElements(By.id("class-complete"))).isEmpty();
        console.screenshot("ops-class-1366");
        console.viewport(768, 1024);
        assertNoSidewaysScroll(console);
        console.screenshot("ops-class-768");
        console.laptop();

        move("class-open", "OPEN");
        assertThat(browser.findElements(By.id("class-open"))).isEmpty();
        move("class-start", "IN_PROGRESS");
        move("class-complete", "COMPLETED");
        assertThat(console.waitFor(By.id("no-lifecycle")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#lifecycle-form button"))).isEmpty();

        // The list, filtered by the program: the class, as the service lists it.
        console.open("classes?programId=" + programId, "classes");
        assertThat(browser.findElements(By.cssSelector("#class-table tbody tr[data-key]"))).extracting(r -> r.getAttribute("data-key"))
                .containsExactly(classId);
        assertThat(browser.findElement(By.cssSelector("#class-table tr[data-key='" + classId + "'] [data-status]")).getAttribute("data-status"))
                .isEqualTo("COMPLETED");
        console.screenshot("ops-classes-1366");
        console.viewport(768, 1024);
        assertNoSidewaysScroll(console);
        console.screenshot("ops-classes-768");
        console.laptop();
    }

    /** The reason a problem gives for a field: in its errors[], else its detail. */
    private static String fieldReason(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            if (e.path("field").asText().equals(field)) {
                return e.path("reason").asText();
            }
        }
        return problem.path("detail").asText();
    }

    /** Clicks a lifecycle button; the page shows the new status, which is the service's. */
    private static void move(String button, String status) {
        console.waitFor(By.id(button)).click();
        wait.until(d -> status.equals(d.findElement(By.id("class-status")).getAttribute("data-status")));
        assertThat(console.waitFor(By.id("flash")).isDisplayed()).isTrue();
        assertThat(enrollment.get("/api/v1/classes/" + classId).expect(200).json().path("status").asText()).isEqualTo(status);
    }

    @Test
    @Order(4)
    void aPlansQuotaIsEditedWithTheRatioRecomputedLiveThenApproved() {
        assertThat(programId).as("the program of an earlier step").isNotNull();
        // A year in which the province has no approved plan yet: an owner has one approved plan a year.
        int year = 2060;
        while (!freeYear(year)) {
            year++;
        }
        String naSang = demo.unitIds().get(PersonnelConsoleBrowserTest.NA_SANG_CODE);
        console.open("plans", "plans");
        console.fill("plan-year", String.valueOf(year));
        console.fill("plan-name", "Kế hoạch thử " + RUN);
        console.fillDate("plan-deadline", LocalDate.now().plusDays(30).toString());
        console.select("plan-owner", demo.provinceUnitId());
        browser.findElement(By.id("plan-submit")).click();
        console.awaitView("plan");
        String planId = attr("view-title", "data-plan");
        assertThat(enrollment.get("/api/v1/plans/" + planId).expect(200).json().path("status").asText()).isEqualTo("DRAFT");

        // A unit registers its needs before the deadline: the page shows them.
        console.api(platform.enrollmentUrl(), UNIT_OFFICER).post("/api/v1/plans/" + planId + "/needs", Map.of("unitId", naSang,
                "programId", programId, "mode", "CONCENTRATED", "cadres", 7)).expect(200);

        console.open("plans/" + planId, "plan");
        assertThat(console.waitFor(By.cssSelector("#needs-table tr[data-key='" + naSang + "/" + programId + "/CONCENTRATED'] [data-field=needed]"))
                .getText()).isEqualTo("7");
        // Ten concentrated, typed and not saved: the rule asks for the in-service figure the service's rule gives.
        console.select("q-program", programId);
        console.select("q-mode", "CONCENTRATED");
        console.fill("q-quota", "10");
        browser.findElement(By.id("q-add-allocation")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#q-allocation-rows .allocation:last-child select")))
                .selectByValue(naSang);
        WebElement seats = browser.findElement(By.cssSelector("#q-allocation-rows .allocation:last-child input"));
        seats.sendKeys("6");
        wait.until(d -> "10".equals(d.findElement(By.id("ratio-live")).getAttribute("data-concentrated")));
        assertThat(attr("ratio-live", "data-required")).isEqualTo("12");
        assertThat(attr("ratio-live", "data-met")).isEqualTo("false");
        assertThat(attr("ratio-saved", "data-concentrated")).as("nothing saved yet").isEqualTo("0");
        browser.findElement(By.id("q-submit")).click();
        wait.until(d -> !d.findElements(By.id("flash")).isEmpty());
        JsonNode plan = enrollment.get("/api/v1/plans/" + planId).expect(200).json();
        assertSaved(plan);
        assertThat(plan.path("quotaRatio").path("concentrated").asLong()).isEqualTo(10);

        // In-service, 11: short by one, live; saved, the service refuses approval and says why.
        console.select("q-program", programId);
        console.select("q-mode", "IN_SERVICE");
        console.fill("q-quota", "11");
        wait.until(d -> "11".equals(d.findElement(By.id("ratio-live")).getAttribute("data-in-service")));
        assertThat(attr("ratio-live", "data-met")).isEqualTo("false");
        browser.findElement(By.id("q-submit")).click();
        wait.until(d -> "11".equals(d.findElement(By.id("ratio-saved")).getAttribute("data-in-service")));
        assertSaved(enrollment.get("/api/v1/plans/" + planId).expect(200).json());
        browser.findElement(By.id("plan-approve")).click();
        WebElement why = console.waitFor(By.cssSelector("#approve-form .form-error"));
        assertThat(why.getText()).contains("needs at least 12 in-service");
        assertThat(enrollment.get("/api/v1/plans/" + planId).expect(200).json().path("status").asText()).isEqualTo("DRAFT");

        // Twelve, typed: the rule is met before saving; then saved and approved.
        console.select("q-program", programId);
        console.select("q-mode", "IN_SERVICE");
        assertThat(console.waitFor(By.id("q-quota")).getAttribute("value")).as("the saved quota, to edit").isEqualTo("11");
        console.fill("q-quota", "12");
        wait.until(d -> "true".equals(d.findElement(By.id("ratio-live")).getAttribute("data-met")));
        assertThat(attr("ratio-saved", "data-met")).isEqualTo("false");
        console.screenshot("ops-plan-1366");
        console.viewport(768, 1024);
        assertNoSidewaysScroll(console);
        console.screenshot("ops-plan-768");
        console.laptop();
        browser.findElement(By.id("q-submit")).click();
        wait.until(d -> "true".equals(d.findElement(By.id("ratio-saved")).getAttribute("data-met")));
        console.waitFor(By.id("plan-approve")).click();
        wait.until(d -> "APPROVED".equals(d.findElement(By.id("plan-status")).getAttribute("data-status")));
        JsonNode approved = enrollment.get("/api/v1/plans/" + planId).expect(200).json();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("quotaRatio").path("met").asBoolean()).isTrue();
        assertThat(browser.findElements(By.id("quota-form"))).as("an approved plan no longer changes").isEmpty();
    }

    @Test
    @Order(5)
    void theRosterNamesItsStudentsAsTheRegistryDoes() {
        // A class of its own, with two students from two units of the province (none of them the officer's to read
        // by PERSON_READ: the training officer reads their directory cards).
        String run = RUN + "R";
        String program = enrollment.post("/api/v1/programs", Map.of("code", "TEST-QLNN-" + run, "name", "Bồi dưỡng quản lý (thử " + run + ")",
                "kind", "REFRESHER", "category", "STATE_MANAGEMENT")).expect(201).json().path("programId").asText();
        LocalDate start = LocalDate.now().plusDays(200);
        String klass = enrollment.post("/api/v1/classes", Map.of("programId", program, "cohort", "Lớp danh sách " + run, "mode", "IN_SERVICE",
                "providerUnitId", demo.unitIds().get(DemoIdentities.SCHOOL_CODE), "startDate", start.toString(),
                "endDate", start.plusDays(30).toString(), "capacity", 10, "fundingSource", "STATE_BUDGET"))
                .expect(201).json().path("classId").asText();
        enrollment.post("/api/v1/classes/" + klass + "/open", "").expect(200);
        ApiClient registry = console.api(platform.registryUrl(), "nhansu.tinh");
        JsonNode found = registry.get("/api/v1/cadres?unitId=" + demo.provinceUnitId() + "&includeSubunits=true&status=ACTIVE&page=1&size=50")
                .expect(200).json().path("items");
        Map<String, String> names = new java.util.LinkedHashMap<>();
        java.util.Set<String> units = new java.util.HashSet<>();
        for (JsonNode cadre : found) {
            if (names.size() < 2 && units.add(cadre.path("unitId").asText())) {
                String cadreId = cadre.path("cadreId").asText();
                // The name as the registry keeps it.
                names.put(cadreId, registry.get("/api/v1/cadres/" + cadreId).expect(200).json().path("fullName").asText());
                enrollment.post("/api/v1/enrollments", Map.of("cadreId", cadreId, "classId", klass)).expect(201);
            }
        }
        assertThat(names).hasSize(2);

        console.open("classes/" + klass, "class");
        for (Map.Entry<String, String> student : names.entrySet()) {
            WebElement cell = console.waitFor(By.cssSelector("#roster-table [data-cadre='" + student.getKey() + "']"));
            assertThat(cell.getAttribute("data-named")).isEqualTo("true");
            assertThat(cell.getText()).isEqualTo(student.getValue());
        }
        assertThat(browser.findElement(By.id("roster-table")).getText()).doesNotContain(names.keySet().iterator().next().substring(0, 8));
    }

    private static boolean freeYear(int year) {
        for (JsonNode p : enrollment.get("/api/v1/plans?year=" + year + "&size=200").expect(200).json().path("items")) {
            if (p.path("status").asText().equals("APPROVED")) {
                return false;
            }
        }
        return true;
    }

    /** The saved figures on the page are the service's. */
    private static void assertSaved(JsonNode plan) {
        JsonNode ratio = plan.path("quotaRatio");
        wait.until(d -> ratio.path("inService").asText().equals(d.findElement(By.id("ratio-saved")).getAttribute("data-in-service")));
        assertThat(attr("ratio-saved", "data-concentrated")).isEqualTo(ratio.path("concentrated").asText());
        assertThat(attr("ratio-saved", "data-required")).isEqualTo(ratio.path("requiredInService").asText());
        assertThat(attr("ratio-saved", "data-met")).isEqualTo(ratio.path("met").asText());
    }

    static void assertNoSidewaysScroll(ConsoleSession console) {
        Object overflow = console.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("sideways scrolling at this width").isLessThanOrEqualTo(0);
    }
}
