package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;

/** A month's report in Chromium: filed in Thai, returned with a comment, fixed and resubmitted. */
class ReportJourneyTest extends BrowserTest {

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_officer_files_the_coordinator_returns_and_the_officer_fixes_and_resubmits() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการรายงานผ่านเบราว์เซอร์ " + UUID.randomUUID().toString().substring(0, 6));
        users.as(TestUsers.OFFICER, () -> filing.submit(code));

        signIn("officer");
        openReports(code);
        page.getByText("รายงานเดือนนี้", new Page.GetByTextOptions().setExact(true)).click();
        // a blank report cannot be sent: the form says what is missing, at the fields, and stays open
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งรายงาน")).click();
        assertThat(page.locator(".report-dialog .form-problems, vaadin-dialog-overlay .form-problems").first())
                .containsText("ยังส่งไม่ได้");
        assertThat(page.locator("vaadin-big-decimal-field[invalid]")).containsText(new String[] {"ต้องกรอกก่อนส่งรายงาน",
                "ใส่ 0 หากเดือนนี้ไม่มีการเบิกจ่าย"});
        page.getByLabel("ขั้นตอนการดำเนินงาน").fill("1. ประชุมคณะทำงาน\n2. จัดทำร่างคู่มือ");
        page.getByLabel("ความก้าวหน้าของงานฯ").fill("25");
        page.getByLabel("งบประมาณที่เบิกใช้").fill("2700");
        page.getByText("เป็นไปตามแผน", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("เป็นไปตามเป้าหมาย", new Page.GetByTextOptions().setExact(true)).click();
        var chooser = page.waitForFileChooser(() -> page.getByText("แนบไฟล์…").first().click());
        chooser.setFiles(new com.microsoft.playwright.options.FilePayload("หนังสือเชิญประชุม.pdf", "application/pdf",
                th.go.bangkok.tidtam.base.files.EvidenceFiles.pdf()));
        assertThat(page.locator("vaadin-upload-file").first()).containsText("หนังสือเชิญประชุม.pdf");
        screenshot("report-dialog-filled");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งรายงาน")).click();
        // what will be sent, to be confirmed
        assertThat(page.locator(".submit-summary")).containsText("2,700.00 บาท");
        assertThat(page.locator(".submit-summary")).containsText("เป็นไปตามเป้าหมาย");
        assertThat(page.locator(".report-dialog .form-problems, vaadin-dialog-overlay .form-problems").first())
                .not().containsText("ยังส่งไม่ได้");
        page.waitForTimeout(400); // the dialog's opening animation, for the picture
        screenshot("report-submit-confirm");
        confirm();
        assertThat(page.locator(".progress-tab vaadin-grid")).containsText("ส่งรายงานแล้ว");
        assertThat(page.locator(".progress-tab vaadin-grid")).containsText("2,700.00ครั้งที่ 1");
        assertThat(page.locator(".progress-tab vaadin-grid")).containsText("หนังสือเชิญประชุม.pdf");
        page.getByText("ข้อมูลโครงการ", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".project-read")).containsText("2,700.00 บาท");
        signOut();

        signIn("coordinator");
        openReports(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งกลับแก้ไข")).click();
        page.getByLabel("ความเห็นถึงผู้รับผิดชอบ").fill("ยอดเบิกจ่ายไม่ตรงกับฎีกา กรุณาตรวจสอบ");
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").first().click();
        assertThat(page.locator(".progress-tab vaadin-grid")).containsText("ส่งกลับแก้ไข");
        signOut();

        signIn("officer");
        openReports(code);
        assertThat(page.locator(".progress-tab")).containsText("ยอดเบิกจ่ายไม่ตรงกับฎีกา กรุณาตรวจสอบ");
        page.getByText("รายงานเดือนนี้", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog").first()).containsText("ยอดเบิกจ่ายไม่ตรงกับฎีกา");
        page.getByLabel("งบประมาณที่เบิกใช้").fill("5400");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งรายงาน")).click();
        confirm();
        assertThat(page.locator(".progress-tab vaadin-grid")).containsText("5,400.00ครั้งที่ 1");
        page.getByText("ข้อมูลโครงการ", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".project-read")).containsText("5,400.00 บาท");
        screenshot("report-resubmitted");
    }

    private void openReports(String code) {
        page.navigate(url("/projects/" + code));
        page.getByText("รายงานความก้าวหน้า", new Page.GetByTextOptions().setExact(true)).click();
    }

    private void signIn(String username) {
        openLogin();
        submitLogin(username, DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
    }

    private void signOut() {
        context.clearCookies();
    }

    private void confirm() {
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").first().click();
    }
}
