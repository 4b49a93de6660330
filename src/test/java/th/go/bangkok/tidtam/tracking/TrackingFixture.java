package th.go.bangkok.tidtam.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyData;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ReportImportService;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.UserData;
import th.go.bangkok.tidtam.users.UserService;

/**
 * A small office of its own, so its figures are known by hand whatever else the database holds: an office with
 * one division and two groups (A and B), an officer in each group, a head, and six FY 2569 projects.
 *
 * <pre>
 *   P1 group A, Oct 2568–Sep 2569, 100,000: Feb 10,000; Mar on time, on plan, on target, 5,000
 *   P2 group A, Oct 2568–Sep 2569, 200,000: Mar late, behind plan, not on target, 50,000; Apr 1,000
 *   P3 group B, Oct 2568–Sep 2569, 300,000: Jan 30,000; no March report
 *   P4 group B, Apr–Sep 2569, 400,000 (not running in March)
 *   P5 group B, a draft (never counted)
 *   P6 group A, Oct 2568–Feb 2569, 50,000 (ended before March)
 * </pre>
 */
@Component
public class TrackingFixture {

    public record Office(long officeId, long divisionId, long groupA, long groupB, String officerA, String officerB,
                         String head, List<String> codes) {
    }

    public String officeName(Office office) {
        return testUsers.as(TestUsers.ADMIN, () -> agencies.find(office.officeId()).orElseThrow().nameTh());
    }

    @Autowired
    AgencyService agencies;
    @Autowired
    UserService users;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    ReportImportService reportImports;
    @Autowired
    ProjectFixtures projectFixtures;
    @Autowired
    TestUsers testUsers;

    public Office create() {
        var suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        return testUsers.as(TestUsers.ADMIN, () -> {
            long office = agencies.createOffice(new AgencyData("8" + suffix, "สำนักงานทดสอบ " + suffix, null, 0));
            long division = agencies.createChild(office, new AgencyData("", "กองทดสอบ " + suffix, null, 0));
            long groupA = agencies.createChild(division, new AgencyData("", "กลุ่มงาน ก " + suffix, null, 0));
            long groupB = agencies.createChild(division, new AgencyData("", "กลุ่มงาน ข " + suffix, null, 0));
            var officerA = "off-a-" + suffix;
            var officerB = "off-b-" + suffix;
            var head = "head-" + suffix;
            users.create(new UserData(officerA, "นางสาวทดสอบ ก", null, "2101", null, Role.OFFICER, groupA, true, 0), "Tracking-2569");
            users.create(new UserData(officerB, "นายทดสอบ ข", null, "2102", null, Role.OFFICER, groupB, true, 0), "Tracking-2569");
            users.create(new UserData(head, "นายหัวหน้าทดสอบ", null, null, null, Role.HEAD, office, true, 0), "Tracking-2569");
            var codes = new java.util.ArrayList<String>();
            codes.add(project(officerA, groupA, "P1", "2025-10-01", "2026-09-30", "100000", true));
            codes.add(project(officerA, groupA, "P2", "2025-10-01", "2026-09-30", "200000", true));
            codes.add(project(officerB, groupB, "P3", "2025-10-01", "2026-09-30", "300000", true));
            codes.add(project(officerB, groupB, "P4", "2026-04-01", "2026-09-30", "400000", true));
            codes.add(project(officerB, groupB, "P5", "2025-10-01", "2026-09-30", "500000", false));
            codes.add(project(officerA, groupA, "P6", "2025-10-01", "2026-02-28", "50000", true));
            report(codes.get(0), YearMonth.of(2026, 2), null, null, null, "10000", false);
            report(codes.get(0), YearMonth.of(2026, 3), "20.00", true, true, "5000", false);
            report(codes.get(1), YearMonth.of(2026, 3), "10.00", false, false, "50000", true);
            report(codes.get(1), YearMonth.of(2026, 4), "15.00", true, true, "1000", false);
            report(codes.get(2), YearMonth.of(2026, 1), "5.00", true, true, "30000", false);
            return new Office(office, division, groupA, groupB, officerA, officerB, head, codes);
        });
    }

    /**
     * P7 for the money's edge: group A, FY 2569 but started in September 2568 (before the fiscal year), 80,000,
     * with 7,000 filed for September 2568 and 3,000 for March 2569.
     */
    public String earlyStarter(Office office) {
        return testUsers.as(TestUsers.ADMIN, () -> {
            var code = project(office.officerA(), office.groupA(), "P7", "2025-09-01", "2026-09-30", "80000", true);
            report(code, YearMonth.of(2025, 9), "2.00", true, true, "7000", false);
            report(code, YearMonth.of(2026, 3), "30.00", true, true, "3000", false);
            return code;
        });
    }

    private String project(String officer, long unit, String label, String start, String end, String budget,
                           boolean submit) {
        var valid = projectFixtures.valid("โครงการติดตาม " + label);
        var data = new ProjectData("", valid.name(), 2569, LocalDate.parse(start), LocalDate.parse(end),
                new BigDecimal(budget), unit, valid.responsibleName(), "14" + label.substring(1), null, null,
                valid.rationale(), valid.objectives(), valid.qualityTargets(), valid.quantityTargets(),
                valid.planNodeIds(), 0);
        return testUsers.as(officer, () -> {
            var code = filing.create(data);
            if (submit) {
                filing.submit(code);
            }
            return code;
        });
    }

    private void report(String code, YearMonth month, String pct, Boolean onPlan, Boolean onTarget, String baht,
                        boolean late) {
        reportImports.recordHistorical(code, month, new ProgressReportData(month.atDay(20), "1. ดำเนินการตามแผน",
                pct == null ? null : new BigDecimal(pct), new BigDecimal(baht), onPlan, onTarget, null, 0), late,
                "ผู้รับผิดชอบ");
    }
}
