package th.go.bangkok.tidtam.project;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.ImportScope;

/**
 * An imported project as the third sample files it: a target in two levels (groups with their totals, items with
 * their per-round notes, a group's text continued) and lines the importer could not place.
 */
@Component
public class ImportedProjectFixtures {

    public static final List<ImportNote> NOTES = List.of(new ImportNote(58, "ตามแผนของหน่วยงาน"),
            new ImportNote(112, "ข้อความที่ระบบนำเข้าไม่รู้จัก"));

    private final ProjectFixtures fixtures;
    private final ProjectFilingService filing;
    private final ProjectImportService imports;
    private final TestUsers users;

    ImportedProjectFixtures(ProjectFixtures fixtures, ProjectFilingService filing, ProjectImportService imports,
                            TestUsers users) {
        this.fixtures = fixtures;
        this.filing = filing;
        this.imports = imports;
        this.users = users;
    }

    public static ProjectData.QuantityTargetData twoLevelTarget() {
        return new ProjectData.QuantityTargetData("จัดฝึกอบรม โดยมีผู้เข้ารับการฝึกอบรม", new BigDecimal("650"), "คน", List.of(
                new ProjectData.Part("กลุ่มเป้าหมาย ข้าราชการกรุงเทพมหานครสามัญ", new BigDecimal("600"), List.of(
                        new QuantityTarget.Item("ประเภทวิชาการ ระดับปฏิบัติการ - ระดับชำนาญการ", null, null, null, true),
                        new QuantityTarget.Item("ประเภททั่วไป ระดับปฏิบัติงาน - ระดับชำนาญงาน", null, null, null, true),
                        QuantityTarget.Item.continuation("ซึ่งปฏิบัติงานด้านงานสารบรรณของหน่วยงาน"))),
                new ProjectData.Part("ผู้เกี่ยวข้อง", new BigDecimal("50"), List.of(
                        new QuantityTarget.Item("เจ้าหน้าที่ดำเนินการ", new BigDecimal("12"), "คน", "จำนวน 4 รุ่น ๆ ละ 12 คน", true),
                        new QuantityTarget.Item("วิทยากร", new BigDecimal("2"), "คน", "รุ่นละ 2 คน", true)))));
    }

    /** Imported by the coordinator with its notes, active (it has objectives and a plan link); its code. */
    public String importedWithLevels(String name) {
        var valid = fixtures.valid(name);
        var code = users.as(TestUsers.ADMIN, () -> filing.proposeCode(valid.agencyId()));
        var data = new ProjectData(code, valid.name(), valid.fiscalYear(), valid.startDate(), valid.endDate(),
                valid.budget(), valid.agencyId(), valid.responsibleName(), valid.responsiblePhone(),
                valid.coordinatorName(), valid.coordinatorPhone(), valid.rationale(), valid.objectives(),
                valid.qualityTargets(), List.of(twoLevelTarget(), valid.quantityTargets().getFirst()),
                valid.planNodeIds(), 0);
        return users.as(TestUsers.COORDINATOR, () -> ImportScope.open(code, () -> {
            imports.importProject(data);
            imports.keepImportNotes(code, NOTES);
            return code;
        }));
    }
}
