package th.go.bangkok.tidtam.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.ui.ConflictDialog;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.UserData;
import th.go.bangkok.tidtam.users.UserFilter;
import th.go.bangkok.tidtam.users.UserListItem;
import th.go.bangkok.tidtam.users.UserService;

/** The user administration screen, driven without a browser. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers testUsers;
    @Autowired
    UserService users;

    String fullName;
    long id;

    @BeforeEach
    void aUserToWorkOn() {
        testUsers.signIn(TestUsers.ADMIN);
        fullName = "นางสาวทดสอบ " + UUID.randomUUID().toString().substring(0, 8);
        id = users.create(new UserData("ui-" + UUID.randomUUID().toString().substring(0, 8), fullName, "นักวิเคราะห์",
                "1234", null, Role.COORDINATOR, null, true, 0), "Ui-test-pass-2569");
        UI.getCurrent().navigate("admin/users");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void typing_part_of_a_thai_name_narrows_the_list_to_that_user() {
        search(fullName.substring(4, 14));
        @SuppressWarnings("unchecked")
        Grid<UserListItem> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).fullName()).isEqualTo(fullName);
    }

    @Test
    void editing_a_user_in_the_dialog_saves_the_change() {
        openEditorOfTheUser();
        var name = $(TextField.class, $(Dialog.class).single()).withCaption("ชื่อ-นามสกุล").single();
        test(name).setValue(fullName + " แก้ไข");
        test($(Button.class, $(Dialog.class).single()).withText("บันทึก").single()).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(users.get(id).fullName()).isEqualTo(fullName + " แก้ไข");
    }

    @Test
    void a_concurrent_edit_shows_what_changed_and_keeps_what_i_typed() {
        openEditorOfTheUser();
        var editor = $(Dialog.class).single();
        var name = $(TextField.class, editor).withCaption("ชื่อ-นามสกุล").single();
        test(name).setValue("ชื่อที่ฉันพิมพ์");

        var current = users.get(id);
        users.update(id, new UserData(current.username(), current.fullName(), current.position(), "9999",
                current.email(), current.role(), current.agencyId(), current.enabled(), current.version()));

        test($(Button.class, editor).withText("บันทึก").single()).click();

        var conflict = $(ConflictDialog.class).single();
        @SuppressWarnings("unchecked")
        Grid<ConflictDialog.Difference> differences = $(Grid.class, conflict).single();
        assertThat(test(differences).size()).isEqualTo(2);
        assertThat(name.getValue()).as("my input is kept").isEqualTo("ชื่อที่ฉันพิมพ์");
        assertThat(users.get(id).fullName()).as("nothing overwritten silently").isEqualTo(fullName);
        assertThat(users.get(id).phone()).isEqualTo("9999");
    }

    @Test
    void the_excel_export_visits_every_matching_user() {
        var filter = new UserFilter(null, Role.COORDINATOR, null);
        var visited = new java.util.ArrayList<UserListItem>();
        users.forEach(filter, visited::add);
        assertThat(visited).hasSize((int) users.count(filter));
        assertThat(visited).extracting(UserListItem::fullName).contains(fullName);
    }

    @Test
    void the_disable_confirmation_has_no_english_button() {
        openEditorOfTheUser();
        var editor = $(Dialog.class).single();
        test($(Checkbox.class, editor).single()).click();
        test($(Button.class, editor).withText("บันทึก").single()).click();

        var confirmation = $(ConfirmDialog.class).single().getElement();
        // the texts of all three buttons, the reject one included, which Vaadin would otherwise print as "Reject"
        assertThat(confirmation.getProperty("confirmText")).isEqualTo("ปิดการใช้งาน");
        assertThat(confirmation.getProperty("cancelText")).isEqualTo("ยกเลิก");
        assertThat(confirmation.getProperty("rejectText")).isEqualTo("ไม่ใช่");
    }

    private void search(String text) {
        test($(TextField.class).first()).setValue(text);
    }

    private void openEditorOfTheUser() {
        search(fullName);
        @SuppressWarnings("unchecked")
        Grid<UserListItem> grid = $(Grid.class).single();
        test(grid).clickRow(0);
        assertThat($(Dialog.class).all()).hasSize(1);
    }
}
