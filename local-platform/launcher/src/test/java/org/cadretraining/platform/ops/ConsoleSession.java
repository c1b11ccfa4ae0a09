package org.cadretraining.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.cadretraining.platform.demo.DemoIdentities;
import org.cadretraining.platform.demo.DemoLoader;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.local.FreePorts;
import org.cadretraining.platform.local.HeadlessChromium;
import org.cadretraining.platform.local.LocalPlatform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One whole local platform with a small demo province, and one headless Debian chromium, shared by every operations
 * console test class: the launcher's pom runs the {@code ops} tests in one JVM, so the platform starts and the demo
 * loads once for all of them (about a minute each time), and closes after the last. Each class signs in as its role
 * through the provider's login page; classes work on data of their own making, so their order does not matter.
 */
public final class ConsoleSession implements BeforeAllCallback, AutoCloseable {
    public static final int DEMO_CADRES = 120;
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static ConsoleSession shared;

    private final LocalPlatform platform;
    private final DemoLoader.Loaded demo;
    private final WebDriver browser;
    private final WebDriverWait wait;
    private String signedInAs;

    /** For {@code @ExtendWith}: JUnit makes one per class; the session itself is the shared one. */
    public ConsoleSession() {
        this.platform = null;
        this.demo = null;
        this.browser = null;
        this.wait = null;
    }

    private ConsoleSession(LocalPlatform platform, DemoLoader.Loaded demo, WebDriver browser) {
        this.platform = platform;
        this.demo = demo;
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        synchronized (ConsoleSession.class) {
            if (shared == null) {
                shared = open();
                // Closed once, after the last class of the run: the root store closes what it holds at the very end.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(ConsoleSession.class, shared);
            }
        }
    }

    public static ConsoleSession get() {
        assertThat(shared).as("@ExtendWith(ConsoleSession.class) on the test class").isNotNull();
        return shared;
    }

    private static ConsoleSession open() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        WebDriver browser = HeadlessChromium.start();
        LocalPlatform.prepareDirectory(Path.of("target/ops-platform"), true);
        LocalPlatform platform = new LocalPlatform(new LocalPlatform.Settings(Path.of("target/ops-platform"), 0, 0,
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), DEMO_CADRES));
        try {
            platform.start();
            return new ConsoleSession(platform, platform.loadDemo(DEMO_CADRES), browser);
        } catch (RuntimeException e) {
            browser.quit();
            platform.close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.close();
        }
    }

    public LocalPlatform platform() {
        return platform;
    }

    public DemoLoader.Loaded demo() {
        return demo;
    }

    public WebDriver browser() {
        return browser;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** An API client of one service ({@code platform.registryUrl()} …) with the user's token. */
    public ApiClient api(String serviceUrl, String username) {
        return new ApiClient(serviceUrl).withToken(platform.signIn(username));
    }

    /** Signs in through the login page, first signing out whoever the browser was signed in as. */
    public void signIn(String username) {
        if (username.equals(signedInAs)) {
            return;
        }
        if (signedInAs != null) {
            signOut();
        }
        browser.get(platform.webUrl() + "/ops/index.html");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).as("the provider's login form").startsWith(platform.issuer());
        name.sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoIdentities.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(platform.webUrl()) && !d.findElements(By.id("signed-in-as")).isEmpty());
        signedInAs = username;
    }

    public void signOut() {
        if (!browser.getCurrentUrl().startsWith(platform.webUrl() + "/ops/") || browser.findElements(By.id("sign-out")).isEmpty()) {
            browser.get(platform.webUrl() + "/ops/index.html");
        }
        waitFor(By.cssSelector("#sign-out button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        signedInAs = null;
    }

    /** A fresh load of the console at {@code route}, waiting until the screen {@code view} is drawn. */
    public void open(String route, String view) {
        browser.get("about:blank");
        browser.get(platform.webUrl() + "/ops/index.html#/" + route);
        awaitView(view);
    }

    public void awaitView(String view) {
        try {
            wait.until(d -> view.equals(d.findElement(By.id("main")).getAttribute("data-view")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The " + view + " screen did not show; the page shows: "
                    + browser.findElement(By.id("main")).getAttribute("outerHTML"), e);
        }
    }

    /** Waits for {@code by} to show; if it does not, fails with what the page showed instead (a refusal, most often). */
    public WebElement awaitText(By by, String what) {
        try {
            return waitFor(by);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No " + what + "; the page shows: " + browser.findElement(By.id("main")).getText(), e);
        }
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    public void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void fill(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Date inputs take their value in the browser's own format when typed: set the ISO value as a picker would. */
    public void fillDate(String id, String isoDate) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", waitFor(By.id(id)), isoDate);
    }

    public void select(String id, String value) {
        new Select(waitFor(By.id(id))).selectByValue(value);
    }

    /** The ids of the navigation's links: what the signed-in role is offered. */
    @SuppressWarnings("unchecked")
    public List<String> navLinks() {
        return (List<String>) script("return [...document.querySelectorAll('#ops-nav a')].map(a => a.id);");
    }

    /** The window resized so that the page itself (not the window's frame) is {@code width} × {@code height}. */
    public void viewport(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        int extraWidth = ((Number) script("return window.outerWidth - window.innerWidth;")).intValue();
        int extraHeight = ((Number) script("return window.outerHeight - window.innerHeight;")).intValue();
        if (extraWidth != 0 || extraHeight != 0) {
            browser.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
        }
    }

    public void laptop() {
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    /** A download as the browser makes it: through the console, with the browser's session cookie. */
    public byte[] download(String path) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("CTP_SESSION").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(platform.webUrl() + path))
                .header("Cookie", "CTP_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
