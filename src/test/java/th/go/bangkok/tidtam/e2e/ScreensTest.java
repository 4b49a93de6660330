package th.go.bangkok.tidtam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.report.FormFixtures;

/**
 * Every screen in Chromium at 1280×800, 1440×900 and 390×844 (issue #19), each kept as target/screens/<screen>-<width>.png
 * for review. At the desktop widths nothing is cut off: the page does not scroll sideways, every table shows all its
 * columns within its own width and every placeholder shows whole. On a phone the officer's screens (the due reports,
 * the project, the report form and the bell) and the head's approvals do not scroll sideways, nor do their tables
 * (lists are cards there), and their main actions are on the screen.
 */
class ScreensTest extends BrowserTest {

    private static final int[][] SIZES = {{1280, 800}, {1440, 900}, {390, 844}};
    private static final int PHONE = 390;

    @Autowired
    FormFixtures forms;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectFilingService projects;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void every_officer_screen_fits_the_desktop_and_the_phone() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var project = forms.withTwelveReports();
        var fresh = fixtures.create("โครงการดูหน้าจอ " + UUID.randomUUID().toString().substring(0, 6));
        users.as(TestUsers.OFFICER, () -> projects.submit(fresh));
        signIn("officer");
        for (var size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            visit("home", "/", false, p -> { });
            visit("projects", "/projects", true, p -> {
                if (p.viewportSize().width == PHONE) {
                    onScreen("a project's card", p.locator(".project-card").first());
                }
            });
            visit("projects-new", "/projects/new", false, p -> { });
            visit("project", "/projects/" + project, true, p -> onScreen("พิมพ์แบบฟอร์ม", p.locator("a.print-form")));
            visit("project-reports", "/projects/" + project + "?tab=reports", true, p -> {
                if (p.viewportSize().width == PHONE) {
                    onScreen("a report's card", p.locator(".report-card").first());
                }
            });
            visit("project-changes", "/projects/" + project + "?tab=changes", true, p -> { });
            visit("project-history", "/projects/" + project, true, p -> {
                p.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("ประวัติ")).click();
                settle();
            });
            visit("reports-due", "/reports/due", true,
                    p -> onScreen("รายงาน", p.locator("vaadin-grid vaadin-button").first()));
            visit("report-form", "/projects/" + fresh + "?tab=reports", true, p -> {
                onScreen("รายงานเดือนนี้", p.getByText("รายงานเดือนนี้", new Page.GetByTextOptions().setExact(true)));
                p.getByText("รายงานเดือนนี้", new Page.GetByTextOptions().setExact(true)).click();
                p.locator(".report-dialog").first().waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
                settle();
                onScreen("ส่งรายงาน", p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งรายงาน")));
            });
            visit("bell", "/", true, p -> {
                p.locator(".notification-bell").click();
                p.locator(".notification-list").waitFor();
                settle();
                onScreen("the bell's list", p.locator(".notification-list"));
            });
            visit("indicators", "/indicators", false, p -> { });
            var indicator = indicatorAddress();
            visit("indicator", indicator, false, p -> { });
            visit("import", "/import", false, p -> { });
        }
        assertThat(problems).as("screens that do not fit").isEmpty();
    }

    @Test
    void every_screen_of_the_head_the_coordinator_and_the_administrator_fits_the_desktop_and_approvals_a_phone() {
        var project = forms.withTwelveReports();
        var reference = printedReference(project);
        for (var size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            context.clearCookies();
            // anyone signs in, and scans a printed form's QR code, on a phone
            visit("login", "/login", true,
                    p -> onScreen("เข้าสู่ระบบ", p.locator("vaadin-login-form vaadin-button[slot='submit']")));
            // too many sign-ins waiting for their password check (decision 0032): the message and the form
            visit("login-busy", "/login?busy", true,
                    p -> onScreen("เข้าสู่ระบบ", p.locator("vaadin-login-form vaadin-button[slot='submit']")));
            visit("verify", "/verify/" + reference, true, p -> { });
        }
        signIn("head");
        for (var size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            // the head approves on a phone too: the requests are cards there
            visit("approvals", "/approvals", true, p -> { });
        }
        context.clearCookies();
        signIn("coordinator");
        for (var size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            visit("tracking", "/tracking", false, p -> { });
            visit("indicators-coordinator", "/indicators", false, p -> { }); // with the column to set a target
        }
        context.clearCookies();
        signIn("admin");
        for (var size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            visit("admin-users", "/admin/users", false, p -> { });
            visit("admin-agencies", "/admin/agencies", false, p -> { });
            visit("admin-plan", "/admin/plan", false, p -> { });
            visit("admin-audit", "/admin/audit", false, p -> { });
        }
        assertThat(problems).as("screens that do not fit").isEmpty();
    }

    /**
     * Opens the address, does what the screen needs (open a dialog, check its actions), keeps the picture and checks
     * that it fits; on a phone only the screens marked {@code onPhone} are held to that.
     */
    private void visit(String screen, String path, boolean onPhone, Consumer<Page> then) {
        page.navigate(url(path));
        settle();
        int width = page.viewportSize().width;
        then.accept(page);
        picture(screen + "-" + width);
        if (width == PHONE && !onPhone) {
            return;
        }
        sideways(screen + "-" + width);
        @SuppressWarnings("unchecked")
        var grids = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid')].filter(g => g.getClientRects().length > 0)
                    .filter(g => { const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth > t.clientWidth + 1; })
                    .map(g => [...g.querySelectorAll('vaadin-grid-column, vaadin-grid-sort-column')]
                        .filter(c => !c.hidden).map(c => c.header || c.path || '?').join(' | ')
                        + ' (' + g.shadowRoot.querySelector('#table').scrollWidth + ' > '
                        + g.shadowRoot.querySelector('#table').clientWidth + ')')""");
        grids.forEach(g -> problems.add(screen + "-" + width + ": a table scrolls sideways: " + g));
        @SuppressWarnings("unchecked")
        var headers = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid')].filter(g => g.getClientRects().length > 0)
                    .flatMap(g => [...g.shadowRoot.querySelectorAll('#header [part~="header-cell"] slot')])
                    .flatMap(slot => slot.assignedElements())
                    .filter(c => c.getClientRects().length > 0 && c.textContent.trim())
                    .filter(c => {
                      const sorter = c.querySelector('vaadin-grid-sorter');
                      const text = sorter ? sorter.shadowRoot.querySelector('[part="content"]') : c;
                      return c.scrollWidth > c.clientWidth + 1 || (text && text.scrollWidth > text.clientWidth + 1);
                    })
                    .map(c => c.textContent.trim())""");
        headers.forEach(h -> problems.add(screen + "-" + width + ": a column's header is cut: " + h));
        if (width == PHONE) {
            return;
        }
        @SuppressWarnings("unchecked")
        var placeholders = (List<String>) page.evaluate("""
                () => {
                  const measure = document.createElement('canvas').getContext('2d');
                  return [...document.querySelectorAll('input[placeholder], textarea[placeholder]')]
                    .filter(i => i.placeholder && !i.value && i.getClientRects().length > 0)
                    .filter(i => {
                      const style = getComputedStyle(i);
                      measure.font = style.font;
                      const room = i.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                      return measure.measureText(i.placeholder).width > room + 1;
                    })
                    .map(i => i.placeholder);
                }""");
        placeholders.forEach(p -> problems.add(screen + "-" + width + ": placeholder cut: " + p));
    }

    /** The page does not scroll sideways, nor does the view inside the layout. */
    private void sideways(String name) {
        var overflow = (String) page.evaluate("""
                () => {
                  const d = document.documentElement;
                  if (d.scrollWidth > d.clientWidth) return 'the page is ' + d.scrollWidth + ' px wide';
                  const wide = [...document.querySelectorAll('body *')].filter(e => e.getClientRects().length > 0)
                    // a table and a tab bar scroll inside themselves, the tab bar with an arrow to the rest
                    .filter(e => !e.closest('vaadin-grid, vaadin-tabs') && getComputedStyle(e).position !== 'fixed')
                    .filter(e => e.getBoundingClientRect().right > d.clientWidth + 1
                        && e.getBoundingClientRect().left < d.clientWidth)
                    .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.'
                        + e.className.split(' ')[0] : '') + ' ' + Math.round(e.getBoundingClientRect().right));
                  return wide.length ? 'cut at the right: ' + wide.slice(0, 4).join(', ') : null;
                }""");
        if (overflow != null) {
            problems.add(name + ": " + overflow);
        }
    }

    private void onScreen(String what, Locator action) {
        int width = page.viewportSize().width;
        try {
            action.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            problems.add(width + ": " + what + " is not there");
            return;
        }
        var box = action.boundingBox();
        if (box == null || box.x < 0 || box.x + box.width > width + 1) {
            problems.add(width + ": " + what + " is not on the screen" + (box == null ? "" : " (" + box.x + "–"
                    + (box.x + box.width) + ")"));
        }
    }

    private String indicatorAddress() {
        if (!page.url().endsWith("/indicators")) {
            page.navigate(url("/indicators"));
            settle();
        }
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("จำนวนชุมชนที่คัดแยกขยะ")).first()
                .click();
        page.waitForURL(u -> u.matches(".*/indicators/\\d+.*"));
        return page.url().substring(page.url().indexOf("/indicators/"));
    }

    private String printedReference(String project) {
        signIn("officer");
        var response = page.request().get(url("/projects/" + project + "/form.pdf"));
        assertThat(response.status()).isEqualTo(200);
        var reference = response.headers().get("x-tidtam-reference");
        context.clearCookies();
        return reference;
    }

    /** Waits until Vaadin has no request under way, and for grids and overlays to finish their layout. */
    private void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(350);
    }

    private void picture(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screens", name + ".png")));
    }

    private void signIn(String username) {
        openLogin();
        submitLogin(username, DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
    }
}
