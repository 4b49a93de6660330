package th.go.bangkok.tidtam.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/**
 * Two nodes on one MariaDB behind HAProxy with sticky sessions (issue #21, docs/decisions/0025-several-nodes.md):
 * sign-in through the proxy, a sign-in lock made on one node holds on the other, a batch started on one node is
 * followed from the other, the daily digest goes out once though both nodes' schedulers fire, and a node killed
 * outright loses nothing submitted. Needs HAProxy installed (apt-get install haproxy); fails, not skips, without it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesTest {

    private static final String FILED = "SELECT COUNT(*) FROM progress_report WHERE status IN ('SUBMITTED', 'FROZEN')";

    final SeveralNodes nodes = new SeveralNodes();
    Playwright playwright;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        // as BrowserTest: a failure means "not there", not "not there yet" on two busy cores
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        nodes.start(List.of(
                // both nodes' schedulers fire the digest every five seconds; the lock holds for ten minutes
                "--tidtam.reminders.cron=*/5 * * * * *", "--tidtam.reminders.lock-at-least=PT10M",
                "--logging.level.net.javacrumbs.shedlock=DEBUG"));
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("TIDTAM_CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        nodes.close();
    }

    @Test
    @Order(1)
    void a_user_signs_in_through_the_proxy_and_stays_on_the_node_that_served_them() throws Exception {
        var cookies = new CookieManager();
        var client = client(cookies);
        var landing = signIn(client, nodes.proxyUrl(""), "coordinator", DemoAccounts.PASSWORD);
        assertThat(landing).as("where the sign-in sends the coordinator").doesNotContain("/login");
        // a signed-in address outside Vaadin: a node that did not sign this session in sends it to /login
        var form = "/projects/" + nodes.text("SELECT MIN(code) FROM project") + "/form.pdf";
        var node = nodeCookie(cookies);
        assertThat(node).as("the proxy's TIDTAM_NODE cookie").isIn("a", "b");
        for (int i = 0; i < 4; i++) {
            var pdf = client.send(HttpRequest.newBuilder(URI.create(nodes.proxyUrl(form))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(pdf.statusCode()).as("a project's form, request %d", i).isEqualTo(200);
            assertThat(pdf.headers().firstValue("content-type")).hasValue("application/pdf");
            assertThat(nodeCookie(cookies)).as("the node, request %d", i).isEqualTo(node);
        }
    }

    @Test
    @Order(2)
    void failed_sign_ins_on_one_node_lock_the_account_on_the_other() throws Exception {
        var onA = client(new CookieManager());
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(onA, nodes.a.url(""), "head", "wrong-" + i)).contains("/login?error");
        }
        var onB = client(new CookieManager());
        assertThat(signIn(onB, nodes.b.url(""), "head", DemoAccounts.PASSWORD))
                .as("the right password on the other node").contains("/login?locked");
    }

    @Test
    @Order(3)
    void a_batch_of_forms_started_on_one_node_is_followed_and_finished_from_the_other() throws Exception {
        try (var onA = browser.newContext(contextOptions()); var onB = browser.newContext(contextOptions())) {
            var pageB = projectsAsCoordinator(onB, nodes.b);
            var pageA = projectsAsCoordinator(onA, nodes.a);
            pageA.locator("vaadin-button.print-all").click();
            assertThat(pageA.locator(".print-all-progress")).isVisible();
            // the same user reloads and lands on the other node: Print all shows the batch that node A prints
            pageB.locator("vaadin-button.print-all").click();
            assertThat(pageB.locator(".print-all-progress")).containsText("กำลังพิมพ์");
            // as long as a batch of 69 forms may take on two busy cores
            assertThat(pageB.locator(".print-all-progress")).containsText("พิมพ์เสร็จแล้ว",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(180_000));
            assertThat(nodes.text("SELECT node FROM form_batch WHERE username = 'coordinator'"))
                    .as("the coordinator's one batch, printed by").isEqualTo("node-a");
            pageB.screenshot(new Page.ScreenshotOptions().setPath(SeveralNodes.LOGS.resolve("batch-on-b.png")));
            // the ZIP that node A made, downloaded from node B
            var download = pageB.waitForDownload(() -> pageB.locator(".print-all-download vaadin-button").click());
            int entries = 0;
            try (var zip = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(download.path()))) {
                while (zip.getNextEntry() != null) {
                    entries++;
                }
            }
            assertThat((long) entries).isEqualTo(nodes.count("SELECT total FROM form_batch WHERE username = 'coordinator'"))
                    .isPositive();
        }
    }

    @Test
    @Order(4)
    void the_daily_digest_goes_out_once_though_both_nodes_fire_it() {
        SeveralNodes.await("both nodes to have fired the digest", Duration.ofMinutes(1),
                () -> (ran(nodes.a) + ran(nodes.b)) > 0 && skipped(nodes.a) > 0 && skipped(nodes.b) > 0);
        assertThat(ran(nodes.a) + ran(nodes.b)).as("digest runs on both nodes together").isEqualTo(1);
        assertThat(nodes.text("SELECT locked_by FROM shedlock WHERE name = 'reminder-digest'")).isNotNull();
        assertThat(nodes.count("SELECT COUNT(*) FROM (SELECT user_id FROM reminder_digest GROUP BY user_id, "
                + "digest_date HAVING COUNT(*) > 1) twice")).isZero();
    }

    @Test
    @Order(5)
    void killing_a_node_keeps_every_submitted_report_and_its_users_sign_in_again_on_the_other() throws Exception {
        long filed = nodes.count(FILED);
        submitAReportOnNodeA();
        assertThat(nodes.count(FILED)).as("filed reports after one more on node A").isEqualTo(filed + 1);
        // a browser the proxy sends to node A (round robin: one of the first two)
        CookieManager pinned = null;
        for (int i = 0; i < 4 && pinned == null; i++) {
            var cookies = new CookieManager();
            assertThat(signIn(client(cookies), nodes.proxyUrl(""), "officer2", DemoAccounts.PASSWORD))
                    .doesNotContain("/login");
            pinned = "a".equals(nodeCookie(cookies)) ? cookies : null;
        }
        assertThat(pinned).as("a browser kept on node A").isNotNull();
        nodes.a.process().destroyForcibly().waitFor();
        assertThat(nodes.count(FILED)).as("filed reports after node A died").isEqualTo(filed + 1);
        // that browser now goes to node B, where its user signs in again
        assertThat(signIn(client(pinned), nodes.proxyUrl(""), "officer2", DemoAccounts.PASSWORD))
                .doesNotContain("/login");
        assertThat(nodeCookie(pinned)).isEqualTo("b");
    }

    /** This month's report of one of the officer's projects of this fiscal year that has none yet, as they file it. */
    private void submitAReportOnNodeA() {
        var code = nodes.text("SELECT MIN(p.code) FROM project p JOIN app_user u ON u.id = p.owner_id "
                + "WHERE u.username = 'officer' AND p.status = 'ACTIVE' AND NOT EXISTS "
                + "(SELECT 1 FROM progress_report r WHERE r.project_id = p.id)");
        assertThat(code).as("an officer's project with no report yet").isNotNull();
        try (var context = browser.newContext(contextOptions())) {
            var page = signedIn(context, nodes.a, "officer");
            page.navigate(nodes.a.url("/projects/" + code));
            page.getByText("รายงานความก้าวหน้า", new Page.GetByTextOptions().setExact(true)).click();
            page.getByText("รายงานเดือนนี้", new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("ขั้นตอนการดำเนินงาน").fill("1. ประชุมคณะทำงาน");
            page.getByLabel("ความก้าวหน้าของงานฯ").fill("10");
            page.getByLabel("งบประมาณที่เบิกใช้").fill("0");
            page.getByText("เป็นไปตามแผน", new Page.GetByTextOptions().setExact(true)).click();
            page.getByText("เป็นไปตามเป้าหมาย", new Page.GetByTextOptions().setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งรายงาน")).click();
            page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button'], "
                    + "vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").first().click();
            assertThat(page.locator(".progress-tab vaadin-grid")).containsText("ส่งรายงานแล้ว");
        }
    }

    private static String nodeCookie(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("TIDTAM_NODE"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private long ran(SeveralNodes.Node node) {
        return Pattern.compile("Sent \\d+ daily digests").matcher(node.output()).results().count();
    }

    private long skipped(SeveralNodes.Node node) {
        return Pattern.compile("Not executing 'reminder-digest'").matcher(node.output()).results().count();
    }

    private static Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale("th-TH");
    }

    private Page projectsAsCoordinator(BrowserContext context, SeveralNodes.Node node) {
        var page = signedIn(context, node, "coordinator");
        page.navigate(node.url("/projects"));
        assertThat(page.locator("vaadin-button.print-all")).isVisible();
        return page;
    }

    private static Page signedIn(BrowserContext context, SeveralNodes.Node node, String username) {
        context.setDefaultTimeout(60_000);
        var page = context.newPage();
        page.navigate(node.url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(DemoAccounts.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(node.url("/"));
        return page;
    }

    private static HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Spring Security's form login as the page posts it: the CSRF token from the page's meta tags. */
    private static String signIn(HttpClient client, String base, String username, String password)
            throws IOException, InterruptedException {
        var page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var parameter = meta(page, "_csrf_parameter", "_csrf");
        var token = meta(page, "_csrf", null);
        assertThat(token).as("the CSRF token in the login page").isNotNull();
        var form = parameter + "=" + encode(token) + "&username=" + encode(username) + "&password=" + encode(password);
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("the sign-in's answer").isEqualTo(302);
        return response.headers().firstValue("location").orElse("");
    }

    private static String meta(String page, String name, String otherwise) {
        var m = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"").matcher(page);
        return m.find() ? m.group(1) : otherwise;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
