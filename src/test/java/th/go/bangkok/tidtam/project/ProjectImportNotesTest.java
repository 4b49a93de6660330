package th.go.bangkok.tidtam.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import java.util.stream.Stream;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ImportScope;

/**
 * Issue #16: an imported project keeps its target in several levels and the lines the importer could not place,
 * shows them on its page, keeps them when its officer saves it, and only the importer writes the notes.
 */
@IntegrationTest
class ProjectImportNotesTest {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectImportService imports;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ImportedProjectFixtures imported;
    @Autowired
    TestUsers users;
    @Autowired
    th.go.bangkok.tidtam.StatementCounter counter;

    @Test
    void an_imported_project_shows_its_two_level_target_and_its_notes_with_their_lines() {
        var code = imported.importedWithLevels("โครงการฝึกอบรมนำเข้า " + UUID.randomUUID());
        var p = users.as(TestUsers.OFFICER, () -> projects.get(code));
        assertThat(p.importNotes()).isEqualTo(ImportedProjectFixtures.NOTES);
        var target = p.quantityTargets().getFirst();
        assertThat(target.quantity()).isEqualByComparingTo("650");
        assertThat(target.breakdown()).extracting(QuantityTarget.Part::description)
                .containsExactly("กลุ่มเป้าหมาย ข้าราชการกรุงเทพมหานครสามัญ", "ผู้เกี่ยวข้อง");
        assertThat(target.breakdown().get(1).items()).extracting(QuantityTarget.Item::text)
                .containsExactly("เจ้าหน้าที่ดำเนินการ จำนวน 12 คน (จำนวน 4 รุ่น ๆ ละ 12 คน)", "วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)");
        assertThat(target.breakdown().getFirst().items().getLast())
                .isEqualTo(QuantityTarget.Item.continuation("ซึ่งปฏิบัติงานด้านงานสารบรรณของหน่วยงาน"));
        assertThat(p.data().quantityTargets().getFirst()).as("the form's data carries the items too")
                .usingRecursiveComparison()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(ImportedProjectFixtures.twoLevelTarget());
        var registered = users.as(TestUsers.OFFICER, () -> projects.get(fixtures.create("โครงการของที่นี่ " + UUID.randomUUID())));
        assertThat(registered.importNotes()).isEmpty();
        assertThat(registered.quantityTargets().getFirst().breakdown()).extracting(QuantityTarget.Part::items)
                .containsOnly(List.of());
    }

    @Test
    void the_notes_are_replaced_by_each_import_and_each_replacement_is_in_the_history() {
        var code = imported.importedWithLevels("โครงการบันทึกข้อความ " + UUID.randomUUID());
        var newer = List.of(new ImportNote(7, "  บรรทัดที่ไฟล์ใหม่ไม่รู้จัก  "));
        users.as(TestUsers.COORDINATOR, () -> ImportScope.open(code, () -> {
            imports.keepImportNotes(code, newer);
            return null;
        }));
        assertThat(users.as(TestUsers.COORDINATOR, () -> projects.get(code)).importNotes())
                .containsExactly(new ImportNote(7, "บรรทัดที่ไฟล์ใหม่ไม่รู้จัก"));
        assertThat(users.as(TestUsers.COORDINATOR, () -> projects.history(code)))
                .anyMatch(e -> e.getChanges() != null && e.getChanges().contains("ข้อความที่ระบบนำเข้าไม่รู้จัก")
                        && e.getChanges().contains("บรรทัดที่ไฟล์ใหม่ไม่รู้จัก"));
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> ImportScope.open(code, () -> {
            imports.keepImportNotes(code, List.of(new ImportNote(3, " ")));
            return null;
        }))).as("a blank note is no note").isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    static Stream<Arguments> roles() {
        return Stream.of(Arguments.of(TestUsers.ADMIN, true), Arguments.of(TestUsers.COORDINATOR, true),
                Arguments.of(TestUsers.OFFICER, true), Arguments.of(TestUsers.OFFICER_OTHER_OFFICE, false),
                Arguments.of(TestUsers.HEAD, false), Arguments.of(TestUsers.ANONYMOUS, false));
    }

    @ParameterizedTest(name = "{0}: allowed={1}")
    @MethodSource("roles")
    void only_whoever_may_import_for_the_agency_keeps_notes_and_only_during_its_import(String user, boolean allowed) {
        var code = imported.importedWithLevels("โครงการสิทธิ์ข้อความ " + UUID.randomUUID());
        var notes = List.of(new ImportNote(1, "ข้อความของ " + user));
        Access.check(users, user, allowed, () -> ImportScope.open(code, () -> {
            imports.keepImportNotes(code, notes);
            return null;
        }));
        assertThat(users.as(TestUsers.COORDINATOR, () -> projects.get(code)).importNotes())
                .isEqualTo(allowed ? notes : ImportedProjectFixtures.NOTES);
        if (allowed) {
            assertThatThrownBy(() -> users.as(user, () -> imports.keepImportNotes(code, List.of())))
                    .as("shut outside an import").isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_project_registered_here_takes_no_notes_even_through_the_import_door() {
        var code = fixtures.create("โครงการของที่นี่ " + UUID.randomUUID());
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> ImportScope.open(code, () -> {
            imports.keepImportNotes(code, List.of(new ImportNote(1, "x")));
            return null;
        }))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("project.notImported"));
    }

    @Test
    void the_officer_saving_an_imported_project_keeps_its_items_and_notes() {
        var code = imported.importedWithLevels("โครงการแก้ไขหลังนำเข้า " + UUID.randomUUID());
        var data = users.as(TestUsers.OFFICER, () -> projects.get(code).data());
        users.as(TestUsers.OFFICER, () -> filing.update(code, new ProjectData(data.code(), data.name(),
                data.fiscalYear(), data.startDate(), data.endDate(), data.budget(), data.agencyId(),
                data.responsibleName(), "1499", data.coordinatorName(), data.coordinatorPhone(), "เหตุผลที่แก้ไข",
                data.objectives(), data.qualityTargets(), data.quantityTargets(), data.planNodeIds(), data.version())));
        var after = users.as(TestUsers.OFFICER, () -> projects.get(code));
        assertThat(after.responsiblePhone()).isEqualTo("1499");
        assertThat(after.data().quantityTargets().getFirst()).usingRecursiveComparison()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(ImportedProjectFixtures.twoLevelTarget());
        assertThat(after.importNotes()).isEqualTo(ImportedProjectFixtures.NOTES);
        assertThat(users.as(TestUsers.OFFICER, () -> projects.baseline(code)).quantityTargets().getFirst())
                .usingRecursiveComparison()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(ImportedProjectFixtures.twoLevelTarget());
    }

    @Test
    void notes_cost_one_statement_for_an_imported_project_and_none_for_a_project_registered_here() {
        var registered = fixtures.create("โครงการนับคำสั่งข้อความ " + UUID.randomUUID());
        var code = imported.importedWithLevels("โครงการนำเข้านับคำสั่ง " + UUID.randomUUID());
        users.signIn(TestUsers.COORDINATOR);
        long here = counter.prepared(() -> projects.get(registered).importNotes().size());
        long importedCost = counter.prepared(() -> projects.get(code).importNotes().size());
        assertThat(importedCost).isLessThanOrEqualTo(here + 1);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
