package th.go.bangkok.tidtam.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.project.ImportedProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectService;

/** The page of an imported project: its target as filed, in levels, and the text the importer could not place. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class ProjectPageImportedTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    ImportedProjectFixtures imported;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectService projects;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_page_shows_the_groups_items_and_notes_as_filed_and_saving_it_keeps_them() {
        var code = imported.importedWithLevels("โครงการหน้าโครงการนำเข้า " + UUID.randomUUID());
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("projects/" + code);

        var target = $(ListItem.class).withClassName("target-levels").single().getElement().getTextRecursively();
        assertThat(target).contains("จัดฝึกอบรม โดยมีผู้เข้ารับการฝึกอบรม จำนวน 650 คน")
                .contains("กลุ่มเป้าหมาย ข้าราชการกรุงเทพมหานครสามัญ จำนวน 600 คน")
                .contains("- ประเภทวิชาการ ระดับปฏิบัติการ - ระดับชำนาญการ")
                .contains("ซึ่งปฏิบัติงานด้านงานสารบรรณของหน่วยงาน")
                .contains("ผู้เกี่ยวข้อง จำนวน 50 คน")
                .contains("- เจ้าหน้าที่ดำเนินการ จำนวน 12 คน (จำนวน 4 รุ่น ๆ ละ 12 คน)")
                .contains("- วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)");
        var notes = $(Div.class).withClassName("import-notes").single().getElement().getTextRecursively();
        assertThat(notes).contains("ข้อความจากระบบเดิมที่ไม่ได้จัดเข้าช่อง")
                .contains("บรรทัด 58").contains("ตามแผนของหน่วยงาน")
                .contains("บรรทัด 112").contains("ข้อความที่ระบบนำเข้าไม่รู้จัก");

        test($(Button.class).withText("แก้ไข").first()).click();
        test($(Button.class).withText("บันทึก").single()).click();
        var after = projects.get(code);
        assertThat(after.data().quantityTargets().getFirst()).as("the items survive the officer's form")
                .usingRecursiveComparison()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(ImportedProjectFixtures.twoLevelTarget());
        assertThat(after.importNotes()).isEqualTo(ImportedProjectFixtures.NOTES);
    }

    @Test
    void a_project_registered_here_has_no_block_of_old_system_text() {
        var code = fixtures.create("โครงการไม่มีข้อความเดิม " + UUID.randomUUID());
        users.signIn(TestUsers.OFFICER);
        UI.getCurrent().navigate("projects/" + code);
        assertThat($(Div.class).withClassName("import-notes").all()).isEmpty();
        assertThat($(ListItem.class).withClassName("target-levels").all()).isEmpty();
    }
}
