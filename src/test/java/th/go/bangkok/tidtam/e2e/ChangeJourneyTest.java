package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.change.ChangeFixtures;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/**
 * A change in Chromium: the officer asks to cut a target from 14 to 12 communities, the head approves it on
 * /approvals with letter กท 5202/1184 dated today, the officer's bell tells of the approval, and the project
 * shows 12 as current and 14 as the original plan.
 */
class ChangeJourneyTest extends BrowserTest {

    @Autowired
    ChangeFixtures fixtures;

    @Test
    void the_officer_asks_the_head_approves_with_a_letter_and_the_project_keeps_both_plans() {
        var code = fixtures.runningProject();

        signIn("officer");
        page.navigate(url("/projects/" + code + "?tab=changes"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ขอเปลี่ยนแปลง")).click();
        var dialog = page.locator("vaadin-dialog-overlay, vaadin-dialog").first();
        page.getByLabel("เหตุผล", new Page.GetByLabelOptions().setExact(true)).fill("สองชุมชนย้ายออกนอกพื้นที่ดำเนินการ");
        var quantity = page.locator(".change-dialog").getByLabel("จำนวน", new Locator.GetByLabelOptions().setExact(true));
        quantity.nth(1).fill("12");
        page.getByText("ตรวจความเปลี่ยนแปลง", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".change-dialog .change-diff")).containsText("14 ชุมชน");
        assertThat(page.locator(".change-dialog .change-diff")).containsText("12 ชุมชน");
        screenshot("change-request-dialog");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ยื่นคำขอ")).click();
        assertThat(page.locator(".change-tab vaadin-grid")).containsText("รออนุมัติ");
        signOut();

        signIn("head");
        page.waitForURL(url("/approvals"));
        page.locator(".approvals-view vaadin-grid").first().getByText(code, new Locator.GetByTextOptions()).first().click();
        assertThat(dialog).containsText("สองชุมชนย้ายออกนอกพื้นที่ดำเนินการ");
        assertThat(dialog).containsText("นางสาวสมศรี ใจดี"); // the requester by name, not by username
        // approving without the letter's number says so at the field
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("อนุมัติ").setExact(true)).click();
        assertThat(page.locator("vaadin-text-field[invalid]")).containsText("กรุณาระบุเลขที่หนังสืออนุมัติ");
        page.getByLabel("เลขที่หนังสืออนุมัติ").fill("กท 5202/1184");
        var today = ThaiDates.formatShort(LocalDate.now(ZoneId.of("Asia/Bangkok")));
        page.getByLabel("ลงวันที่").fill(today);
        page.getByLabel("ลงวันที่").press("Enter");
        screenshot("change-decision-dialog");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("อนุมัติ").setExact(true)).click();
        assertThat(page.locator(".approvals-view")).containsText("กท 5202/1184");
        signOut();

        signIn("officer");
        page.locator(".notification-bell").click();
        assertThat(page.locator(".notification-list")).containsText("ได้รับอนุมัติ: " + code);
        assertThat(page.locator(".notification-list")).containsText("กท 5202/1184");
        screenshot("notification-bell");
        page.navigate(url("/projects/" + code));
        assertThat(page.locator(".baseline-history")).containsText("14 ชุมชน");
        assertThat(page.locator(".baseline-history")).containsText("12 ชุมชน");
        assertThat(page.locator(".baseline-history")).containsText("กท 5202/1184");
        assertThat(page.locator(".project-read")).containsText("12 ชุมชน");
        screenshot("project-original-and-current");
    }

    private void signIn(String username) {
        openLogin();
        submitLogin(username, DemoAccounts.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
    }

    private void signOut() {
        context.clearCookies();
    }
}
