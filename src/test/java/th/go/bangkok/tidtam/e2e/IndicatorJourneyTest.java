package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/**
 * The indicator cycle in Chromium: the coordinator sets the year's target of the real indicator ๗.๓.๑.๑ on
 * /indicators (filtered to dimension ๗), the officer of its agency enters the quarter's result, the coordinator
 * accepts it, and /indicators shows the new status.
 */
class IndicatorJourneyTest extends BrowserTest {

    @Test
    void the_coordinator_sets_a_target_the_officer_reports_the_coordinator_accepts_and_the_status_shows() {
        signIn("coordinator");
        page.navigate(url("/indicators?dimension=7"));
        var tree = page.locator(".indicator-tree");
        assertThat(tree).containsText("๗.๓.๑.๑ คู่มือการปฏิบัติงาน");
        assertThat(tree).containsText("ยังไม่กำหนดเป้าหมาย");
        screenshot("indicators-tree");
        // other tests add indicators of their own under goal ๗.๓.๑ (some without a target): ๗.๓.๑.๑ comes first;
        // the button is markup in the row, its words its name and its tooltip
        var setTarget = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("กำหนดเป้าหมาย").setExact(true))
                .first();
        setTarget.hover();
        assertThat(tooltip("กำหนดเป้าหมาย").first()).isVisible();
        setTarget.click();
        var dialog = page.locator("vaadin-dialog-overlay, vaadin-dialog").first();
        assertThat(dialog).containsText("เป้าหมายปีงบประมาณ 25");
        assertThat(dialog).containsText("๗.๓.๑.๑ คู่มือการปฏิบัติงาน");
        page.getByLabel("หน่วยนับ").fill("ฉบับ");
        page.getByLabel("ค่าเป้าหมาย").fill("40");
        page.getByLabel("ค่าฐาน").fill("0");
        var owner = page.getByLabel("หน่วยงานเจ้าของตัวชี้วัด").last();
        owner.fill("สำนักงาน ก.ก.");
        assertThat(page.locator("vaadin-combo-box-item").first()).isVisible();
        owner.press("Enter");
        screenshot("indicators-target-dialog");
        page.locator("vaadin-button.save-target").click();
        assertThat(tree).containsText("≥ 40 ฉบับ");
        page.getByText("๗.๓.๑.๑ คู่มือการปฏิบัติงาน", new Page.GetByTextOptions().setExact(false)).first().click();
        page.waitForURL(Pattern.compile(".*/indicators/\\d+.*"));
        var indicatorUrl = page.url();
        assertThat(page.locator(".indicator-year-status")).containsText("ไม่มีข้อมูล");
        signOut();

        signIn("officer");
        page.navigate(indicatorUrl);
        page.locator("vaadin-button.enter-result").first().click();
        page.getByLabel("ผลการดำเนินงาน").fill("12");
        page.getByLabel("หมายเหตุ").fill("ปรับปรุงคู่มือแล้ว 12 ฉบับจาก 40 ฉบับ");
        screenshot("indicators-result-dialog");
        page.locator("vaadin-button.save-result").click();
        var quarters = page.locator(".indicator-quarters");
        assertThat(quarters).containsText("12 ฉบับ");
        assertThat(quarters).containsText("รอตรวจ");
        signOut();

        signIn("coordinator");
        page.navigate(indicatorUrl);
        page.locator("vaadin-button.accept-result").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog vaadin-button[slot='confirm-button']").first().click();
        assertThat(page.locator(".indicator-quarters")).containsText("ยอมรับแล้ว");
        assertThat(page.locator(".indicator-year-status")).containsText("ตามแผน");
        screenshot("indicators-detail");

        page.navigate(url("/indicators?dimension=7"));
        Locator row = page.locator(".indicator-tree");
        assertThat(row).containsText("12 ฉบับ (ไตรมาส 1)");
        assertThat(page.locator(".indicator-tree .indicator-status[data-status='ON_TRACK']")).hasCount(1);
        screenshot("indicators-tree-after");
    }

    private void signIn(String user) {
        openLogin();
        submitLogin(user, DemoAccounts.PASSWORD);
        page.waitForURL(Pattern.compile("^(?!.*/login).*$"));
    }

    private void signOut() {
        context.clearCookies();
    }
}
