package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/** An officer registers a project in Thai and submits it; the coordinator finds it; another office cannot. */
class ProjectJourneyTest extends BrowserTest {

    @Test
    void an_officer_registers_and_submits_a_project_that_the_coordinator_finds_and_another_office_cannot_open() {
        var name = "โครงการพัฒนาคู่มือการปฏิบัติงานทดสอบ " + UUID.randomUUID().toString().substring(0, 6);
        signIn("officer");
        page.navigate(url("/projects/new"));
        page.getByLabel("ชื่อโครงการ/กิจกรรม").fill(name);
        page.getByLabel("งบประมาณที่ได้รับ").fill("824000");
        page.getByLabel("วัตถุประสงค์ 1").fill("เพื่อให้คู่มือการปฏิบัติงานทันสมัยและเป็นปัจจุบัน");
        page.getByLabel("เป้าหมายเชิงคุณภาพ 1").fill("ร้อยละ 80 ของหน่วยงานใช้คู่มือฉบับใหม่");
        page.getByText("เพิ่มเป้าหมายเชิงปริมาณ").click();
        page.getByLabel("รายการ", new Page.GetByLabelOptions().setExact(true)).fill("ผู้เข้าร่วมการประชุมชี้แจง");
        page.getByLabel("จำนวน", new Page.GetByLabelOptions().setExact(true)).fill("1208");
        page.getByLabel("หน่วยนับ", new Page.GetByLabelOptions().setExact(true)).fill("คน");
        page.getByLabel("แยกเป็น (ถ้ามี)").fill("ข้าราชการ 1,100; บุคคลภายนอก 108");
        var picker = page.getByLabel("เลือกเป้าหมายหรือตัวชี้วัดของแผน");
        picker.fill("บุคลากรกรุงเทพมหานคร");
        page.locator("vaadin-combo-box-item").first().click();
        page.getByText("เพิ่มความสอดคล้อง").click();
        assertThat(page.locator(".plan-chain").first()).containsText("ด้านที่ ๗ การบริหารจัดการเมืองมหานคร");
        screenshot("project-new-filled");

        page.getByText("บันทึกร่าง").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/projects/03000000-\\d{4}$"));
        var code = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.locator(".project-header")).containsText("ร่าง");
        assertThat(page.locator(".project-read")).containsText("ผู้เข้าร่วมการประชุมชี้แจง 1208 คน (ข้าราชการ 1100 + บุคคลภายนอก 108)");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งโครงการ")).click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], vaadin-confirm-dialog vaadin-button[slot='confirm-button']")
                .first().click();
        assertThat(page.locator(".project-header")).containsText("ดำเนินการ");
        screenshot("project-submitted");

        page.navigate(url("/projects"));
        page.locator(".project-search input").fill("คู่มือการปฏิบัติงานทดสอบ " + name.substring(name.length() - 6));
        assertThat(page.locator("vaadin-grid")).containsText(code);
        signOut();

        signIn("coordinator");
        page.navigate(url("/projects"));
        page.getByLabel("สำนักงาน", new Page.GetByLabelOptions().setExact(true)).fill("สำนักงาน ก.ก.");
        page.locator("vaadin-combo-box-item").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/projects\\?office=\\d+$"));
        page.locator(".project-search input").fill(code);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(code)).first().click();
        page.waitForURL(url("/projects/" + code));
        assertThat(page.locator(".project-header")).containsText(name);
        screenshot("project-coordinator");
        signOut();

        signIn("officer2");
        page.navigate(url("/projects/" + code));
        assertThat(page.locator(".not-found-view")).containsText("ไม่พบข้อมูล หรือคุณไม่มีสิทธิ์เข้าถึง");
        assertThat(page.locator("body")).not().containsText(name);
    }

    private void signIn(String username) {
        openLogin();
        submitLogin(username, DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
    }

    private void signOut() {
        context.clearCookies();
    }
}
