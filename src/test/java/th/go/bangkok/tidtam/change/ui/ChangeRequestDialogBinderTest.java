package th.go.bangkok.tidtam.change.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.change.ChangeFixtures;
import th.go.bangkok.tidtam.change.ChangeService;

/** The change request's buffered binder: ChangeRequestData's rules at the fields, nothing filed until they hold. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class ChangeRequestDialogBinderTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    ChangeFixtures fixtures;
    @Autowired
    ChangeService changes;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_blank_reason_is_marked_at_its_field_in_the_services_words_and_nothing_is_filed_but_the_input_is_kept() {
        var code = fixtures.runningProject();
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("projects/" + code, QueryParameters.simple(Map.of("tab", "changes")));
        test($(Button.class).withText("ขอเปลี่ยนแปลง").single()).click();
        var dialog = $(ChangeRequestDialog.class).single();
        var reason = $(TextArea.class, dialog).withCaption("เหตุผล").single();
        var description = $(TextArea.class, dialog).withCaption("รายละเอียดที่ขอเปลี่ยนแปลง").single();
        test(description).setValue("เพิ่มชุมชนเป้าหมาย");
        test(reason).setValue("   ");

        var words = Messages.get(ThaiDates.THAI, "change.reason.required");
        assertThat(reason.isInvalid()).as("marked as typed, no button pressed").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(words);
        test($(Button.class, dialog).withText("บันทึกร่าง").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(words);
        assertThat(description.getValue()).isEqualTo("เพิ่มชุมชนเป้าหมาย");
        assertThat(description.isInvalid()).as("a field that keeps its rules is not marked").isFalse();
        assertThat(changes.requests(code)).as("nothing filed").isEmpty();
    }
}
