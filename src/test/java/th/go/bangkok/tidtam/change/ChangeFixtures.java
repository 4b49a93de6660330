package th.go.bangkok.tidtam.change;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.files.EvidenceFiles;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.project.Baseline;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.UserData;
import th.go.bangkok.tidtam.users.UserFilter;
import th.go.bangkok.tidtam.users.UserService;

/**
 * Running projects with a target of 14 communities, change requests on them, and the extra accounts the change
 * tests need: a second officer of the same unit, a second head of the same office, a head of another office.
 */
@Component
public class ChangeFixtures {

    public static final String OFFICER_SAME_UNIT = "officer-same-unit";
    public static final String HEAD_SAME_OFFICE = "head-deputy";
    public static final String HEAD_OTHER_OFFICE = "head-bangkoknoi";

    @Autowired
    ProjectFixtures projectFixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    ChangeFilingService changeFiling;
    @Autowired
    TestUsers users;
    @Autowired
    UserService userService;
    @Autowired
    AgencyService agencies;

    /** A running project (FY 2569) whose second quantitative target is 14 communities. */
    public String runningProject() {
        var valid = projectFixtures.valid("โครงการขอเปลี่ยนแปลง " + UUID.randomUUID().toString().substring(0, 8));
        var targets = new ArrayList<>(valid.quantityTargets());
        targets.add(new ProjectData.QuantityTargetData("ชุมชนที่เข้าร่วม", new BigDecimal("14"), "ชุมชน", List.of()));
        var data = new ProjectData("", valid.name(), valid.fiscalYear(), valid.startDate(), valid.endDate(),
                valid.budget(), valid.agencyId(), valid.responsibleName(), valid.responsiblePhone(),
                valid.coordinatorName(), valid.coordinatorPhone(), valid.rationale(), valid.objectives(),
                valid.qualityTargets(), targets, valid.planNodeIds(), 0);
        return users.as(TestUsers.OFFICER, () -> {
            var code = filing.create(data);
            filing.submit(code);
            return code;
        });
    }

    /** The baseline with the communities target set to {@code communities}. */
    public static Baseline withCommunities(Baseline current, int communities) {
        var targets = new ArrayList<>(current.quantityTargets());
        for (int i = 0; i < targets.size(); i++) {
            var t = targets.get(i);
            if (t.unit().equals("ชุมชน")) {
                targets.set(i, new ProjectData.QuantityTargetData(t.description(), BigDecimal.valueOf(communities),
                        t.unit(), List.of()));
            }
        }
        return new Baseline(current.startDate(), current.endDate(), current.budget(), current.objectives(),
                current.qualityTargets(), targets);
    }

    /** A draft request by the project's officer to cut the communities to {@code communities}, with one PDF. */
    public long draft(String code, int communities) {
        return users.as(TestUsers.OFFICER, () -> changeFiling.create(code, new ChangeRequestData(ChangeKind.TARGETS,
                "ชุมชนย้ายออกนอกพื้นที่", null, withCommunities(projects.baseline(code), communities), 0),
                List.of(new EvidenceUpload("บันทึกข้อความ.pdf", EvidenceFiles.pdf()))));
    }

    public long submitted(String code, int communities) {
        var id = draft(code, communities);
        users.as(TestUsers.OFFICER, () -> changeFiling.submit(id));
        return id;
    }

    public void ensureAccounts() {
        users.as(TestUsers.ADMIN, () -> {
            var ocsc = agencies.offices().stream().filter(a -> "03000000".equals(a.code())).findFirst().orElseThrow().id();
            var other = agencies.offices().stream().filter(a -> "50200000".equals(a.code())).findFirst().orElseThrow().id();
            create(OFFICER_SAME_UNIT, "นายสมชาย หน่วยเดียวกัน", Role.OFFICER, projectFixtures.officerUnit());
            create(HEAD_SAME_OFFICE, "นางรองหัวหน้า สำนักงาน ก.ก.", Role.HEAD, ocsc);
            create(HEAD_OTHER_OFFICE, "นายหัวหน้า เขตบางกอกน้อย", Role.HEAD, other);
        });
    }

    private void create(String username, String name, Role role, long agency) {
        if (userService.count(new UserFilter(username, null, null)) == 0) {
            userService.create(new UserData(username, name, null, null, null, role, agency, true, 0), "Change-test-2569");
        }
    }
}
