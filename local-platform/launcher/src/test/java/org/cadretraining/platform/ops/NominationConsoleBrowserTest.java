package org.cadretraining.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.local.LocalPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

/**
 * The unit officer's and the approvals queue's screens in the browser, against the whole local platform: Xã Na Sang's
 * officer registers a need (and is refused after the deadline), nominates two of the commune's cadres of whom the
 * eligibility check refuses one before anything is sent, and decides at the unit stage one by one and in bulk; the
 * province's training officer approves in bulk with one item refused, sees each item's outcome, then the class's
 * waitlist and the promotion a withdrawal makes; a study plan is made and listed; and the unit officer is offered no
 * province-stage decision anywhere. Every figure is compared with the API's own answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ConsoleTest
class NominationConsoleBrowserTest {
    private static final String UNIT_OFFICER = "donvi.nasang";
    private static final String TRAINING_OFFICER = "daotao.tinh";
    private static final ZoneId OFFICIALS = ZoneId.of("Asia/Ho_Chi_Minh");

    private static ConsoleSession console;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static ApiClient training;
    private static ApiClient unitEnrollment;
    private static ApiClient unitRegistry;
    private static String naSangId;
    private static String programId;
    private static String classId;
    private static String openPlanId;
    private static String closedPlanId;
    private static int planYear;
    /** Three active cadres of Xã Na Sang: A nominated through the page, B and C beforehand through the API. */
    private static String cadreA;
    private static String cadreB;
    private static String cadreC;
    private static String nameA;
    private static String nameC;
    private static String nominationB;
    private static String nominationC;

    @BeforeAll
    static void start() {
        console = ConsoleSession.get();
        LocalPlatform platform = console.platform();
        browser = console.browser();
        wait = console.await();
        naSangId = console.demo().unitIds().get(PersonnelConsoleBrowserTest.NA_SANG_CODE);
        // In the page's language, as the console asks: the refusals compared are worded alike.
        training = console.api(platform.enrollmentUrl(), TRAINING_OFFICER).withHeader("Accept-Language", "vi");
        unitEnrollment = console.api(platform.enrollmentUrl(), UNIT_OFFICER).withHeader("Accept-Language", "vi");
        unitRegistry = console.api(platform.registryUrl(), UNIT_OFFICER).withHeader("Accept-Language", "vi");

        // A program and a class of this test's own: no prerequisite, nothing conferred, one seat, in service (so that no
        // concentrated class of the demo clashes), two years ahead (so that no approved demo plan governs it).
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36).toUpperCase();
        LocalDate today = LocalDate.now(OFFICIALS);
        programId = training.post("/api/v1/programs", Map.of("code", "NOM-" + tag, "name", "Bồi dưỡng công tác Đảng " + tag,
                "kind", "REFRESHER", "category", "PARTY_WORK")).expect(201).json().path("programId").asText();
        LocalDate start = today.plusYears(2);
        planYear = start.getYear();
        classId = training.post("/api/v1/classes", Map.of("programId", programId, "provider", "Trường Chính trị tỉnh",
                "cohort", "Lớp thử " + tag, "mode", "IN_SERVICE", "startDate", start.toString(), "endDate",
                start.plusDays(30).toString(), "capacity", 1, "fundingSource", "STATE_BUDGET")).expect(201).json().path("classId").asText();
        training.post("/api/v1/classes/" + classId + "/open", Map.of()).expect(200);
        openPlanId = training.post("/api/v1/plans", Map.of("year", planYear, "name", "Kế hoạch thử " + tag,
                "needsDeadline", today.plusDays(30).toString())).expect(201).json().path("planId").asText();
        closedPlanId = training.post("/api/v1/plans", Map.of("year", planYear, "name", "Kế hoạch quá hạn " + tag,
                "needsDeadline", today.minusDays(1).toString())).expect(201).json().path("planId").asText();

        JsonNode people = unitRegistry.get("/api/v1/cadres?unitId=" + naSangId + "&includeSubunits=false&status=ACTIVE&page=0&size=50")
                .expect(200).json().path("items");
        assertThat(people.size()).as("active cadres of Xã Na Sang").isGreaterThanOrEqualTo(3);
        List<JsonNode> three = new ArrayList<>();
        people.forEach(three::add);
        java.util.Collections.shuffle(three);
        cadreA = three.get(0).path("cadreId").asText();
        nameA = three.get(0).path("fullName").asText();
        cadreB = three.get(1).path("cadreId").asText();
        cadreC = three.get(2).path("cadreId").asText();
        nameC = three.get(2).path("fullName").asText();
        // B and C nominated beforehand: B so that the page's check refuses B, C for a rejection at the unit stage.
        await().atMost(Duration.ofSeconds(30)).until(() -> eligibility(cadreB).path("eligible").asBoolean());
        nominationB = nominate(cadreB);
        nominationC = nominate(cadreC);
    }

    private static JsonNode eligibility(String cadreId) {
        return unitEnrollment.get("/api/v1/nominations/eligibility?cadreId=" + cadreId + "&classId=" + classId + "&unitId=" + naSangId)
                .expect(200).json();
    }

    private static String nominate(String cadreId) {
        return unitEnrollment.post("/api/v1/nominations", Map.of("cadreId", cadreId, "classId", classId, "unitId", naSangId))
                .expect(201).json().path("nominationId").asText();
    }

    private static JsonNode nomination(String id) {
        return training.get("/api/v1/nominations/" + id).expect(200).json();
    }

    @SuppressWarnings("unchecked")
    private static List<String> rowKeys(String table) {
        return (List<String>) console.script("return [...document.querySelectorAll('#" + table + " tbody tr[data-key]')].map(r => r.dataset.key);");
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> ids = new ArrayList<>();
        for (JsonNode n : page.has("items") ? page.path("items") : page) {
            ids.add(n.path(field).asText());
        }
        return ids;
    }

    private static String reasonOf(JsonNode problem) {
        return problem.path("errors").isEmpty() ? problem.path("detail").asText() : problem.path("errors").get(0).path("reason").asText();
    }

    @Test
    @Order(1)
    void theUnitRegistersItsNeedBeforeTheDeadlineAndIsRefusedAfterIt() {
        console.signIn(UNIT_OFFICER);
        console.open("needs?year=" + planYear + "&plan=" + openPlanId, "needs");
        JsonNode plan = training.get("/api/v1/plans/" + openPlanId).expect(200).json();
        WebElement deadline = console.waitFor(By.id("plan-deadline"));
        assertThat(deadline.getAttribute("data-deadline")).isEqualTo(plan.path("needsDeadline").asText());
        assertThat(deadline.getAttribute("data-passed")).isEqualTo("false");

        console.select("need-unit", naSangId);
        console.select("need-program", programId);
        console.select("need-mode", "IN_SERVICE");
        console.fill("need-cadres", "3");
        browser.findElement(By.id("need-submit")).click();
        console.awaitView("needs");
        wait.until(d -> !d.findElements(By.id("flash")).isEmpty());
        JsonNode after = training.get("/api/v1/plans/" + openPlanId).expect(200).json();
        JsonNode line = null;
        for (JsonNode u : after.path("units")) {
            if (naSangId.equals(u.path("unitId").asText()) && programId.equals(u.path("programId").asText())) {
                line = u;
            }
        }
        assertThat(line).as("the need in the plan").isNotNull();
        assertThat(line.path("needed").asInt()).isEqualTo(3);
        assertThat(console.waitFor(By.cssSelector("#needs-table tr[data-unit='" + naSangId + "'][data-program='" + programId
                + "'] [data-field=needed]")).getText()).isEqualTo("3");
        console.screenshot("ops-needs-1366");

        // After the deadline: the page says so, and shows the service's own refusal beside the unit.
        console.open("needs?year=" + planYear + "&plan=" + closedPlanId, "needs");
        assertThat(console.waitFor(By.id("plan-deadline")).getAttribute("data-passed")).isEqualTo("true");
        console.select("need-unit", naSangId);
        console.select("need-program", programId);
        console.fill("need-cadres", "2");
        browser.findElement(By.id("need-submit")).click();
        JsonNode refusal = unitEnrollment.post("/api/v1/plans/" + closedPlanId + "/needs", Map.of("unitId", naSangId,
                "programId", programId, "mode", "CONCENTRATED", "cadres", 2)).expect(422).json();
        assertThat(refusal.path("field").asText()).isEqualTo("unitId");
        assertThat(console.waitFor(By.id("err-unitId")).getText()).isEqualTo(reasonOf(refusal));
        assertThat(browser.findElement(By.id("need-unit")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(training.get("/api/v1/plans/" + closedPlanId).expect(200).json().path("units").size()).as("nothing written").isZero();
    }

    @Test
    @Order(2)
    void eachPickIsCheckedBeforeSubmittingAndOnlyTheEligibleAreSent() {
        console.open("nominate?unit=" + naSangId + "&class=" + classId, "nominate");
        assertThat(console.waitFor(By.id("chosen-class")).getAttribute("data-class")).isEqualTo(classId);
        for (String[] pick : new String[][] {{cadreA, nameA}, {cadreB, null}}) {
            String name = pick[1] != null ? pick[1]
                    : unitRegistry.get("/api/v1/cadres/" + pick[0]).expect(200).json().path("fullName").asText();
            console.fill("nominate-q", name);
            browser.findElement(By.id("nominate-search")).click();
            // The page searches the registry as the API does: wait for its answer to the name, not the page before.
            JsonNode found = unitRegistry.get("/api/v1/cadres?unitId=" + naSangId + "&includeSubunits=true&status=ACTIVE&page=0&size=10&q="
                    + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).expect(200).json();
            assertThat(ids(found, "cadreId")).contains(pick[0]);
            wait.until(d -> "nominate".equals(d.findElement(By.id("main")).getAttribute("data-view"))
                    && rowKeys("cadre-pick-table").equals(ids(found, "cadreId")));
            console.waitFor(By.cssSelector("[data-pick-cadre='" + pick[0] + "']")).click();
        }
        // A: eligible. B: refused, each reason named as the service gives it.
        JsonNode forA = eligibility(cadreA);
        JsonNode forB = eligibility(cadreB);
        assertThat(forA.path("eligible").asBoolean()).isTrue();
        assertThat(forB.path("eligible").asBoolean()).isFalse();
        wait.until(d -> d.findElements(By.cssSelector("#picked li[data-state=checking]")).isEmpty()
                && d.findElements(By.cssSelector("#picked > li[data-cadre]")).size() == 2);
        assertThat(browser.findElement(By.cssSelector("#picked li[data-cadre='" + cadreA + "'] .verdict")).getAttribute("data-verdict"))
                .isEqualTo(forA.path("wouldWaitlist").asBoolean() ? "waitlist" : "eligible");
        List<WebElement> shown = browser.findElements(By.cssSelector("#picked li[data-cadre='" + cadreB + "'] .refusals li"));
        assertThat(shown).hasSize(forB.path("refusals").size());
        for (int i = 0; i < shown.size(); i++) {
            JsonNode r = forB.path("refusals").get(i);
            String slug = r.path("type").asText().substring(r.path("type").asText().lastIndexOf('/') + 1);
            assertThat(shown.get(i).getAttribute("data-type")).isEqualTo(slug);
            assertThat(shown.get(i).findElement(By.className("refusal-detail")).getText()).isEqualTo(r.path("detail").asText());
        }
        WebElement first = shown.get(0);
        assertThat(first.getAttribute("data-type")).isEqualTo("already-enrolled");
        assertThat(first.findElement(By.className("refusal-name")).getText()).isEqualTo("Đã ở trong lớp hoặc đã được cử vào lớp này");
        assertThat(browser.findElement(By.id("submit-nominations")).getText()).contains("1");
        console.screenshot("ops-nominate-1366");

        browser.findElement(By.id("submit-nominations")).click();
        wait.until(d -> "nominated".equals(d.findElement(By.cssSelector("#picked li[data-cadre='" + cadreA + "'] .verdict"))
                .getAttribute("data-verdict")));
        assertThat(console.waitFor(By.id("flash")).getText()).contains("1");
        JsonNode ofClass = unitEnrollment.get("/api/v1/nominations?unitId=" + naSangId + "&classId=" + classId + "&page=0&size=20")
                .expect(200).json();
        assertThat(ids(ofClass, "cadreId")).containsExactlyInAnyOrder(cadreA, cadreB, cadreC);
    }

    @Test
    @Order(3)
    void theUnitDecidesOneByOneAndInBulk() {
        console.open("nominations?unit=" + naSangId + "&class=" + classId + "&status=PENDING_UNIT", "nominations");
        JsonNode pending = unitEnrollment.get("/api/v1/nominations?unitId=" + naSangId + "&includeSubunits=true&classId=" + classId
                + "&status=PENDING_UNIT&page=0&size=20").expect(200).json();
        wait.until(d -> rowKeys("nomination-table").equals(ids(pending, "nominationId")));
        String nominationA = null;
        for (JsonNode n : pending.path("items")) {
            if (cadreA.equals(n.path("cadreId").asText())) {
                nominationA = n.path("nominationId").asText();
            }
        }
        assertThat(nominationA).isNotNull();
        assertThat(browser.findElements(By.cssSelector("[data-stage=PROVINCE]"))).as("no province-stage control").isEmpty();
        console.screenshot("ops-nominations-1366");

        // C rejected: first with no reason, refused by the service beside the reason; then with one.
        console.waitFor(By.cssSelector("[data-reject='" + nominationC + "']")).click();
        JsonNode noReason = unitEnrollment.post("/api/v1/nominations/" + nominationC + "/reject", Map.of("stage", "UNIT")).expect(400).json();
        assertThat(console.waitFor(By.id("err-reason")).getText()).isEqualTo(reasonOf(noReason));
        console.fill("decision-reason", "Đơn vị cử người khác");
        browser.findElement(By.cssSelector("[data-reject='" + nominationC + "']")).click();
        wait.until(d -> !d.findElements(By.id("flash")).isEmpty() && d.findElement(By.id("flash")).getText().contains(nameC));
        JsonNode c = nomination(nominationC);
        assertThat(c.path("status").asText()).isEqualTo("REJECTED");
        assertThat(c.path("reason").asText()).isEqualTo("Đơn vị cử người khác");

        // A approved by its own button; B selected and approved in bulk.
        String a = nominationA;
        console.waitFor(By.cssSelector("[data-approve='" + a + "']")).click();
        wait.until(d -> !d.findElements(By.id("flash")).isEmpty() && d.findElement(By.id("flash")).getText().contains(nameA));
        assertThat(nomination(a).path("status").asText()).isEqualTo("PENDING_PROVINCE");
        console.waitFor(By.cssSelector(".pick-row[data-id='" + nominationB + "']")).click();
        browser.findElement(By.id("bulk-approve")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#decision-run[data-state=done]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#decision-table tr[data-key='" + nominationB + "']")).getAttribute("data-outcome"))
                .isEqualTo("DONE");
        assertThat(nomination(nominationB).path("status").asText()).isEqualTo("PENDING_PROVINCE");
    }

    @Test
    @Order(4)
    void theUnitOfficerIsOfferedNoProvinceStageApproval() {
        console.open("nominations?unit=" + naSangId, "nominations");
        assertThat(console.navLinks()).contains("nav-needs", "nav-nominate", "nav-nominations", "nav-study-plans")
                .doesNotContain("nav-approvals");
        assertThat(browser.findElement(By.id("bulk-approve")).getAttribute("data-stage")).isEqualTo("UNIT");
        assertThat(browser.findElements(By.cssSelector("[data-stage=PROVINCE]"))).isEmpty();
        for (String[] screen : List.of(new String[] {"nominate?class=" + classId, "nominate"}, new String[] {"needs", "needs"},
                new String[] {"study-plans", "study-plans"})) {
            console.open(screen[0], screen[1]);
            assertThat(browser.findElements(By.cssSelector("[data-stage=PROVINCE], #nav-approvals"))).as(screen[1]).isEmpty();
        }
        console.open("approvals", "denied");
        // The service agrees: a province-stage decision is not theirs.
        unitEnrollment.post("/api/v1/nominations/" + nominationB + "/approve", Map.of("stage", "PROVINCE")).expect(403);
    }

    @Test
    @Order(5)
    void theProvinceApprovesInBulkAndSeesEachItemsOutcome() {
        console.signIn(TRAINING_OFFICER);
        console.open("approvals?class=" + classId, "approvals");
        assertThat(console.navLinks()).contains("nav-approvals");
        JsonNode queue = training.get("/api/v1/nominations?awaiting=PROVINCE&classId=" + classId + "&page=0&size=20").expect(200).json();
        assertThat(ids(queue, "cadreId")).containsExactlyInAnyOrder(cadreA, cadreB);
        wait.until(d -> rowKeys("approval-table").equals(ids(queue, "nominationId")));
        assertThat(browser.findElement(By.id("bulk-approve")).getAttribute("data-stage")).isEqualTo("PROVINCE");
        console.waitFor(By.id("select-page")).click();
        assertThat(browser.findElement(By.id("selected-count")).getAttribute("data-count")).isEqualTo("2");
        console.screenshot("ops-approvals-1366");

        // Meanwhile A is decided elsewhere: the bulk run finds it decided already.
        String nominationA = null;
        for (JsonNode n : queue.path("items")) {
            if (cadreA.equals(n.path("cadreId").asText())) {
                nominationA = n.path("nominationId").asText();
            }
        }
        String shownA = browser.findElement(By.cssSelector("#approval-table tr[data-key='" + nominationA + "'] [data-field=cadre]")).getText();
        assertThat(shownA).as("the training officer reads the cadre's name from the registry's directory card").isEqualTo(nameA);
        training.post("/api/v1/nominations/" + nominationA + "/approve", Map.of("stage", "PROVINCE")).expect(200);
        browser.findElement(By.id("bulk-approve")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#decision-run[data-state=done]")).isEmpty());
        WebElement count = browser.findElement(By.id("decision-count"));
        assertThat(count.getAttribute("data-done")).isEqualTo("2");
        assertThat(count.getAttribute("data-total")).isEqualTo("2");
        assertThat(browser.findElement(By.id("decision-progress")).getAttribute("value")).isEqualTo("2");

        WebElement rowA = browser.findElement(By.cssSelector("#decision-table tr[data-key='" + nominationA + "']"));
        WebElement rowB = browser.findElement(By.cssSelector("#decision-table tr[data-key='" + nominationB + "']"));
        assertThat(rowB.getAttribute("data-outcome")).isEqualTo("DONE");
        JsonNode b = nomination(nominationB);
        assertThat(b.path("status").asText()).as("the class's one seat is A's").isEqualTo("WAITLISTED");
        assertThat(rowB.findElement(By.cssSelector("[data-field=status]")).getAttribute("data-status")).isEqualTo(b.path("status").asText());
        // The refusal as the service gives it for the same decision (asked again, it refuses again and changes nothing).
        JsonNode again = training.post("/api/v1/nominations/decisions", Map.of("stage", "PROVINCE", "decision", "APPROVE",
                "nominationIds", List.of(nominationA))).expect(200).json().path("results").get(0);
        assertThat(again.path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(rowA.getAttribute("data-outcome")).isEqualTo("REFUSED");
        assertThat(rowA.findElement(By.cssSelector("[data-field=cadre]")).getText()).as("the refused item still names its cadre").isEqualTo(shownA);
        assertThat(rowA.findElement(By.className("refusal-detail")).getText()).isEqualTo(again.path("problem").path("detail").asText());
        assertThat(nomination(nominationA).path("status").asText()).isEqualTo("ENROLLED");
        console.screenshot("ops-approvals-result-1366");
    }

    @Test
    @Order(6)
    void theWaitlistAndThePromotionAWithdrawalMakes() {
        console.open("waitlist?class=" + classId, "waitlist");
        JsonNode roster = training.get("/api/v1/classes/" + classId + "/roster").expect(200).json();
        assertThat(ids(roster.path("waitlist"), "nominationId")).containsExactly(nominationB);
        assertThat(rowKeys("waitlist-table")).isEqualTo(ids(roster.path("waitlist"), "nominationId"));
        assertThat(browser.findElement(By.cssSelector("#waitlist-table tr[data-key='" + nominationB + "'] [data-field=position]")).getText())
                .isEqualTo(roster.path("waitlist").get(0).path("position").asText());
        assertThat(browser.findElement(By.cssSelector("#roster-facts [data-field=seated]")).getText()).isEqualTo(roster.path("seated").asText());
        assertThat(rowKeys("promotion-table")).isEmpty();
        console.screenshot("ops-waitlist-1366");

        // A withdraws: the seat goes to B, and the page lists the promotion.
        String enrollmentA = null;
        for (JsonNode e : roster.path("enrollments")) {
            if (cadreA.equals(e.path("cadreId").asText())) {
                enrollmentA = e.path("enrollmentId").asText();
            }
        }
        assertThat(enrollmentA).isNotNull();
        training.post("/api/v1/enrollments/" + enrollmentA + "/withdraw", Map.of("reason", "Ốm dài ngày")).expect(200);
        JsonNode after = training.get("/api/v1/classes/" + classId + "/roster").expect(200).json();
        assertThat(ids(after.path("promotions"), "nominationId")).containsExactly(nominationB);
        console.open("waitlist?class=" + classId, "waitlist");
        assertThat(rowKeys("promotion-table")).isEqualTo(ids(after.path("promotions"), "nominationId"));
        assertThat(rowKeys("waitlist-table")).isEqualTo(ids(after.path("waitlist"), "nominationId"));
        assertThat(nomination(nominationB).path("status").asText()).isEqualTo("ENROLLED");
    }

    @Test
    @Order(7)
    void aStudyPlanIsMadeAndListedForTheCadreAndTheirFollower() {
        console.signIn(UNIT_OFFICER);
        console.open("study-plans?cadre=" + cadreA, "study-plan");
        assertThat(console.waitFor(By.id("view-title")).getText()).contains(nameA);
        console.select("sp-ladder", "POLITICAL_THEORY");
        console.select("sp-level", "INTERMEDIATE");
        console.fill("sp-year", Integer.toString(planYear));
        console.fill("sp-monitor-q", nameC);
        browser.findElement(By.id("sp-monitor-search")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#sp-monitor option[value='" + cadreC + "']")).isEmpty());
        console.select("sp-monitor", cadreC);
        browser.findElement(By.id("sp-submit")).click();
        console.awaitView("study-plan");
        wait.until(d -> !d.findElements(By.id("flash")).isEmpty());
        JsonNode plans = unitEnrollment.get("/api/v1/study-plans?cadreId=" + cadreA + "&page=0&size=20").expect(200).json();
        String made = null;
        for (JsonNode p : plans.path("items")) {
            if (cadreA.equals(p.path("cadreId").asText())) {
                assertThat(made).as("one plan of A's").isNull();
                made = p.path("id").asText();
                assertThat(p.path("monitorCadreId").asText()).isEqualTo(cadreC);
                assertThat(p.path("targetLevel").asText()).isEqualTo("INTERMEDIATE");
                assertThat(p.path("targetYear").asInt()).isEqualTo(planYear);
            }
        }
        assertThat(made).isNotNull();
        assertThat(rowKeys("study-plan-table")).isEqualTo(ids(plans, "id"));
        WebElement row = browser.findElement(By.cssSelector("#study-plan-table tr[data-key='" + made + "']"));
        assertThat(row.findElement(By.cssSelector("[data-field=monitor]")).getText()).isEqualTo(nameC);
        console.screenshot("ops-study-plans-1366");

        row.findElement(By.cssSelector("[data-field=monitor] a")).click();
        console.awaitView("study-plans-monitored");
        JsonNode followed = unitEnrollment.get("/api/v1/study-plans?monitorCadreId=" + cadreC + "&page=0&size=20").expect(200).json();
        assertThat(ids(followed, "id")).contains(made);
        wait.until(d -> rowKeys("monitored-table").equals(ids(followed, "id")));
    }

    @Test
    @Order(8)
    void theScreensFitALaptopAndATablet() {
        try {
            for (String user : List.of(UNIT_OFFICER, TRAINING_OFFICER)) {
                console.signIn(user);
                List<String[]> screens = UNIT_OFFICER.equals(user)
                        ? List.of(new String[] {"needs?year=" + planYear + "&plan=" + openPlanId, "needs", "needs"},
                        new String[] {"nominate?unit=" + naSangId + "&class=" + classId, "nominate", "nominate"},
                        new String[] {"nominations?unit=" + naSangId + "&class=" + classId, "nominations", "nominations"},
                        new String[] {"study-plans?cadre=" + cadreA, "study-plan", "study-plans"})
                        : List.of(new String[] {"approvals", "approvals", "approvals"},
                        new String[] {"waitlist?class=" + classId, "waitlist", "waitlist"});
                for (int width : List.of(1366, 768)) {
                    console.viewport(width, width == 768 ? 1024 : 900);
                    for (String[] screen : screens) {
                        console.open(screen[0], screen[1]);
                        console.screenshot("ops-" + screen[2] + "-" + width);
                        Number scrollWidth = (Number) console.script("return document.documentElement.scrollWidth;");
                        assertThat(scrollWidth.intValue()).as(screen[1] + " at " + width + " px: no sideways scrolling")
                                .isLessThanOrEqualTo(width);
                    }
                }
                browser.manage().window().setSize(new Dimension(1366, 900));
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }
}
