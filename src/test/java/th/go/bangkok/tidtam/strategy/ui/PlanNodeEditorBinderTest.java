package th.go.bangkok.tidtam.strategy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.strategy.PlanService;

/** The plan node editor's buffered binder: PlanNodeData's rules at the fields, nothing created until they hold. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class PlanNodeEditorBinderTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    PlanService plan;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_code_that_is_not_digits_and_dots_is_marked_at_its_field_in_the_services_words_and_nothing_is_created() {
        var name = "ด้านรหัสผิดรูป " + UUID.randomUUID().toString().substring(0, 8);
        users.signIn(TestUsers.ADMIN);
        UI.getCurrent().navigate("admin/plan");
        test($(Button.class).withText("เพิ่มด้าน").single()).click();
        var dialog = $(PlanNodeEditor.class).single();
        var code = $(TextField.class, dialog).withCaption("รหัส").single();
        test($(TextArea.class, dialog).withCaption("ชื่อภาษาไทย").single()).setValue(name);
        test(code).setValue("7.ก");

        var words = Messages.get(ThaiDates.THAI, "plan.code.pattern");
        assertThat(code.isInvalid()).as("marked as typed, no button pressed").isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(words);
        test($(Button.class, dialog).withText("บันทึก").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(words);
        assertThat(code.getValue()).isEqualTo("7.ก");
        assertThat(plan.all()).as("nothing created").noneMatch(n -> n.nameTh().equals(name));
    }

    @Test
    void a_first_year_out_of_range_is_marked_at_its_field_in_the_services_words() {
        users.signIn(TestUsers.ADMIN);
        UI.getCurrent().navigate("admin/plan");
        test($(Button.class).withText("เพิ่มด้าน").single()).click();
        var dialog = $(PlanNodeEditor.class).single();
        var from = $(IntegerField.class, dialog).withCaption("ใช้ตั้งแต่ปีงบประมาณ พ.ศ.").single();
        from.setValue(2400);

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo(Messages.get(ThaiDates.THAI, "plan.fy.range"));
    }
}
