package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.tracking.TrackingFixture;

/**
 * The coordinator's morning in Chromium: /tracking shows an office with a missing March report, a reminder goes to
 * its officer, and the officer finds it in their bell; the charts load as images.
 */
class TrackingJourneyTest extends BrowserTest {

    @Autowired
    TrackingFixture fixture;

    @Test
    void the_coordinator_finds_who_has_not_reported_and_reminds_the_officer() {
        var office = fixture.create();
        var code = office.codes().get(2);
        var officeName = fixture.officeName(office);

        openLogin();
        submitLogin("coordinator", DemoAccounts.PASSWORD);
        page.waitForURL(url("/tracking"));
        page.getByLabel("ปีงบประมาณ พ.ศ.").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2569")).click();
        // the months follow the year from the server (the year's last month is chosen): open the list after that
        assertThat(page.getByLabel("เดือน", new Page.GetByLabelOptions().setExact(true)))
                .containsText("กันยายน 2569");
        page.getByLabel("เดือน", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("มีนาคม 2569")).click();
        var byAgency = page.locator(".tracking-view vaadin-grid").first();
        assertThat(byAgency).containsText(officeName);
        var picker = page.locator(".tracking-view vaadin-combo-box input");
        picker.fill(officeName);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(officeName).setExact(true)).click();
        assertThat(page.locator(".tracking-view")).containsText("ยังไม่รายงาน 1 โครงการ ใน" + officeName);
        var missing = page.locator(".tracking-view vaadin-grid").nth(1);
        assertThat(missing).containsText(code);
        screenshot("tracking-dashboard");
        var chart = page.locator("img.tracking-chart-image").first();
        chart.scrollIntoViewIfNeeded();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", chart.elementHandle());
        assertThat(chart).hasAttribute("alt", "ความครบถ้วนของการรายงานรายเดือน");
        org.assertj.core.api.Assertions.assertThat((Integer) chart.evaluate("img => img.naturalWidth"))
                .as("the server drew the chart").isEqualTo(760);
        screenshot("tracking-charts");
        // the chart's numbers are built when asked for, and the chart comes back
        var panel = page.locator(".tracking-chart").first();
        panel.getByText("ดูเป็นตาราง").click();
        assertThat(panel.locator("vaadin-grid")).isVisible();
        assertThat(chart).isHidden();
        panel.getByText("ดูเป็นแผนภูมิ").click();
        assertThat(chart).isVisible();
        // a concern's list is built when its tab opens, with its count
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("ล่าช้ากว่าแผน")).click();
        assertThat(page.locator(".tracking-view")).containsText("โครงการติดตาม P2");
        screenshot("tracking-behind-tab");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("ยังไม่รายงาน")).click();
        var row = missing.getByText(code, new Locator.GetByTextOptions()).first();
        row.click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งการแจ้งเตือน")).click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").first().click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("ส่งการแจ้งเตือนแล้ว");
        context.clearCookies();

        openLogin();
        submitLogin(office.officerB(), "Tracking-2569");
        page.waitForURL(url("/"));
        page.locator(".notification-bell").click();
        assertThat(page.locator(".notification-list")).containsText("กรุณารายงานความก้าวหน้า");
        assertThat(page.locator(".notification-list")).containsText(code);
        screenshot("tracking-reminder-in-bell");
    }
}
