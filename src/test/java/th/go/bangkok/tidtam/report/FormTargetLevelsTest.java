package th.go.bangkok.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.ImportScope;
import th.go.bangkok.tidtam.project.ImportNote;
import th.go.bangkok.tidtam.project.ImportedProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectImportService;

/**
 * The printed form of an imported project (issue #16): its target in levels as filed, then the text the importer
 * could not place with its line numbers; both are part of what a printout's reference verifies.
 */
@IntegrationTest
class FormTargetLevelsTest {

    @Autowired
    FormService forms;
    @Autowired
    ImportedProjectFixtures imported;
    @Autowired
    ProjectImportService imports;
    @Autowired
    TestUsers users;

    @Test
    void the_form_prints_the_whole_its_groups_their_items_and_the_text_kept_from_the_old_system() throws Exception {
        var code = imported.importedWithLevels("โครงการฝึกอบรมพิมพ์แบบฟอร์ม " + UUID.randomUUID());
        var form = users.as(TestUsers.OFFICER, () -> forms.print(code));
        FormFixtures.save("form-levels-" + code + ".pdf", form.pdf());
        var text = String.join("\n", FormFixtures.pages(form.pdf()));
        var lines = text.lines().map(String::strip).toList();
        assertThat(lines).containsSubsequence(
                "2. เป้าหมายเชิงปริมาณ",
                "1. จัดฝึกอบรม โดยมีผู้เข้ารับการฝึกอบรม จำนวน 650 คน",
                "กลุ่มเป้าหมาย ข้าราชการกรุงเทพมหานครสามัญ จำนวน 600 คน",
                "- ประเภทวิชาการ ระดับปฏิบัติการ - ระดับชำนาญการ",
                "- ประเภททั่วไป ระดับปฏิบัติงาน - ระดับชำนาญงาน",
                "ซึ่งปฏิบัติงานด้านงานสารบรรณของหน่วยงาน",
                "ผู้เกี่ยวข้อง จำนวน 50 คน",
                "- เจ้าหน้าที่ดำเนินการ จำนวน 12 คน (จำนวน 4 รุ่น ๆ ละ 12 คน)",
                "- วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)",
                "2. ผู้เข้าร่วม จำนวน 1,208 คน (ข้าราชการ 1,100 คน, บุคคลภายนอก 108 คน)",
                "1.6 สนับสนุนแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี",
                "ข้อความจากระบบเดิมที่ไม่ได้จัดเข้าช่อง",
                "บรรทัด 58 : ตามแผนของหน่วยงาน",
                "บรรทัด 112 : ข้อความที่ระบบนำเข้าไม่รู้จัก",
                "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ");

        // a newer import that changes the notes makes the printout's reference name them
        users.as(TestUsers.COORDINATOR, () -> ImportScope.open(code, () -> {
            imports.keepImportNotes(code, List.of(new ImportNote(58, "ตามแผนของหน่วยงาน")));
            return null;
        }));
        var verification = users.as(TestUsers.OFFICER, () -> forms.verify(form.reference()));
        assertThat(verification.matches()).isFalse();
        assertThat(verification.changedFields()).containsExactly("ข้อความจากระบบเดิมที่ไม่ได้จัดเข้าช่อง");
    }
}
