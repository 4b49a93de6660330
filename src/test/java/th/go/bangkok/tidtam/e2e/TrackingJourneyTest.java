package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * The coordinator's morning in Chromium: /tracking shows สำนักงาน ก.ก. with missing reports, a reminder goes to
 * one officer, and the officer finds it in their bell.
 */
class TrackingJourneyTest extends BrowserTest {

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;

    @Test
    void the_coordinator_finds_who_has_not_reported_and_reminds_the_officer() {
        var code = fixtures.create("โครงการยังไม่รายงาน " + UUID.randomUUID().toString().substring(0, 6));
        users.as(TestUsers.OFFICER, () -> projects.submit(code));

        openLogin();
        submitLogin("coordinator", DemoAccounts.PASSWORD);
        page.waitForURL(url("/tracking"));
        page.getByLabel("ปีงบประมาณ พ.ศ.").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2569")).click();
        var byAgency = page.locator(".tracking-view vaadin-grid").first();
        assertThat(byAgency).containsText("สำนักงาน ก.ก.");
        byAgency.getByText("สำนักงาน ก.ก.", new Locator.GetByTextOptions().setExact(true)).click();
        var missing = page.locator(".tracking-view vaadin-grid").nth(1);
        assertThat(missing).containsText(code);
        screenshot("tracking-dashboard");
        var row = missing.getByText(code, new Locator.GetByTextOptions()).first();
        row.click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งการแจ้งเตือน")).click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").first().click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("ส่งการแจ้งเตือนแล้ว");
        context.clearCookies();

        openLogin();
        submitLogin("officer", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        page.locator(".notification-bell").click();
        assertThat(page.locator(".notification-list")).containsText("กรุณารายงานความก้าวหน้า");
        assertThat(page.locator(".notification-list")).containsText(code);
        screenshot("tracking-reminder-in-bell");
    }
}
