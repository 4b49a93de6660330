package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/**
 * /reports/due on a phone (issue #19: the table squeezed the project's name to a word a line and pushed the due date,
 * the status and รายงาน off the screen): at 390 px each report is a card and its button is on the screen; on a
 * desktop the table stays.
 */
class DueReportsPhoneTest extends BrowserTest {

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
    void on_a_phone_each_due_report_is_a_card_with_its_button_on_the_screen() {
        clock.set(OffsetDateTime.parse("2026-04-05T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการบนโทรศัพท์ " + UUID.randomUUID().toString().substring(0, 6));
        users.as(TestUsers.OFFICER, () -> filing.submit(code));
        page.setViewportSize(390, 844);
        openLogin();
        submitLogin("officer", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        page.navigate(url("/reports/due"));
        // the list holds every due report of the officer's unit (the suite's other projects too), last month's first
        var card = page.locator(".due-card").first();
        assertThat(card).isVisible();
        assertThat(card).containsText("เลยกำหนด");
        assertThat(card).containsText("กำหนดส่ง");
        var button = page.locator("vaadin-grid vaadin-button").first();
        var box = button.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).as("รายงาน on the screen").isLessThanOrEqualTo(390);
        screenshot("due-reports-390");

        page.setViewportSize(1440, 900);
        page.reload();
        assertThat(page.locator("vaadin-grid")).containsText("รหัสโครงการ");
        assertThat(page.locator(".due-card")).hasCount(0);
        screenshot("due-reports-1440");
    }
}
