package th.go.bangkok.tidtam.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.ProjectFilter;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.project.ProjectService;

/** The project form's buffered binder: ProjectData's own rules at the fields, nothing stored until a valid save. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class ProjectFormBinderTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectService projects;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_budget_the_service_would_refuse_is_marked_at_its_field_in_the_services_words_before_anything_is_sent() {
        var name = "โครงการงบติดลบ " + UUID.randomUUID();
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("projects/new");
        var form = $(ProjectForm.class).single();
        test(form.name).setValue(name);
        form.budget.setValue(new BigDecimal("-1"));

        assertThat(form.budget.isInvalid()).as("marked as typed, no button pressed").isTrue();
        assertThat(form.budget.getErrorMessage()).isEqualTo(Messages.get(ThaiDates.THAI, "project.budget.range"));
        test($(Button.class).withText("บันทึกร่าง").single()).click();
        assertThat(form.budget.getErrorMessage()).isEqualTo(Messages.get(ThaiDates.THAI, "project.budget.range"));
        assertThat(form.name.getValue()).isEqualTo(name);
        assertThat(projects.count(new ProjectFilter(null, null, null, null, null, name))).as("nothing created").isZero();
    }

    @Test
    void a_save_refused_by_the_forms_checks_keeps_what_was_typed_and_leaves_the_stored_project_as_it_was() {
        var code = fixtures.create("โครงการฟอร์มบัฟเฟอร์ " + UUID.randomUUID());
        users.signIn(TestUsers.OFFICER);
        var before = projects.get(code);
        UI.getCurrent().navigate(ProjectNavigation.project(code));
        test($(Button.class).withText("แก้ไข").first()).click();
        var form = $(ProjectForm.class).single();
        test(form.rationale).setValue("เหตุผลที่พิมพ์ไว้แต่ยังไม่บันทึก");
        test(form.name).setValue("");
        test($(Button.class).withText("บันทึก").single()).click();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo(Messages.get(ThaiDates.THAI, "project.name.required"));
        assertThat(form.rationale.getValue()).isEqualTo("เหตุผลที่พิมพ์ไว้แต่ยังไม่บันทึก");
        var stored = projects.get(code);
        assertThat(stored.rationale()).isEqualTo(before.rationale());
        assertThat(stored.version()).isEqualTo(before.version());

        test(form.name).setValue("โครงการฟอร์มบัฟเฟอร์ที่แก้ชื่อแล้ว");
        test($(Button.class).withText("บันทึก").single()).click();
        assertThat(projects.get(code).rationale()).isEqualTo("เหตุผลที่พิมพ์ไว้แต่ยังไม่บันทึก");
    }
}
