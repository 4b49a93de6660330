package th.go.bangkok.tidtam.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.bangkok.tidtam.IntegrationTest;

/**
 * End-to-end journeys in Debian's Chromium, headless, against the application on a random port. The flags
 * keep Chromium from calling out of this closed network. See docs/decisions/0006-testing.md.
 */
@IntegrationTest
abstract class BrowserTest {

    static final String CHROMIUM = System.getenv().getOrDefault("TIDTAM_CHROMIUM", "/usr/bin/chromium");
    static final double TIMEOUT_MS = 60_000;
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void startBrowser() {
        // an assertion waits as long as an action may: Playwright's own 5 s is too short for a grid's first page on two
        // busy cores (CI), and a failure should mean "not there", not "not there yet"
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale("th-TH"));
        context.setDefaultTimeout(TIMEOUT_MS);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void openLogin() {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name='username']").waitFor();
    }

    void submitLogin(String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }

    /** A tooltip showing {@code text}, whichever way the tooltip draws its overlay. */
    Locator tooltip(String text) {
        return page.locator("vaadin-tooltip-overlay, vaadin-tooltip [part=overlay], [role=tooltip]")
                .filter(new Locator.FilterOptions().setHasText(text));
    }

    /** Keeps a picture of what the user saw, for people reviewing a run (target/screenshots). */
    void screenshot(String name) {
        try {
            Files.createDirectories(Path.of("target", "screenshots"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
