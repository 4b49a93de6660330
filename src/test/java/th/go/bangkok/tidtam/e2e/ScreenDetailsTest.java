package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.tracking.TrackingFixture;
import th.go.bangkok.tidtam.users.UserService;

/**
 * The smaller things a Thai reviewer found on the screens (issue #19) that only a browser shows: the bell's codes
 * breaking across lines and its badge over the icon, the missing-reports list cutting a row in half, and error
 * pages without the menu.
 */
class ScreenDetailsTest extends BrowserTest {

    @Autowired
    TestUsers users;
    @Autowired
    UserService userService;
    @Autowired
    NotificationService notifications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TrackingFixture tracking;

    @Test
    void the_bell_keeps_codes_on_one_line_and_its_badge_off_the_icon_on_a_desktop_and_a_phone() {
        // twice the pixels, for a reviewer to see the badge beside the icon
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale("th-TH")
                .setDeviceScaleFactor(2));
        context.setDefaultTimeout(TIMEOUT_MS);
        page = context.newPage();
        signIn("officer");
        for (var width : List.of(1366, 390)) {
            var code = "0303" + UUID.randomUUID().toString().substring(0, 4) + "-2569";
            users.as(TestUsers.ADMIN, () -> transactions.executeWithoutResult(s -> notifications.send(
                    userService.recipient("officer"), "notification.change.approved",
                    List.of(code, "โครงการพัฒนาศักยภาพบุคลากรด้านการป้องกันและบรรเทาสาธารณภัยของกรุงเทพมหานคร",
                            "กท 0303/999"), null)));
            page.setViewportSize(width, width > 600 ? 860 : 844);
            page.navigate(url("/"));
            var badge = page.locator(".bell-count");
            assertThat(badge).isVisible();
            var icon = page.locator(".notification-bell vaadin-icon");
            assertThat(overlap(badge, icon)).as("share of the icon under the badge at %d px", width).isLessThan(0.1);
            var bell = page.locator(".bell-wrapper").boundingBox();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "bell-badge-" + width + ".png"))
                    .setClip(bell.x - 24, 0, bell.width + 48, 56));

            page.locator(".notification-bell").click();
            var item = page.locator(".notification-item").filter(new Locator.FilterOptions().setHasText(code));
            assertThat(item).containsText("กท 0303/999");
            var codes = item.locator(".code");
            assertThat(codes.filter(new Locator.FilterOptions().setHasText("กท 0303/999"))).hasCount(1);
            for (int i = 0; i < codes.count(); i++) {
                assertThat((Integer) codes.nth(i).evaluate("e => e.getClientRects().length"))
                        .as("%s on one line at %d px", codes.nth(i).textContent(), width).isEqualTo(1);
            }
            screenshot("bell-list-" + width);
            page.keyboard().press("Escape");
        }
    }

    @Test
    void the_missing_reports_list_on_tracking_cuts_no_row_in_half() {
        for (int i = 0; i < 5; i++) {
            tracking.create(); // an office with a March report missing, enough of them to fill the old fixed height
        }
        signIn("coordinator");
        page.waitForURL(url("/tracking"));
        page.getByLabel("ปีงบประมาณ พ.ศ.").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2569")).click();
        // the months follow the year from the server (the year's last month is chosen): open the list after that
        assertThat(page.getByLabel("เดือน", new Page.GetByLabelOptions().setExact(true)))
                .containsText("กันยายน 2569");
        page.getByLabel("เดือน", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("มีนาคม 2569")).click();
        var missing = page.locator(".tracking-view vaadin-grid").nth(1);
        // the rows are whichever projects come first (the suite's other tests add their own): wait for one, any
        assertThat(missing.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(" · ")).first())
                .isVisible();
        missing.scrollIntoViewIfNeeded();
        var cut = (Integer) missing.evaluate("""
                g => { const box = g.getBoundingClientRect();
                  return [...g.shadowRoot.querySelectorAll('#items tr')].filter(r => r.offsetHeight > 0 && !r.hidden)
                    .map(r => r.getBoundingClientRect())
                    .filter(b => b.top < box.bottom - 1 && b.bottom > box.bottom + 1).length; }""");
        assertThat(cut).as("rows the grid's bottom edge cuts").isZero();
        var whole = (Integer) missing.evaluate("""
                g => { const box = g.getBoundingClientRect();
                  return [...g.shadowRoot.querySelectorAll('#items tr')].filter(r => r.offsetHeight > 0 && !r.hidden)
                    .map(r => r.getBoundingClientRect()).filter(b => b.bottom <= box.bottom + 1).length; }""");
        assertThat(whole).as("rows shown whole").isGreaterThanOrEqualTo(1);
        page.setViewportSize(1366, 2600); // the page scrolls inside the layout: a tall window shows the list whole
        missing.scrollIntoViewIfNeeded();
        screenshot("tracking-missing-whole-rows");
    }

    @Test
    void a_signed_in_user_at_an_unknown_address_keeps_the_menu_and_a_visitor_gets_no_menu() {
        signIn("officer");
        page.navigate(url("/no-such-page"));
        assertThat(page.locator(".not-found-view")).containsText("ไม่พบข้อมูล หรือคุณไม่มีสิทธิ์เข้าถึง");
        assertThat(page.locator(".main-nav")).isVisible();
        assertThat(page.locator(".view-title")).hasText("ไม่พบหน้าที่ต้องการ");
        assertThat(page.locator("h1, h2, h3")).hasCount(0);
        screenshot("not-found-signed-in");
        context.clearCookies();

        page.navigate(url("/no-such-page"));
        // a visitor is asked to sign in, on the login page, not shown the signed-in frame
        assertThat(page.locator(".not-found-view, vaadin-login-form").first()).isVisible();
        assertThat(page.locator(".main-nav")).hasCount(0);
        assertThat(page.locator(".app-header")).hasCount(0);
        screenshot("not-found-visitor");
    }

    /** The share of {@code under}'s area that {@code over} covers. */
    private static double overlap(Locator over, Locator under) {
        var a = over.boundingBox();
        var b = under.boundingBox();
        double w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
        double h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
        return w * h / (b.width * b.height);
    }

    private void signIn(String username) {
        openLogin();
        submitLogin(username, DemoAccounts.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
    }
}
