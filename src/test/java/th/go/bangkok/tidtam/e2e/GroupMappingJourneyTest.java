package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/** The administrator maps a group of the city's accounts to a role in /admin/users. */
class GroupMappingJourneyTest extends BrowserTest {

    @Test
    void the_administrator_maps_a_directory_group_to_a_role_in_the_user_administration() {
        var group = "bma-coordinators-" + UUID.randomUUID().toString().substring(0, 6);
        openLogin();
        submitLogin("admin", DemoAccounts.PASSWORD);
        page.waitForURL(url("/**"));
        page.navigate(url("/admin/users"));
        page.locator("vaadin-button.group-mapping-open").click();
        var dialog = page.locator("vaadin-dialog.group-mapping-dialog");
        assertThat(dialog).containsText("ตามบทบาทและหน่วยงานของกลุ่ม");

        dialog.locator("vaadin-text-field input").fill(group);
        dialog.locator("vaadin-combo-box").first().locator("input").fill("ผู้ประสานงาน");
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("ผู้ประสานงาน")).first().click();
        dialog.locator("vaadin-button.group-mapping-add").click();
        assertThat(dialog.locator("vaadin-grid")).containsText(group);
        screenshot("group-mapping");
    }
}
