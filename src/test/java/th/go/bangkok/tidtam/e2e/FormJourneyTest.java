package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.report.FormFixtures;

/**
 * The printed form over HTTP in Chromium: the officer's "พิมพ์แบบฟอร์ม" serves a PDF named after the project,
 * whose reference verifies at /verify/…; an officer of another office gets "not found" for the PDF and, like anyone
 * who scans the paper's QR code without an account, only whether the paper matches (issue #19); nobody signed in
 * gets the sign-in page instead of the PDF.
 */
class FormJourneyTest extends BrowserTest {

    @Autowired
    FormFixtures fixtures;

    @Test
    void the_officer_prints_the_form_and_verifies_it_while_others_are_kept_out() {
        var code = fixtures.withTwelveReports();
        openLogin();
        submitLogin("officer", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        page.navigate(url("/projects/" + code));
        var print = page.locator("a.print-form");
        assertThat(print).containsText("พิมพ์แบบฟอร์ม");
        assertThat(print).hasAttribute("href", "projects/" + code + "/form.pdf");

        var response = page.request().get(url("/projects/" + code + "/form.pdf"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-disposition"))
                .contains("inline").contains(code + ".pdf");
        org.assertj.core.api.Assertions.assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        var reference = response.headers().get("x-tidtam-reference");

        page.navigate(url("/verify/" + reference));
        assertThat(page.locator(".verify-verdict")).containsText("ตรงกับข้อมูลปัจจุบันในระบบ");
        assertThat(page.locator(".verify-view")).containsText(code);
        screenshot("form-verify");
        context.clearCookies();

        openLogin();
        submitLogin("officer2", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        var other = page.request().get(url("/projects/" + code + "/form.pdf"));
        org.assertj.core.api.Assertions.assertThat(other.status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(other.text()).contains("ไม่พบข้อมูล หรือคุณไม่มีสิทธิ์เข้าถึง");
        page.navigate(url("/verify/" + reference));
        assertThat(page.locator(".verify-verdict")).containsText("ตรงกับข้อมูลปัจจุบันในระบบ");
        assertThat(page.locator(".verify-view")).containsText(code);
        assertThat(page.locator(".verify-view")).not().containsText("โดย");

        try (var anonymous = browser.newContext(new Browser.NewContextOptions().setLocale("th-TH"))) {
            var scanned = anonymous.newPage();
            scanned.navigate(url("/verify/" + reference));
            assertThat(scanned.locator(".verify-verdict")).containsText("ตรงกับข้อมูลปัจจุบันในระบบ");
            assertThat(scanned.locator(".verify-view")).containsText(code);
            assertThat(scanned.locator(".verify-view")).containsText("เข้าสู่ระบบเพื่อดูรายละเอียด");
            scanned.navigate(url("/verify/NOTAREAL"));
            assertThat(scanned.locator(".verify-unknown")).containsText("ไม่พบเอกสารรหัสนี้");
            var response2 = anonymous.request().get(url("/projects/" + code + "/form.pdf"));
            org.assertj.core.api.Assertions.assertThat(response2.headers().get("content-type")).doesNotContain("pdf");
            org.assertj.core.api.Assertions.assertThat(response2.url()).contains("/login");
        }
    }

    @Test
    void print_all_follows_the_batch_with_a_progress_bar_and_offers_the_zip() throws Exception {
        var code = fixtures.withTwelveReports();
        openLogin();
        submitLogin("officer", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        page.navigate(url("/projects?q=" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8)));
        assertThat(page.locator("vaadin-grid")).containsText(code);
        page.locator("vaadin-button.print-all").click();
        var dialog = page.locator("vaadin-dialog-overlay, vaadin-dialog");
        assertThat(page.locator("vaadin-progress-bar")).isVisible();
        assertThat(page.locator(".print-all-progress")).containsText("พิมพ์เสร็จแล้ว 1 โครงการ");
        screenshot("form-print-all");
        var download = page.waitForDownload(() -> page.locator(".print-all-download vaadin-button").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("tidtam-forms.zip");
        try (var zip = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(download.path()))) {
            org.assertj.core.api.Assertions.assertThat(zip.getNextEntry().getName()).isEqualTo(code + ".pdf");
            org.assertj.core.api.Assertions.assertThat(zip.getNextEntry()).isNull();
        }
        org.assertj.core.api.Assertions.assertThat(dialog.count()).isPositive();
    }
}
