package dev.modelops.render.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Debian's {@code chromium} and {@code chromium-driver}, at the paths those packages
 * install. Nothing is ever downloaded: both paths are set explicitly, so Selenium Manager is never asked for a
 * driver or a browser. Each instance has its own fresh profile folder, deleted on {@link #close()}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of(System.getProperty("modelops.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("modelops.chromium", "/usr/bin/chromium"));
    /** Generous: the first page load starts the browser on a busy two-core machine. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String AXE_RESOURCE = "axe.min.js";

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts the browser, or fails (never skips) saying which Debian packages to install. */
    static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            fail("The browser test needs Chromium and its WebDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install the Debian packages with `apt-get install -y chromium chromium-driver`"
                    + " (.ci/run does this on CI)");
        }
        Path profile = Files.createTempDirectory("modelops-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
        return new Browser(profile, driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a file and waits until it and its script have loaded. */
    void open(Path file) {
        driver.get(file.toUri().toString());
        await().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Something to do in the browser that may throw. */
    interface Step {
        void run() throws IOException;
    }

    /** Does {@code step} with the pages' own scripts switched off (as a reader who blocks scripts), then on again. */
    void withoutScript(Step step) throws IOException {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            step.run();
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, TIMEOUT);
    }

    /** The console messages of level SEVERE since the last call (reading the log empties it). */
    List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    /**
     * Runs axe-core (the {@value #AXE_RESOURCE} of the {@code com.deque.html.axe-core:selenium} jar) on the open
     * page and returns its violations as the JSON text axe gives. Without preloading: axe would fetch the
     * style sheets again, which a page opened from disk does not allow, and log that as an error.
     */
    String axeViolations() throws IOException {
        String axe;
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
            if (in == null) {
                throw new IOException(AXE_RESOURCE + " is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations'], preload: false})"
                        + ".then(results => done(JSON.stringify(results.violations)))"
                        + ".catch(error => done(JSON.stringify({axeError: String(error)})));");
        return String.valueOf(result);
    }

    /** A PNG of the whole page, not only the window, through the DevTools protocol. */
    void screenshotFullPage(Path file) throws IOException {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        capture(0, 0, (Number) size.get("width"), (Number) size.get("height"), file);
    }

    /** A PNG of one element as it is now, all of it, also where it reaches beyond the window. */
    void screenshot(WebElement element, Path file) throws IOException {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) driver.executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height];", element);
        capture(box.get(0), box.get(1), box.get(2), box.get(3), file);
    }

    private void capture(Number x, Number y, Number width, Number height, Path file) throws IOException {
        Map<String, Object> clip = Map.of("x", x.doubleValue(), "y", y.doubleValue(), "width", width.doubleValue(),
                "height", height.doubleValue(), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    /**
     * Deletes the profile folder as far as it can: a browser process that is still exiting may add a file while
     * the folder is walked, and a profile left in the temporary folder is no reason to fail a test.
     */
    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // left for the system's temporary-file clean-up
        }
    }
}
