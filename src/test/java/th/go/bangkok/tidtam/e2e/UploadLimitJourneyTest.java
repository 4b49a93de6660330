package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;

/** The evidence upload in Chromium with its maxFileSize lifted: the server refuses 30 MB and says why. */
class UploadLimitJourneyTest extends BrowserTest {

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
    void an_evidence_file_over_the_limit_is_refused_by_the_server_with_the_browsers_limit_lifted() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการอัปโหลดเกินขนาด " + UUID.randomUUID().toString().substring(0, 6));
        users.as(TestUsers.OFFICER, () -> filing.submit(code));

        signIn("officer");
        openReports(code);
        page.getByText("รายงานเดือนนี้", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("vaadin-upload").first().evaluate("u => u.maxFileSize = Infinity");
        var big = new byte[30 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, big, 0, 9);
        var chooser = page.waitForFileChooser(() -> page.getByText("แนบไฟล์…").first().click());
        chooser.setFiles(new FilePayload("ใหญ่เกิน.pdf", "application/pdf", big));
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog").first())
                .containsText("ไฟล์ ใหญ่เกิน.pdf มีขนาดเกิน 10 MB");
        assertThat(page.locator("vaadin-upload-file").first()).containsText("ไฟล์มีขนาดเกินกำหนด");
        screenshot("evidence-too-large");
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
}
