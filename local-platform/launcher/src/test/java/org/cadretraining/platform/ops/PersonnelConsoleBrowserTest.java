package org.cadretraining.platform.ops;

import org.cadretraining.platform.local.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HashMap;
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
import org.openqa.selenium.Dimension;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

/**
 * The operations console's personnel screens in Debian's chromium, headless, against the whole local platform with a
 * small demo province, signed in through the login page as the demo's personnel officer of the province: the cadre
 * list and its filters against the registry's answers, a registration refused field by field and then accepted, a
 * transfer; and a unit officer, who is shown none of the personnel actions.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ConsoleTest
class PersonnelConsoleBrowserTest {
    private static final String OFFICER = "nhansu.tinh";
    private static final String UNIT_OFFICER = "donvi.nasang";
    /** The commune the unit officer is granted on: Xã Na Sang, by its demo code. */
    static final String NA_SANG_CODE = DemoIdentities.SCHOOL_CODE.substring(0, DemoIdentities.SCHOOL_CODE.indexOf('-')) + "-MC-X01";

    private static ConsoleSession console;
    private static LocalPlatform platform;
    private static DemoLoader.Loaded demo;
    private static ApiClient officerApi;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String naSangId;
    /** The cadre the tests register, and their name (unique to this run). */
    private static String newName;
    private static String newCadreId;

    @BeforeAll
    static void start() {
        console = ConsoleSession.get();
        platform = console.platform();
        demo = console.demo();
        browser = console.browser();
        wait = console.await();
        naSangId = demo.unitIds().get(NA_SANG_CODE);
        assertThat(naSangId).as("Xã Na Sang in the demo").isNotNull();
        // The console asks in its language, Vietnamese by default, and hears the registry's reasons in it: so does this.
        officerApi = console.api(platform.registryUrl(), OFFICER).withHeader("Accept-Language", "vi");
        newName = "Lò Văn Thử " + Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36).toUpperCase();
        console.signIn(OFFICER);
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownCadreIds() {
        return (List<String>) console.script("return [...document.querySelectorAll('#cadre-table tbody tr[data-key]')].map(r => r.dataset.key);");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode c : page.path("items")) {
            ids.add(c.path("cadreId").asText());
        }
        return ids;
    }

    private static JsonNode search(String query) {
        return officerApi.get("/api/v1/cadres?" + query).expect(200).json();
    }


    private static String accentFree(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    @Test
    @Order(1)
    void theOfficerSeesThePersonnelScreensInEitherLanguage() {
        console.open("cadres", "cadres");
        assertThat(console.navLinks()).containsExactly("nav-cadres", "nav-register", "nav-import", "nav-units", "nav-reorganize");
        assertThat(browser.findElement(By.id("nav-cadres")).getText()).isEqualTo("Danh sách cán bộ");
        browser.findElement(By.id("lang-en")).click();
        wait.until(d -> d.findElement(By.id("nav-cadres")).getText().equals("Cadres"));
        assertThat(console.waitFor(By.id("view-title")).getText()).isEqualTo("Cadres");
        browser.findElement(By.id("lang-vi")).click();
        wait.until(d -> d.findElement(By.id("nav-cadres")).getText().equals("Danh sách cán bộ"));
        // The dashboard links here, and back.
        assertThat(browser.findElement(By.id("to-dashboard")).getAttribute("href")).endsWith("/index.html");

        // From the keyboard: Tab from the top reaches the navigation, Enter opens the screen, whose first field has the focus.
        console.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        browser.findElement(By.cssSelector("header.top h1")).click();
        List<String> focused = new java.util.ArrayList<>();
        for (int press = 0; press < 15 && !focused.contains("nav-register"); press++) {
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            focused.add((String) console.script("return document.activeElement ? document.activeElement.id : '';"));
        }
        assertThat(focused).as("what Tab reached").contains("to-dashboard", "lang-vi", "lang-en", "nav-cadres", "nav-register");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        console.awaitView("cadre-new");
        assertThat(console.script("return document.activeElement.id;")).isEqualTo("f-fullName");
    }

    @Test
    @Order(2)
    void theListIsPagedAndFilteredAsTheRegistryAnswers() throws IOException {
        String province = demo.provinceUnitId();
        console.open("cadres", "cadres");
        JsonNode first = search("unitId=" + province + "&includeSubunits=true&page=0&size=20");
        assertThat(first.path("totalItems").asLong()).isGreaterThan(20);
        wait.until(d -> shownCadreIds().equals(ids(first)));
        assertThat(browser.findElement(By.id("cadre-table")).getAttribute("data-total")).isEqualTo(first.path("totalItems").asText());
        console.screenshot("ops-cadres");

        browser.findElement(By.id("cadre-table-next")).click();
        JsonNode second = search("unitId=" + province + "&includeSubunits=true&page=1&size=20");
        wait.until(d -> shownCadreIds().equals(ids(second)));
        assertThat(console.waitFor(By.id("cadre-table-status")).getText()).startsWith("Trang 2/");

        // Accent-free text: a name typed without its diacritics finds it, as the registry's search does.
        String name = first.path("items").get(0).path("fullName").asText();
        String family = accentFree(name.split(" ")[0]).toLowerCase();
        new Select(browser.findElement(By.id("filter-unit"))).selectByValue(province);
        WebElement q = browser.findElement(By.id("filter-q"));
        q.clear();
        q.sendKeys(family);
        browser.findElement(By.id("filter-apply")).click();
        JsonNode byName = search("unitId=" + province + "&includeSubunits=true&page=0&size=20&q=" + URLEncoder.encode(family, StandardCharsets.UTF_8));
        assertThat(byName.path("totalItems").asLong()).isPositive();
        wait.until(d -> shownCadreIds().equals(ids(byName)));
        assertThat(shownCadreIds()).contains(first.path("items").get(0).path("cadreId").asText());

        // A unit without its subunits, and a status: the commune alone, the active.
        console.open("cadres?unit=" + naSangId + "&sub=0&status=ACTIVE", "cadres");
        JsonNode commune = search("unitId=" + naSangId + "&includeSubunits=false&status=ACTIVE&page=0&size=20");
        assertThat(commune.path("totalItems").asLong()).isPositive().isLessThan(first.path("totalItems").asLong());
        wait.until(d -> shownCadreIds().equals(ids(commune)));
        assertThat(new Select(browser.findElement(By.id("filter-unit"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(naSangId);
        assertThat(browser.findElement(By.id("filter-sub")).isSelected()).isFalse();

        // A tier: whatever the registry answers for it, the page shows the same.
        console.open("cadres?tier=UNIT", "cadres");
        JsonNode tier = search("unitId=" + province + "&includeSubunits=true&tier=UNIT&page=0&size=20");
        wait.until(d -> shownCadreIds().equals(ids(tier)));
        assertThat(browser.findElement(By.id("cadre-table")).getAttribute("data-total")).isEqualTo(tier.path("totalItems").asText());

        // The level reached on a ladder, chosen in the form: the level chooser follows the ladder.
        console.open("cadres", "cadres");
        console.select("filter-ladder", "POLITICAL_THEORY");
        wait.until(d -> !d.findElements(By.cssSelector("#filter-level option[value=INTERMEDIATE]")).isEmpty());
        console.select("filter-level", "INTERMEDIATE");
        console.select("filter-levelMatch", "BELOW");
        browser.findElement(By.id("filter-apply")).click();
        JsonNode below = search("unitId=" + province + "&includeSubunits=true&ladder=POLITICAL_THEORY&level=INTERMEDIATE"
                + "&levelMatch=BELOW&page=0&size=20");
        JsonNode atLeast = search("unitId=" + province + "&includeSubunits=true&ladder=POLITICAL_THEORY&level=INTERMEDIATE"
                + "&levelMatch=AT_LEAST&page=0&size=20");
        assertThat(below.path("totalItems").asLong()).as("the demo has cadres on both sides of the intermediate level").isPositive();
        assertThat(below.path("totalItems").asLong() + atLeast.path("totalItems").asLong()).isEqualTo(first.path("totalItems").asLong());
        wait.until(d -> shownCadreIds().equals(ids(below)));
        assertThat(browser.findElement(By.id("cadre-table")).getAttribute("data-total")).isEqualTo(below.path("totalItems").asText());

        // Sitting on the provincial party committee this year.
        console.open("cadres?committee=PROVINCIAL_EXECUTIVE", "cadres");
        JsonNode committee = search("unitId=" + province + "&includeSubunits=true&committee=PROVINCIAL_EXECUTIVE&page=0&size=20");
        wait.until(d -> shownCadreIds().equals(ids(committee)));
        assertThat(browser.findElement(By.id("cadre-table")).getAttribute("data-total")).isEqualTo(committee.path("totalItems").asText());
    }



    @Test
    @Order(3)
    void aBadFieldShowsTheRegistrysReasonBesideItAndWritesNothing() throws IOException {
        console.open("cadres/new", "cadre-new");
        console.fill("f-fullName", newName);
        console.fill("f-nationalId", "12345");
        console.fillDate("f-birthDate", "1988-04-12");
        new Select(browser.findElement(By.id("f-gender"))).selectByValue("FEMALE");
        new Select(browser.findElement(By.id("f-ethnicity"))).selectByValue("THAI");
        new Select(browser.findElement(By.id("f-unitId"))).selectByValue(naSangId);
        console.fill("f-position", "Chuyên viên");
        browser.findElement(By.id("cadre-save")).click();

        // The registry's own reason for the same request, beside the field it names.
        Map<String, Object> same = new HashMap<>(Map.of("fullName", newName, "nationalId", "12345", "birthDate", "1988-04-12",
                "gender", "FEMALE", "ethnicity", "THAI", "unitId", naSangId, "position", "Chuyên viên", "partyMember", false));
        JsonNode problem = officerApi.post("/api/v1/cadres", same).expect(400).json();
        assertThat(problem.path("field").asText()).isEqualTo("nationalId");
        String reason = problem.path("errors").get(0).path("reason").asText();
        WebElement message = console.waitFor(By.id("err-nationalId"));
        assertThat(message.getText()).isEqualTo(reason);
        assertThat(browser.findElement(By.id("f-nationalId")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("f-nationalId")).getAttribute("aria-describedby")).isEqualTo("err-nationalId");
        assertThat(console.script("return document.activeElement.id;")).isEqualTo("f-nationalId");
        assertThat(browser.findElements(By.cssSelector("#cadre-form .field-error"))).hasSize(1);
        console.screenshot("ops-register-refused");
        assertThat(search("q=" + URLEncoder.encode(newName, StandardCharsets.UTF_8)).path("totalItems").asLong())
                .as("nothing written").isZero();
    }

    @Test
    @Order(4)
    void aValidRegistrationAppearsInTheList() throws IOException {
        // The form as the last test left it: the citizen ID corrected.
        // As the registry checks a citizen ID: the province of birth (011, Điện Biên), a woman born in the 1900s (1), the
        // year (88), then six digits.
        String nationalId = "011188" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        console.fill("f-nationalId", nationalId);
        browser.findElement(By.id("cadre-save")).click();
        console.awaitView("cadre");
        assertThat(console.waitFor(By.id("flash")).getText()).contains(newName);
        JsonNode found = search("q=" + URLEncoder.encode(newName, StandardCharsets.UTF_8));
        assertThat(found.path("totalItems").asLong()).isEqualTo(1);
        newCadreId = found.path("items").get(0).path("cadreId").asText();
        assertThat(browser.findElement(By.id("view-title")).getAttribute("data-cadre")).isEqualTo(newCadreId);
        assertThat(browser.findElement(By.cssSelector("#cadre-profile [data-field=unit]")).getText())
                .isEqualTo(officerApi.get("/api/v1/units/" + naSangId).expect(200).json().path("name").asText());

        console.open("cadres?q=" + URLEncoder.encode(accentFree(newName), StandardCharsets.UTF_8), "cadres");
        wait.until(d -> shownCadreIds().equals(List.of(newCadreId)));
        browser.findElement(By.cssSelector("[data-cadre='" + newCadreId + "']")).click();
        console.awaitView("cadre");
        console.screenshot("ops-cadre");
    }

    @Test
    @Order(5)
    void aTransferMovesThemAndTheHistorySaysSo() {
        console.open("cadres/" + newCadreId, "cadre");
        int before = browser.findElements(By.cssSelector("#history-table tbody tr[data-action]")).size();
        JsonNode units = officerApi.get("/api/v1/units").expect(200).json();
        String target = null;
        String targetName = null;
        for (JsonNode u : units) {
            if (demo.provinceUnitId().equals(u.path("parentUnitId").asText()) && !u.hasNonNull("validTo")
                    && !naSangId.equals(u.path("unitId").asText())) {
                target = u.path("unitId").asText();
                targetName = u.path("name").asText();
                break;
            }
        }
        assertThat(target).isNotNull();
        new Select(browser.findElement(By.id("transfer-unit"))).selectByValue(target);
        browser.findElement(By.id("transfer-submit")).click();
        String name = targetName;
        wait.until(d -> d.findElement(By.id("flash")).getText().contains(name));
        assertThat(officerApi.get("/api/v1/cadres/" + newCadreId).expect(200).json().path("unitId").asText()).isEqualTo(target);
        assertThat(console.waitFor(By.cssSelector("#cadre-profile [data-field=unit]")).getText()).isEqualTo(targetName);
        assertThat(browser.findElements(By.cssSelector("#history-table tbody tr[data-action]"))).hasSizeGreaterThan(before);
        // Back to the commune, for the unit officer's look at it.
        new Select(browser.findElement(By.id("transfer-unit"))).selectByValue(naSangId);
        browser.findElement(By.id("transfer-submit")).click();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                naSangId.equals(officerApi.get("/api/v1/cadres/" + newCadreId).expect(200).json().path("unitId").asText()));
    }

    @Test
    @Order(6)
    void theScreensFitALaptopAndATablet() throws IOException {
        try {
            for (int width : List.of(1366, 768)) {
                console.viewport(width, width == 768 ? 1024 : 900);
                for (String[] screen : List.of(new String[] {"cadres", "cadres"}, new String[] {"cadres/" + newCadreId, "cadre"},
                        new String[] {"cadres/new", "cadre-new"}, new String[] {"import", "import"},
                        new String[] {"units?unit=" + naSangId, "units"}, new String[] {"reorganize", "reorganize"})) {
                    console.open(screen[0], screen[1]);
                    console.screenshot("ops-" + screen[1] + "-" + width);
                    Number scrollWidth = (Number) console.script("return document.documentElement.scrollWidth;");
                    assertThat(scrollWidth.intValue()).as(screen[1] + " at " + width + " px: no sideways scrolling")
                            .isLessThanOrEqualTo(width);
                    for (String link : console.navLinks()) {
                        Number right = (Number) console.script("return arguments[0].getBoundingClientRect().right;", browser.findElement(By.id(link)));
                        assertThat(right.doubleValue()).as(link + " within the window").isLessThanOrEqualTo(width);
                    }
                }
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }



    @SuppressWarnings("unchecked")
    private static List<List<String>> rejectedRows() {
        return (List<List<String>>) console.script("return [...document.querySelectorAll('#import-rejected tbody tr')]"
                + ".map(r => [...r.cells].map(c => c.innerText.trim()));");
    }

    private static long figure(String name) {
        return Long.parseLong(console.waitFor(By.id("import-" + name)).getAttribute("data-value"));
    }

    @Test
    @Order(7)
    void anImportIsCheckedRowByRowThenApplied() throws IOException, InterruptedException {
        console.open("import", "import");
        // The register as the page's export link gives it, and the same file with one citizen ID spoilt.
        String exportPath = java.net.URI.create(browser.findElement(By.id("export-csv")).getAttribute("href")).getRawPath() + "?format=csv";
        byte[] export = console.download(exportPath);
        assertThat(console.download(java.net.URI.create(browser.findElement(By.id("template-csv")).getAttribute("href")).getRawPath()
                + "?format=csv")).isNotEmpty();
        List<String> lines = new java.util.ArrayList<>(List.of(new String(export, StandardCharsets.UTF_8).split("\r?\n", -1)));
        int spoilt = -1;
        for (int i = 0; i < lines.size() && spoilt < 0; i++) {
            String line = lines.get(i).replaceFirst("(^|,)\\d{12}(,|$)", "$1123$2");
            if (!line.equals(lines.get(i)) && i > 3) {
                lines.set(i, line);
                spoilt = i;
            }
        }
        assertThat(spoilt).as("a row with a citizen ID in the export").isPositive();
        Path clean = Files.write(Path.of("target/ops-export.csv").toAbsolutePath(), export);
        byte[] badBytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        Path bad = Files.write(Path.of("target/ops-export-spoilt.csv").toAbsolutePath(), badBytes);

        browser.findElement(By.id("import-file")).sendKeys(bad.toString());
        browser.findElement(By.id("import-check")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#import-result[data-dry-run=true]")).isEmpty());
        JsonNode expected = officerApi.upload("/api/v1/cadres/import?dryRun=true&allOrNothing=true", "file", "ops-export-spoilt.csv",
                "text/csv", badBytes).expect(200).json();
        assertThat(expected.path("rejected").size()).isEqualTo(1);
        List<List<String>> rejected = rejectedRows();
        assertThat(rejected).hasSize(1);
        JsonNode row = expected.path("rejected").get(0);
        assertThat(rejected.get(0)).containsExactly(row.path("line").asText(), row.path("column").asText(), row.path("reason").asText());
        for (String f : List.of("rows", "accepted", "created", "updated", "unchanged")) {
            assertThat(figure(f)).as(f).isEqualTo(expected.path(f).asLong());
        }
        console.screenshot("ops-import-dry-run");
        long before = search("page=0&size=1").path("totalItems").asLong();

        // The clean file: checked, then applied; the register keeps its people, none added, none lost.
        browser.findElement(By.id("import-file")).sendKeys(clean.toString());
        browser.findElement(By.id("import-check")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#import-result[data-dry-run=true]")).isEmpty()
                && !d.findElements(By.id("import-no-rejected")).isEmpty());
        long rows = figure("rows");
        assertThat(rows).isPositive();
        // What the page showed while it worked: the progress region's states, as they came.
        console.script("window.progressSeen = []; new MutationObserver(() => { const bar = document.getElementById('import-progress-bar');"
                + " if (bar) window.progressSeen.push(bar.closest('label').textContent.trim()); })"
                + ".observe(document.getElementById('import-progress'), {childList: true, subtree: true});");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("import-apply"))).click();
        wait.until(d -> !d.findElements(By.cssSelector("#import-result[data-dry-run=false][data-committed=true]")).isEmpty());
        assertThat((List<?>) console.script("return window.progressSeen;")).as("a progress bar while the import ran")
                .isNotEmpty().allSatisfy(label -> assertThat(label.toString()).matches("(Đang tải tệp lên \\d+ %|Đang nhập…).*"));
        assertThat(browser.findElements(By.id("import-progress-bar"))).as("gone with the result").isEmpty();
        assertThat(figure("accepted")).isEqualTo(rows);
        assertThat(figure("created")).isZero();
        assertThat(search("page=0&size=1").path("totalItems").asLong()).isEqualTo(before);
        console.screenshot("ops-import-applied");
    }

    private static JsonNode unitNamed(String name) {
        for (JsonNode u : officerApi.get("/api/v1/units").expect(200).json()) {
            if (name.equals(u.path("name").asText())) {
                return u;
            }
        }
        return null;
    }

    @Test
    @Order(8)
    void aUnitIsShownWithItsFactsThenCreatedRenamedAndMoved() throws IOException {
        JsonNode naSang = officerApi.get("/api/v1/units/" + naSangId).expect(200).json();
        console.open("units?unit=" + naSangId, "units");
        assertThat(console.waitFor(By.id("unit-title")).getText()).isEqualTo(naSang.path("name").asText());
        assertThat(browser.findElement(By.cssSelector("#unit-profile [data-field=code]")).getText()).isEqualTo(naSang.path("code").asText());
        assertThat(browser.findElement(By.cssSelector("#unit-profile [data-field=officialCode]")).getText())
                .isEqualTo(naSang.path("officialCode").asText("–"));
        assertThat(browser.findElement(By.cssSelector("[data-unit='" + naSangId + "'][aria-current=true]")).getText())
                .isEqualTo(naSang.path("name").asText());

        // A code the registry refuses: its reason beside the code; nothing created.
        String name = "Chi bộ thử " + newName.substring(newName.lastIndexOf(' ') + 1);
        console.fill("create-code", "chi bo thu");
        console.fill("create-name", name);
        browser.findElement(By.id("create-submit")).click();
        JsonNode problem = officerApi.post("/api/v1/units", Map.of("code", "chi bo thu", "name", name, "level", "COMMUNE",
                "parentUnitId", naSangId)).expect(400).json();
        assertThat(problem.path("field").asText()).isEqualTo("code");
        assertThat(console.waitFor(By.id("err-code")).getText()).isEqualTo(problem.path("errors").get(0).path("reason").asText());
        assertThat(unitNamed(name)).isNull();

        String code = "TEST-" + newName.substring(newName.lastIndexOf(' ') + 1);
        console.fill("create-code", code);
        browser.findElement(By.id("create-submit")).click();
        wait.until(d -> d.findElement(By.id("flash")).getText().contains(name));
        JsonNode created = unitNamed(name);
        assertThat(created).isNotNull();
        assertThat(created.path("parentUnitId").asText()).isEqualTo(naSangId);
        String createdId = created.path("unitId").asText();
        assertThat(console.waitFor(By.id("unit-title")).getAttribute("data-unit")).isEqualTo(createdId);
        assertThat(browser.findElement(By.cssSelector("#units-tree [data-unit='" + naSangId + "'] + .meta + ul [data-unit='" + createdId + "']"))
                .getText()).isEqualTo(name);

        String renamed = name + " (mới)";
        console.fill("rename-name", renamed);
        browser.findElement(By.id("rename-submit")).click();
        wait.until(d -> d.findElement(By.id("unit-title")).getText().equals(renamed));
        assertThat(officerApi.get("/api/v1/units/" + createdId).expect(200).json().path("name").asText()).isEqualTo(renamed);

        String province = demo.provinceUnitId();
        new Select(browser.findElement(By.id("move-parent"))).selectByValue(province);
        browser.findElement(By.id("move-submit")).click();
        // The confirmation names the new parent (the rename's, still shown until the page is drawn again, does not).
        wait.until(d -> d.findElement(By.id("flash")).getText().contains(demo.provinceName()));
        assertThat(officerApi.get("/api/v1/units/" + createdId).expect(200).json().path("parentUnitId").asText()).isEqualTo(province);
        assertThat(console.waitFor(By.cssSelector("#unit-profile [data-field=parent]")).getText()).isEqualTo(demo.provinceName());
        console.screenshot("ops-units");
    }

    @Test
    @Order(9)
    void aReorganizationIsUploadedReviewedAndApplied() throws IOException, InterruptedException {
        console.open("reorganize", "reorganize");
        // The mapping under the template's own header: one commune merged into its neighbour, yesterday in the province.
        String template = new String(console.download(java.net.URI.create(browser.findElement(By.id("reorg-template-csv")).getAttribute("href"))
                .getRawPath() + "?format=csv"), StandardCharsets.UTF_8);
        String header = template.lines().filter(l -> l.contains("Loại thay đổi")).findFirst().orElseThrow();
        int columns = header.split(",", -1).length;
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String prefix = NA_SANG_CODE.substring(0, NA_SANG_CODE.indexOf('-'));
        String merged = prefix + "-MN-X02";
        String into = prefix + "-MN-X03";
        java.util.function.BiFunction<String, String, String> row = (old, successor) ->
                "Sáp nhập," + day + "," + old + "," + successor + ",".repeat(columns - 4);
        byte[] wrong = (header + "\n" + row.apply(prefix + "-KHONG-CO", into) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] right = (header + "\n" + row.apply(merged, into) + "\n").getBytes(StandardCharsets.UTF_8);

        // A row that names no unit: the draft lists the registry's reason, and offers no apply.
        Path wrongFile = Files.write(Path.of("target/ops-mapping-wrong.csv").toAbsolutePath(), wrong);
        browser.findElement(By.id("reorg-file")).sendKeys(wrongFile.toString());
        browser.findElement(By.id("reorg-upload")).click();
        console.awaitView("reorganization");
        String wrongId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        JsonNode wrongDraft = officerApi.get("/api/v1/reorganizations/" + wrongId).expect(200).json();
        assertThat(wrongDraft.path("dryRun").path("applicable").asBoolean()).isFalse();
        JsonNode problem = wrongDraft.path("dryRun").path("problems").get(0);
        assertThat(console.waitFor(By.cssSelector("#reorg-problems tbody tr")).getText())
                .contains(problem.path("line").asText(), problem.path("reason").asText());
        assertThat(browser.findElements(By.id("reorg-apply"))).isEmpty();

        console.open("reorganize", "reorganize");
        console.fill("reorg-name", "Sáp nhập thử " + day);
        Path rightFile = Files.write(Path.of("target/ops-mapping.csv").toAbsolutePath(), right);
        browser.findElement(By.id("reorg-file")).sendKeys(rightFile.toString());
        browser.findElement(By.id("reorg-upload")).click();
        console.awaitView("reorganization");
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        JsonNode draft = officerApi.get("/api/v1/reorganizations/" + id).expect(200).json();
        assertThat(draft.path("dryRun").path("applicable").asBoolean()).isTrue();
        for (String total : List.of("unitsCreated", "unitsClosed", "subUnitsMoved", "cadresTransferred")) {
            assertThat(browser.findElement(By.id("reorg-" + total)).getAttribute("data-value")).as(total)
                    .isEqualTo(draft.path("dryRun").path("totals").path(total).asText());
        }
        assertThat(browser.findElements(By.cssSelector("#reorg-changes tbody tr[data-line]"))).hasSize(1);
        String mergedId = demo.unitIds().get(merged);
        assertThat(officerApi.get("/api/v1/units/" + mergedId).expect(200).json().hasNonNull("validTo")).as("nothing changed yet").isFalse();
        console.screenshot("ops-reorganization-draft");

        browser.findElement(By.id("reorg-apply")).click();
        wait.until(d -> "APPLIED".equals(d.findElement(By.id("view-title")).getAttribute("data-status")));
        assertThat(officerApi.get("/api/v1/reorganizations/" + id).expect(200).json().path("status").asText()).isEqualTo("APPLIED");
        assertThat(officerApi.get("/api/v1/units/" + mergedId).expect(200).json().hasNonNull("validTo")).as("the merged commune closed").isTrue();
        console.screenshot("ops-reorganization-applied");
    }

    @Test
    @Order(20)
    void aUnitOfficerIsShownNoPersonnelAction() throws IOException {
        console.signOut();
        console.signIn(UNIT_OFFICER);
        console.open("cadres", "cadres");
        // Their own screens (needs, nominations: NominationConsoleBrowserTest) besides the list; no personnel action.
        assertThat(console.navLinks()).contains("nav-cadres").doesNotContain("nav-register", "nav-import", "nav-units", "nav-reorganize");
        assertThat(browser.findElements(By.id("register-link"))).isEmpty();
        // Their commune's cadres, the one registered above among them; the page shows no change to it.
        ApiClient unitApi = new ApiClient(platform.registryUrl()).withToken(platform.signIn(UNIT_OFFICER));
        JsonNode theirs = unitApi.get("/api/v1/cadres?unitId=" + naSangId + "&includeSubunits=true&page=0&size=20").expect(200).json();
        wait.until(d -> shownCadreIds().equals(ids(theirs)));
        console.open("cadres/" + newCadreId, "cadre");
        assertThat(browser.findElement(By.id("view-title")).getText()).isEqualTo(newName);
        assertThat(browser.findElements(By.id("cadre-actions"))).isEmpty();
        assertThat(browser.findElements(By.id("edit-cadre"))).isEmpty();
        console.open("cadres/new", "denied");
        console.open("import", "denied");
        console.screenshot("ops-unit-officer");
    }
}
