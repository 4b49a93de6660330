package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.demo.DemoAccounts;

/** The administrator maps a group of the city's accounts to a role in /admin/users, and removes a mapping. */
class GroupMappingJourneyTest extends BrowserTest {

    static final String CONFIRM_DIALOG = "vaadin-confirm-dialog-overlay, vaadin-confirm-dialog";

    @Test
    void the_administrator_maps_a_directory_group_to_a_role_in_the_user_administration() {
        var group = "bma-coordinators-" + UUID.randomUUID().toString().substring(0, 6);
        var dialog = openMappingsAsAdministrator();
        assertThat(dialog).containsText("ตามบทบาทและหน่วยงานของกลุ่ม");

        map(dialog, group);
        assertThat(dialog.locator("vaadin-grid")).containsText(group);
        screenshot("group-mapping");
    }

    @Test
    void removing_a_mapping_asks_first_cancel_keeps_it_and_the_confirmation_removes_it_for_good() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var group = "bma-remove-" + run;
        var kept = "bma-keep-" + run;
        var dialog = openMappingsAsAdministrator();
        map(dialog, kept);
        map(dialog, group);
        var grid = dialog.locator("vaadin-grid");
        assertThat(grid).containsText(kept);
        assertThat(grid).containsText(group);

        removeButton(group).click();
        var confirmation = page.locator(CONFIRM_DIALOG).first();
        assertThat(confirmation).containsText("เลิกกำหนดกลุ่ม " + group + "?");
        var cancel = page.locator("vaadin-confirm-dialog vaadin-button[slot='cancel-button'], "
                + "vaadin-confirm-dialog-overlay vaadin-button[slot='cancel-button']").first();
        assertThat(cancel).isVisible();
        screenshot("group-mapping-remove");
        cancel.click();
        assertThat(page.locator(CONFIRM_DIALOG)).hasCount(0);
        assertThat(cell(dialog, group)).isVisible();
        assertThat(removeButton(group)).hasCount(1);

        removeButton(group).click();
        assertThat(page.locator(CONFIRM_DIALOG).first()).containsText("เลิกกำหนดกลุ่ม " + group + "?");
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").first().click();
        // the grid keeps a removed row's element, hidden, for reuse: what counts is that no row shows the group
        assertThat(removeButton(group)).hasCount(0);
        assertThat(cell(dialog, group)).isHidden();
        assertThat(cell(dialog, kept)).isVisible();

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ปิด").setExact(true)).click();
        assertThat(dialog).hasCount(0);
        page.locator("vaadin-button.group-mapping-open").click();
        assertThat(cell(dialog, kept)).isVisible();
        assertThat(dialog.locator("vaadin-grid")).not().containsText(group);
    }

    @Test
    void a_destructive_confirmation_opens_on_cancel_so_a_stray_enter_removes_nothing() {
        var group = "bma-focus-" + UUID.randomUUID().toString().substring(0, 8);
        var dialog = openMappingsAsAdministrator();
        map(dialog, group);
        assertThat(cell(dialog, group)).isVisible();

        removeButton(group).click();
        expectFocusOnOpenedConfirmation("cancel-button", "ยกเลิก");
        assertThat(page.locator(CONFIRM_DIALOG).first()).containsText("เลิกกำหนดกลุ่ม " + group + "?");
        screenshot("confirm-destructive-focus");
        page.keyboard().press("Enter");
        assertThat(page.locator(CONFIRM_DIALOG)).hasCount(0);

        // opening it again is a round trip to the server, after any removal a wrong Enter would have asked for
        removeButton(group).click();
        expectFocusOnOpenedConfirmation("cancel-button", "ยกเลิก");
        assertThat(cell(dialog, group)).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.locator(CONFIRM_DIALOG)).hasCount(0);

        removeButton(group).click();
        expectFocusOnOpenedConfirmation("cancel-button", "ยกเลิก");
        assertThat(cell(dialog, group)).isVisible();
        page.keyboard().press("Tab");
        expectFocusOnOpenedConfirmation("confirm-button", "ลบ");
        org.assertj.core.api.Assertions.assertThat((String) page.evaluate("() => document.activeElement.getAttribute('theme')"))
                .contains("error");
        page.keyboard().press("Enter");
        assertThat(page.locator(CONFIRM_DIALOG)).hasCount(0);
        assertThat(removeButton(group)).hasCount(0);
        assertThat(cell(dialog, group)).isHidden();
    }

    /** Waits until the focus has moved into the open confirmation, then names the button it is on, showing. */
    private void expectFocusOnOpenedConfirmation(String slot, String text) {
        page.waitForFunction("() => document.activeElement?.closest('vaadin-confirm-dialog') != null");
        var focused = page.evaluate("() => { const e = document.activeElement; return e.getAttribute('slot') + '|' "
                + "+ e.textContent.trim() + '|' + e.hasAttribute('focus-ring'); }");
        org.assertj.core.api.Assertions.assertThat(focused).isEqualTo(slot + "|" + text + "|true");
    }

    private Locator openMappingsAsAdministrator() {
        openLogin();
        submitLogin("admin", DemoAccounts.PASSWORD);
        page.waitForURL(url("/**"));
        page.navigate(url("/admin/users"));
        page.locator("vaadin-button.group-mapping-open").click();
        return page.locator("vaadin-dialog.group-mapping-dialog");
    }

    private void map(Locator dialog, String group) {
        dialog.locator("vaadin-text-field input").fill(group);
        dialog.locator("vaadin-combo-box").first().locator("input").fill("ผู้ประสานงาน");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("ผู้ประสานงาน")).first()
                .click();
        dialog.locator("vaadin-button.group-mapping-add").click();
        // the same answer clears the field: a next map() typing before it arrives would lose its group to the clear
        assertThat(cell(dialog, group)).isVisible();
    }

    private Locator cell(Locator dialog, String group) {
        return dialog.locator("vaadin-grid-cell-content").getByText(group, new Locator.GetByTextOptions()
                .setExact(true));
    }

    private Locator removeButton(String group) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ลบการกำหนดกลุ่ม " + group)
                .setExact(true));
    }
}
