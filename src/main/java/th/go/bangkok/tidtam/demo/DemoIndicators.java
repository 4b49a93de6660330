package th.go.bangkok.tidtam.demo;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.indicator.Direction;
import th.go.bangkok.tidtam.indicator.IndicatorResultService;
import th.go.bangkok.tidtam.indicator.IndicatorService;
import th.go.bangkok.tidtam.indicator.IndicatorTargetService;
import th.go.bangkok.tidtam.indicator.ResultData;
import th.go.bangkok.tidtam.indicator.TargetData;
import th.go.bangkok.tidtam.indicator.TargetKind;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.security.SystemAuthentication;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeData;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * Indicators to follow in the demo: three example indicators of the current fiscal year, each with a target, an
 * accepted result for the current quarter and a running project behind it — ร้อยละของบุคลากรที่ผ่านการพัฒนา
 * (สำนักงาน ก.ก., off track), ชุมชนที่คัดแยกขยะต้นทาง (Bangkok Noi, at risk) and ผู้สูงอายุที่ได้รับการคัดกรองสุขภาพ
 * (สำนักการแพทย์, on track); and the real indicator ๗.๓.๑.๑ achieved the year before. Its current year is left for
 * the coordinator to set.
 */
@Component
class DemoIndicators {

    private final PlanService plan;
    private final AgencyService agencies;
    private final IndicatorService indicators;
    private final IndicatorTargetService targets;
    private final IndicatorResultService results;
    private final ProjectFilingService projects;
    private final UserDetailsService users;

    DemoIndicators(PlanService plan, AgencyService agencies, IndicatorService indicators, IndicatorTargetService targets,
                   IndicatorResultService results, ProjectFilingService projects,
                   UserDetailsService users) {
        this.plan = plan;
        this.agencies = agencies;
        this.indicators = indicators;
        this.targets = targets;
        this.results = results;
        this.projects = projects;
        this.users = users;
    }

    /** Called as the system administrator, after the demo projects; the indicators are the coordinator's work. */
    void load() {
        var people = indicator("7.3.1", "7.3.1.2", "ร้อยละของบุคลากรกรุงเทพมหานครที่ผ่านการพัฒนาตามแผนพัฒนาบุคลากร (ตัวอย่าง)");
        var waste = indicator("2.1.1", "2.1.1.1", "จำนวนชุมชนที่คัดแยกขยะมูลฝอยต้นทาง (ตัวอย่าง)");
        var elderly = indicator("3.2.1", "3.2.1.1", "ร้อยละของผู้สูงอายุที่ได้รับการคัดกรองสุขภาพประจำปี (ตัวอย่าง)");
        SystemAuthentication.runAs(users.loadUserByUsername("coordinator"), () -> asCoordinator(people, waste, elderly));
    }

    private void asCoordinator(long people, long waste, long elderly) {
        var quarter = indicators.currentQuarter();
        int year = quarter.fiscalYear();
        follow(people, year, new TargetData(TargetKind.PERCENT, "ร้อยละ", new BigDecimal("80"), null, Direction.HIGHER,
                new BigDecimal("50"), agency("สำนักงาน ก.ก."), null), quarter.quarter(), "52",
                "officer", "กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ", "โครงการพัฒนาสมรรถนะบุคลากรกรุงเทพมหานครยุคดิจิทัล",
                "1850000.00");
        follow(waste, year, new TargetData(TargetKind.NUMBER, "ชุมชน", new BigDecimal("60"), null, Direction.HIGHER,
                new BigDecimal("20"), agency("สำนักงานเขตบางกอกน้อย"), null), quarter.quarter(),
                String.valueOf(20 + 8 * quarter.quarter()), "officer2", "งานรักษาความสะอาด",
                "โครงการชุมชนต้นแบบคัดแยกขยะเขตบางกอกน้อย", "420000.00");
        follow(elderly, year, new TargetData(TargetKind.PERCENT, "ร้อยละ", new BigDecimal("90"), null, Direction.HIGHER,
                new BigDecimal("70"), agency("สำนักการแพทย์"), null), quarter.quarter(),
                String.valueOf(70 + 6 * quarter.quarter()), "admin", "กลุ่มงานเวชกรรมฟื้นฟู",
                "โครงการคัดกรองสุขภาพผู้สูงอายุเชิงรุก", "980000.00");
        var manuals = plan.all().stream().filter(n -> n.level() == PlanLevel.INDICATOR && n.code().equals("7.3.1.1"))
                .findFirst().orElseThrow().id();
        targets.saveTarget(manuals, year - 1, new TargetData(TargetKind.MILESTONE, null, null,
                FiscalYear.of(year - 1).lastDay(), null, null, agency("สำนักงาน ก.ก."), null));
    }

    private long indicator(String goalCode, String code, String name) {
        var goal = plan.all().stream().filter(n -> n.level() == PlanLevel.GOAL && n.code().equals(goalCode))
                .findFirst().orElseThrow().id();
        long id = plan.createChild(goal, new PlanNodeData(code, name, null, 2561, null, 0));
        plan.markExample(id);
        return id;
    }

    private void follow(long indicator, int year, TargetData target, int quarter, String result, String officer,
                        String unit, String projectName, String budget) {
        long targetId = targets.saveTarget(indicator, year, target);
        long resultId = results.saveResult(targetId, quarter, new ResultData(result, null, null,
                "ผลสะสมถึงสิ้นไตรมาส", null), List.of());
        results.accept(resultId, 0);
        var fy = FiscalYear.of(year);
        var data = new ProjectData("", projectName + " ประจำปีงบประมาณ พ.ศ. " + year, year, fy.firstDay(),
                fy.lastDay(), new BigDecimal(budget), agency(unit), "นางสาวสมศรี ใจดี", "1460", "นางวิไลวรรณ ชัยมงคล",
                "1562", "โครงการนี้สนับสนุนตัวชี้วัดของแผนพัฒนากรุงเทพมหานครระยะ 20 ปี",
                List.of("เพื่อให้บรรลุค่าเป้าหมายของตัวชี้วัด"), List.of("บรรลุค่าเป้าหมายของตัวชี้วัดในปีงบประมาณ"),
                List.of(new ProjectData.QuantityTargetData("กิจกรรม", BigDecimal.valueOf(4), "ครั้ง", List.of())),
                List.of(indicator), 0);
        SystemAuthentication.runAs(users.loadUserByUsername(officer), () -> projects.submit(projects.create(data)));
    }

    private long agency(String name) {
        return agencies.all().stream().filter(a -> a.nameTh().equals(name)).findFirst().orElseThrow().id();
    }
}
