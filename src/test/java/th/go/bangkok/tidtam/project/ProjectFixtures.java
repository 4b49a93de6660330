package th.go.bangkok.tidtam.project;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanService;

/** Valid project data for the demo officer's unit, to be bent into each invalid shape a test needs. */
@Component
public class ProjectFixtures {

    private final AgencyService agencies;
    private final PlanService plan;
    private final TestUsers users;
    private final ProjectFilingService projects;

    ProjectFixtures(AgencyService agencies, PlanService plan, TestUsers users, ProjectFilingService projects) {
        this.agencies = agencies;
        this.plan = plan;
        this.users = users;
        this.projects = projects;
    }

    public long officerUnit() {
        return users.as(TestUsers.OFFICER, () -> agencies.all().stream()
                .filter(a -> a.nameTh().equals("กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ")).findFirst().orElseThrow().id());
    }

    public long realGoal() {
        return users.as(TestUsers.OFFICER, () -> plan.all().stream()
                .filter(n -> n.level() == PlanLevel.GOAL && n.code().equals("7.3.1")).findFirst().orElseThrow().id());
    }

    public ProjectData valid(String name) {
        return new ProjectData("", name, 2569, java.time.LocalDate.of(2025, 10, 1), java.time.LocalDate.of(2026, 9, 30),
                new BigDecimal("824000.00"), officerUnit(), "นางสาวสมศรี ใจดี", "1460", "นางวิไลวรรณ ชัยมงคล", "1562",
                "หลักการและเหตุผล\n\nย่อหน้าที่สอง",
                List.of("เพื่อปรับปรุงคู่มือการปฏิบัติงาน"), List.of("ร้อยละ 80 ของผู้เข้าร่วมพึงพอใจ"),
                List.of(new ProjectData.QuantityTargetData("ผู้เข้าร่วม", new BigDecimal("1208"), "คน", List.of(
                        new ProjectData.Part("ข้าราชการ", new BigDecimal("1100")),
                        new ProjectData.Part("บุคคลภายนอก", new BigDecimal("108"))))),
                List.of(realGoal()), 0);
    }

    public String create(String name) {
        return users.as(TestUsers.OFFICER, () -> projects.create(valid(name)));
    }
}
