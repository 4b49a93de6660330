package th.go.bangkok.tidtam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.change.ChangeFixtures;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.report.FormFixtures;

/**
 * Every screen, signed in with the role that uses it, scanned by axe-core against WCAG 2.2 A and AA (issue #19):
 * no serious or critical violation. A failure lists each violation with the elements it was found on.
 */
class AccessibilityTest extends BrowserTest {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Autowired
    ChangeFixtures changes;
    @Autowired
    FormFixtures forms;
    @Autowired
    TestClock clock;

    private final List<String> findings = new ArrayList<>();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_screens_anyone_can_open_have_no_serious_violations() {
        var code = forms.withTwelveReports();
        openLogin();
        scan("/login");
        submitLogin("officer", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        var reference = page.request().get(url("/projects/" + code + "/form.pdf")).headers().get("x-tidtam-reference");
        open("/no-such-page", ".not-found-view");
        try (var anonymous = browser.newContext(new Browser.NewContextOptions().setLocale("th-TH"))) {
            page = anonymous.newPage();
            open("/verify/" + reference, ".verify-verdict");
            open("/verify/NOTAREAL", ".verify-unknown");
        }
        assertNoFindings();
    }

    @Test
    void the_officers_screens_and_dialogs_have_no_serious_violations() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = changes.runningProject();
        signIn("officer");
        scan("/ (officer)");
        open("/projects", ".project-list-view vaadin-grid");
        open("/projects/new", ".project-view vaadin-form-layout");
        open("/projects/" + code, ".project-read");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("ประวัติ")).click();
        settle();
        scan("/projects/{code} history tab");
        open("/projects/" + code + "?tab=reports", ".progress-tab");
        page.navigate(url("/projects/" + code + "?tab=reports&report=2026-03"));
        dialog(".report-dialog");
        scan("report form dialog");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งรายงาน")).click();
        page.locator(".form-problems").first().waitFor();
        scan("report form after a blank submit");
        open("/projects/" + code + "?tab=changes", ".change-tab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ขอเปลี่ยนแปลง")).click();
        dialog(".change-dialog");
        scan("change request dialog");
        // sent without a reason, the request says so at the field
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ยื่นคำขอ")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                page.locator(".change-dialog vaadin-text-area[invalid]")).containsText("กรุณาระบุเหตุผลที่ขอเปลี่ยนแปลง");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                page.locator(".change-dialog vaadin-text-area[invalid] textarea")).hasAttribute("aria-invalid", "true");
        scan("change request dialog sent without a reason");
        open("/reports/due", ".due-reports-view vaadin-grid");
        open("/import", ".import-view");
        open("/indicators?dimension=7", ".indicator-tree");
        page.getByText("๗.๓.๑.๑ คู่มือการปฏิบัติงาน").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/indicators/\\d+.*"));
        page.locator(".indicator-view").waitFor();
        settle();
        scan("/indicators/{id}");
        assertNoFindings();
    }

    @Test
    void the_heads_and_coordinators_screens_have_no_serious_violations() {
        var code = changes.runningProject();
        changes.submitted(code, 12);
        signIn("head");
        open("/approvals", ".approvals-view vaadin-grid");
        page.locator(".approvals-view vaadin-grid").first().getByText(code).first().click();
        dialog(".decision-dialog");
        scan("approval dialog");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("อนุมัติ").setExact(true)).click();
        page.locator("vaadin-text-field[invalid]").first().waitFor();
        scan("approval dialog after approving without a letter");
        context.clearCookies();
        signIn("coordinator");
        scan("/ (coordinator)");
        open("/tracking", ".tracking-view");
        assertNoFindings();
    }

    @Test
    void the_admins_screens_have_no_serious_violations() {
        signIn("admin");
        scan("/ (admin)");
        open("/admin/users", ".user-admin-view vaadin-grid");
        open("/admin/agencies", ".agency-admin-view");
        open("/admin/plan", ".plan-admin-view");
        open("/admin/audit", ".audit-view vaadin-grid");
        open("/tokens", ".access-tokens-view vaadin-grid");
        assertNoFindings();
    }

    private void signIn(String username) {
        openLogin();
        submitLogin(username, DemoAccounts.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        settle();
    }

    private void open(String path, String ready) {
        page.navigate(url(path));
        page.locator(ready).first().waitFor();
        settle();
        scan(path);
    }

    /** The dialog's element stays out of the layout (its content shows in an overlay), so it is waited for open. */
    private void dialog(String selector) {
        page.locator("vaadin-dialog[opened]" + selector).first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        settle();
    }

    /** Vaadin has answered every round trip, and the dialogs' opening animations have ended. */
    private void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForFunction("() => document.getAnimations()"
                + ".every(a => a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)");
    }

    private void scan(String screen) {
        var results = new AxeBuilder(page).withTags(WCAG).analyze();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                var nodes = rule.getNodes().stream().filter(n -> !vaadinsOwn(rule, n))
                        .map(n -> "      " + n.getTarget() + "  " + n.getHtml()
                                + "\n        " + n.getFailureSummary().replace("\n", " "))
                        .toList();
                if (nodes.isEmpty()) {
                    continue;
                }
                findings.add(screen + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + "\n"
                        + String.join("\n", nodes));
            }
        }
        screenshot("a11y-" + screen.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    /**
     * The one violation left, inside a Vaadin component's own shadow DOM, which our code cannot reach: vaadin-tabs
     * (the tabs of every TabSheet) wraps its tabs in {@code <div id="scroll" part="tabs" tabindex="-1">}, and axe
     * counts a div with a tabindex as a child a tablist may not have. The tabs themselves carry role tab,
     * aria-selected and aria-controls, and the arrow keys move between them. Only this rule on this element with
     * only that cause is let through; anything else about the tabs still fails.
     */
    private static boolean vaadinsOwn(Rule rule, CheckedNode node) {
        return rule.getId().equals("aria-required-children") && node.getHtml().startsWith("<vaadin-tabs ")
                && node.getFailureSummary().strip().endsWith("Element has children which are not allowed: div[tabindex]");
    }

    private void assertNoFindings() {
        assertThat(findings).as("serious or critical WCAG violations:\n" + String.join("\n", findings)).isEmpty();
    }
}
