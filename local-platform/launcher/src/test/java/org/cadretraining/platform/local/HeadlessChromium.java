package org.cadretraining.platform.local;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, through its chromedriver, for the browser tests: Vietnamese, a laptop's window, its
 * profile under target/. Without the browser installed the test is skipped, saying what to install.
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static WebDriver start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "No browser: " + CHROMIUM + " is not installed (apt-get install chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "No browser driver: " + CHROMEDRIVER + " is not installed (apt-get install chromium-driver)");
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=vi-VN",
                // Tests leave each page for about:blank; kept in the back-forward cache, a page keeps its event stream
                // open, and after five of them the browser's six connections to the host are all taken.
                "--disable-features=BackForwardCache");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        try {
            return new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            assumeTrue(false, "chromium could not be started through chromedriver: " + e.getMessage().lines().findFirst().orElse(""));
            throw e;
        }
    }
}
