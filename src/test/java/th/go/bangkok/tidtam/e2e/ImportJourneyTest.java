package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/**
 * /import in Chromium: an administrator uploads the two sample exports as a ZIP, sees both previews with their
 * reports and warnings, confirms, follows the progress to the summary (downloadable as CSV), and opens
 * /projects/50200000-0157 to find its ten reports.
 */
class ImportJourneyTest extends BrowserTest {

    @Test
    void the_administrator_imports_a_zip_of_the_two_samples_and_finds_the_ten_reports() throws Exception {
        openImportAsAdministrator();
        assertThat(page.locator(".import-empty")).containsText("ยังไม่มีไฟล์");
        screenshot("import-empty");

        var chooser = page.waitForFileChooser(() -> page.getByText("เลือกไฟล์ .txt หรือ .zip...").click());
        chooser.setFiles(new FilePayload("exports.zip", "application/zip", zip()));
        var files = page.locator(".import-files");
        assertThat(files).containsText("50200000-0157");
        assertThat(files).containsText("10000000-3312");
        assertThat(files).containsText("โครงการใหม่");
        var detail = page.locator(".import-detail");
        assertThat(detail).containsText("legacy-report-50200000-0157.txt");
        assertThat(detail).containsText("รายงานความก้าวหน้า (10 ครั้ง)");
        assertThat(detail.locator(".import-reports")).containsText("75,850.00");
        assertThat(detail.locator(".import-findings")).containsText("บรรทัด");
        assertThat(detail.locator(".import-findings")).containsText("ถือว่าไม่มีตัวเลข");
        assertThat(detail).containsText("กท 5202/1184");
        screenshot("import-preview");

        files.getByText("10000000-3312", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        assertThat(detail).containsText("รายงานความก้าวหน้า (3 ครั้ง)");
        assertThat(detail.locator(".import-findings")).containsText("ไม่พบเบอร์โทรของ \"นายปิยะพงษ์ รุ่งเรืองศรี\"");

        page.locator("vaadin-button.import-all").click();
        var confirm = page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog");
        assertThat(confirm.first()).containsText("จะนำเข้า 2 ไฟล์");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("นำเข้า 2 ไฟล์")).last().click();
        assertThat(page.locator(".import-progress")).containsText("เสร็จแล้ว: นำเข้า 2 ปรับปรุง 0 ไม่เปลี่ยนแปลง 0 ไม่สำเร็จ 0");
        assertThat(page.locator(".import-outcomes")).containsText("นำเข้าแล้ว");
        screenshot("import-summary");
        var download = page.waitForDownload(() -> page.locator(".import-summary .download-csv vaadin-button").click());
        var csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).contains("50200000-0157,นำเข้าแล้ว")
                .contains("10000000-3312,นำเข้าแล้ว");

        page.navigate(url("/projects/50200000-0157"));
        page.getByText("รายงานความก้าวหน้า", new Page.GetByTextOptions().setExact(true)).click();
        var grid = page.locator(".progress-tab vaadin-grid");
        assertThat(grid).containsText("100.00");
        org.assertj.core.api.Assertions.assertThat(grid.evaluate("g => g.size")).isEqualTo(10);
        screenshot("import-project-reports");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("ประวัติ").setExact(true)).click();
        assertThat(page.locator("body")).containsText("legacy-report-50200000-0157.txt");
    }

    @Test
    void the_training_export_comes_over_whole_with_its_history_as_filed() throws Exception {
        openImportAsAdministrator();
        byte[] export;
        try (var in = ImportJourneyTest.class.getResourceAsStream("/legacy/legacy-report-03000000-1875.txt")) {
            export = in.readAllBytes();
        }
        var chooser = page.waitForFileChooser(() -> page.getByText("เลือกไฟล์ .txt หรือ .zip...").click());
        chooser.setFiles(new FilePayload("legacy-report-03000000-1875.txt", "text/plain", export));
        var files = page.locator(".import-files");
        assertThat(files).containsText("03000000-1875");
        assertThat(files).containsText("โครงการใหม่");
        var detail = page.locator(".import-detail");
        assertThat(detail).containsText("รายงานความก้าวหน้า (9 ครั้ง)");
        assertThat(detail).containsText("สำนักงาน ก.ก. / กองพัฒนาระบบราชการกรุงเทพมหานคร");
        assertThat(detail.locator(".import-findings")).containsText("เก็บไว้ทั้งสองรายงานตามที่ยื่น");
        assertThat(detail).not().containsText("มีข้อผิดพลาด");
        assertThat(detail).not().containsText("{");
        assertThat(detail.locator(".import-targets")).containsText("ผู้เกี่ยวข้อง จำนวน 50 คน");
        assertThat(detail.locator(".import-notes")).containsText("บรรทัด 83");
        assertThat(detail.locator(".import-notes")).containsText("ภายในปีงบประมาณ พ.ศ. 2565");
        screenshot("import-training-preview");

        page.locator("vaadin-button.import-all").click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").first())
                .containsText("จะนำเข้า 1 ไฟล์");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("นำเข้า 1 ไฟล์")).last().click();
        assertThat(page.locator(".import-progress")).containsText("เสร็จแล้ว: นำเข้า 1 ปรับปรุง 0 ไม่เปลี่ยนแปลง 0 ไม่สำเร็จ 0");

        page.navigate(url("/projects/03000000-1875"));
        var body = page.locator("body");
        assertThat(body).containsText("กลุ่มเป้าหมาย ข้าราชการกรุงเทพมหานครสามัญ จำนวน 600 คน");
        assertThat(body).containsText("(จำนวน 4 รุ่น ๆ ละ 12 คน)");
        assertThat(body).containsText("ภายในปีงบประมาณ พ.ศ. 2565");
        screenshot("import-training-project");
        page.getByText("รายงานความก้าวหน้า", new Page.GetByTextOptions().setExact(true)).click();
        var grid = page.locator(".progress-tab vaadin-grid");
        assertThat(grid).containsText("07/06/2565");
        assertThat(grid).containsText("29/06/2565");
        org.assertj.core.api.Assertions.assertThat(grid.evaluate("g => g.size")).isEqualTo(9);
        screenshot("import-training-reports");
    }

    private void openImportAsAdministrator() {
        openLogin();
        submitLogin("admin", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        page.navigate(url("/import"));
    }

    private static byte[] zip() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var code : new String[] {"50200000-0157", "10000000-3312"}) {
                zip.putNextEntry(new ZipEntry("legacy-report-" + code + ".txt"));
                try (var in = ImportJourneyTest.class.getResourceAsStream("/legacy/legacy-report-" + code + ".txt")) {
                    zip.write(in.readAllBytes());
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
