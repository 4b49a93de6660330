package th.go.bangkok.tidtam.agency.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;

/** The agency editor's buffered binder: AgencyData's rules at the fields, nothing created until they hold. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class AgencyEditorBinderTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    AgencyService agencies;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_office_code_short_of_eight_digits_is_marked_at_its_field_in_the_services_words_and_nothing_is_created() {
        var name = "สำนักรหัสสั้น " + UUID.randomUUID().toString().substring(0, 8);
        users.signIn(TestUsers.ADMIN);
        UI.getCurrent().navigate("admin/agencies");
        test($(Button.class).withText("เพิ่มสำนักงาน").single()).click();
        var dialog = $(AgencyEditor.class).single();
        var code = $(TextField.class, dialog).withCaption("รหัสหน่วยงาน").single();
        test($(TextField.class, dialog).withCaption("ชื่อหน่วยงาน (ชื่อที่ใช้เรียก)").single()).setValue(name);
        test(code).setValue("1234");

        var words = Messages.get(ThaiDates.THAI, "agency.code.pattern");
        assertThat(code.isInvalid()).as("marked as typed, no button pressed").isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(words);
        test($(Button.class, dialog).withText("บันทึก").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(words);
        assertThat(code.getValue()).isEqualTo("1234");
        assertThat(agencies.all()).as("nothing created").noneMatch(a -> a.nameTh().equals(name));
    }
}
