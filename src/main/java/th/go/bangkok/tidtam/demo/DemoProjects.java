package th.go.bangkok.tidtam.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ReportFilingService;
import th.go.bangkok.tidtam.progress.ReportImportService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.security.SystemAuthentication;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeData;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * About sixty realistic projects over FY 2566–2569 (and six in the current FY 2570, so this month can be
 * reported), registered through the service by the demo officers
 * (and the administrator for units without one), with illustrative plan nodes marked as examples.
 */
@Component
class DemoProjects {

    private static final List<String[]> TITLES = List.of(
            new String[] {"โครงการปรับปรุงคู่มือการปฏิบัติงานของหน่วยงาน", "คู่มือการปฏิบัติงานได้รับการปรับปรุง"},
            new String[] {"โครงการพัฒนาระบบบริการอิเล็กทรอนิกส์เพื่อประชาชน", "ประชาชนใช้บริการออนไลน์ได้สะดวก"},
            new String[] {"โครงการฝึกอบรมหลักสูตรนักบริหารยุคใหม่", "ผู้เข้ารับการอบรมนำความรู้ไปใช้ในงาน"},
            new String[] {"โครงการสัมมนาเชิงปฏิบัติการการจัดการความรู้", "หน่วยงานมีองค์ความรู้ที่เป็นระบบ"},
            new String[] {"โครงการพัฒนาสมรรถนะข้าราชการด้านดิจิทัล", "ข้าราชการมีทักษะดิจิทัลตามมาตรฐาน"},
            new String[] {"โครงการตรวจคัดกรองภาวะสมองเสื่อมในผู้สูงอายุเชิงรุก", "ผู้สูงอายุที่พบภาวะเสี่ยงได้รับการส่งต่อ"},
            new String[] {"โครงการส่งเสริมสุขภาพผู้สูงอายุในชุมชน", "ผู้สูงอายุมีพฤติกรรมสุขภาพที่ดีขึ้น"},
            new String[] {"โครงการรณรงค์คัดแยกขยะต้นทางในชุมชน", "ปริมาณขยะที่ต้องกำจัดลดลง"},
            new String[] {"โครงการปรับปรุงภูมิทัศน์สวนสาธารณะ", "สวนสาธารณะสะอาดและปลอดภัย"},
            new String[] {"โครงการพัฒนาคลองและทางเดินริมน้ำ", "คลองสะอาดและทางเดินใช้งานได้"},
            new String[] {"โครงการจัดเก็บข้อมูลทะเบียนราษฎรแบบเคลื่อนที่", "ประชาชนได้รับบริการทะเบียนนอกสถานที่"},
            new String[] {"โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "อาสาสมัครมีความพร้อมรับสถานการณ์"});

    private final AgencyService agencies;
    private final ProjectFilingService projects;
    private final PlanService plan;
    private final UserDetailsService users;
    private final ReportFilingService filing;
    private final ReportImportService history;
    private final Clock clock;

    DemoProjects(AgencyService agencies, ProjectFilingService projects, PlanService plan, UserDetailsService users,
                 ReportFilingService filing, ReportImportService history, Clock clock) {
        this.filing = filing;
        this.history = history;
        this.clock = clock;
        this.agencies = agencies;
        this.projects = projects;
        this.plan = plan;
        this.users = users;
    }

    /** Called as the system administrator. */
    void load() {
        var goals = exampleGoals();
        var all = agencies.all();
        var unitOf = Map.of("officer", unit(all, "กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ"),
                "officer2", unit(all, "งานรักษาความสะอาด"), "admin", unit(all, "กลุ่มงานเวชกรรมฟื้นฟู"));
        var random = new Random(2569);
        int n = 0;
        // FY 2566–2569 as the record, and two projects per unit in the current FY 2570 to report on this month
        for (int year = 2566; year <= 2570; year++) {
            for (var entry : unitOf.entrySet()) {
                for (int i = 0; i < (year == 2570 ? 2 : 5); i++) {
                    var title = TITLES.get((n++ * 7 + i) % TITLES.size());
                    var fy = FiscalYear.of(year);
                    var budget = BigDecimal.valueOf((random.nextInt(240) + 10) * 5_000L).setScale(2);
                    int participants = 50 + random.nextInt(1200);
                    int officials = participants * 9 / 10;
                    var data = new ProjectData("", title[0] + " ประจำปีงบประมาณ พ.ศ. " + year, year,
                            fy.firstDay().plusMonths(random.nextInt(3)), fy.lastDay().minusMonths(random.nextInt(2)),
                            budget, entry.getValue(), personOf(entry.getKey()), phoneOf(entry.getKey()),
                            "นางวิไลวรรณ ชัยมงคล", "1562",
                            "กรุงเทพมหานครมีภารกิจให้บริการประชาชนอย่างต่อเนื่อง\n\nโครงการนี้จัดทำขึ้นเพื่อ"
                                    + title[1] + " และสนับสนุนแผนพัฒนากรุงเทพมหานครระยะ 20 ปี",
                            List.of("เพื่อ" + title[1], "เพื่อพัฒนาการให้บริการของหน่วยงาน"),
                            List.of("ร้อยละ 80 ของผู้เข้าร่วมโครงการมีความพึงพอใจ", title[1]),
                            List.of(new ProjectData.QuantityTargetData("ผู้เข้าร่วมโครงการ",
                                    BigDecimal.valueOf(participants), "คน", List.of(
                                    new ProjectData.Part("ข้าราชการและบุคลากรกรุงเทพมหานคร", BigDecimal.valueOf(officials)),
                                    new ProjectData.Part("บุคคลภายนอก", BigDecimal.valueOf(participants - officials))))),
                            List.of(goals.get((n + i) % goals.size())), 0);
                    var seed = random.nextLong();
                    // closed before FY 2568, active since; one draft per unit in FY 2569
                    int state = year < 2568 ? 2 : year == 2569 && i == 4 ? 0 : 1;
                    SystemAuthentication.runAs(users.loadUserByUsername(entry.getKey()), () -> {
                        var code = projects.create(data);
                        if (state >= 1) {
                            projects.submit(code);
                            SystemAuthentication.runAs(users.loadUserByUsername("admin"),
                                    () -> reports(code, data, new Random(seed)));
                        }
                        if (state == 2) {
                            projects.close(code);
                        }
                    });
                }
            }
        }
    }

    /**
     * A straight-line plan for two projects in three, then 3–12 months of reports up to last month: some late, some
     * behind plan, money in a few rounds.
     */
    private void reports(String code, ProjectData project, Random random) {
        var lastMonth = YearMonth.now(clock).minusMonths(1);
        var first = YearMonth.from(project.startDate());
        var end = YearMonth.from(project.endDate());
        int months = 3 + random.nextInt(10);
        var plan = new java.util.TreeMap<YearMonth, BigDecimal>();
        if (random.nextInt(3) != 0) {
            long length = java.time.temporal.ChronoUnit.MONTHS.between(first, end) + 1;
            for (int m = 0; m < length; m++) {
                plan.put(first.plusMonths(m), BigDecimal.valueOf(100L * (m + 1))
                        .divide(BigDecimal.valueOf(length), 2, java.math.RoundingMode.HALF_UP));
            }
            filing.savePlan(code, plan, 0);
        }
        var pct = BigDecimal.TEN.setScale(2);
        var left = project.budget();
        for (int m = 0; m < months; m++) {
            var month = first.plusMonths(m);
            if (month.isAfter(lastMonth) || month.isAfter(end)) {
                return;
            }
            boolean behind = random.nextInt(4) == 0;
            pct = pct.add(BigDecimal.valueOf(behind ? 2 : 8 + random.nextInt(6))).min(new BigDecimal("100.00"));
            BigDecimal money = null;
            if (m > 0 && random.nextInt(3) == 0) {
                money = left.multiply(new BigDecimal("0.3")).setScale(2, java.math.RoundingMode.DOWN);
                left = left.subtract(money);
            }
            var date = month.atDay(15 + random.nextInt(8));
            if (date.isAfter(LocalDate.now(clock))) {
                return;
            }
            var steps = m == 0 ? "1. แต่งตั้งคณะทำงาน\n2. จัดทำแผนการดำเนินงาน"
                    : "1. ดำเนินกิจกรรมตามแผนเดือนที่ " + (m + 1) + "\n2. ติดตามและรายงานผลต่อผู้บริหาร";
            var planned = plan.get(month);
            boolean onPlan = planned == null ? !behind : m > 0 && pct.compareTo(planned) >= 0;
            var data = new ProgressReportData(date, steps, m == 0 ? null : pct, money, onPlan, random.nextInt(5) != 0,
                    null, 0);
            history.recordHistorical(code, month, data, random.nextInt(6) == 0, project.responsibleName());
        }
    }

    private List<Long> exampleGoals() {
        var goals = new ArrayList<Long>();
        plan.all().stream().filter(p -> p.level() == PlanLevel.GOAL).map(PlanNodeView::id).forEach(goals::add);
        var dims = plan.all().stream().filter(p -> p.level() == PlanLevel.DIMENSION).toList();
        goals.add(example(dims, "1", "1.2", "การป้องกันและบรรเทาสาธารณภัย", "1.2.1",
                "ประชาชนมีความพร้อมรับมือสาธารณภัย"));
        goals.add(example(dims, "2", "2.1", "การจัดการขยะและสิ่งแวดล้อม", "2.1.1",
                "ขยะได้รับการคัดแยกและจัดการอย่างถูกต้อง"));
        goals.add(example(dims, "3", "3.2", "การดูแลผู้สูงอายุ", "3.2.1",
                "ผู้สูงอายุได้รับการดูแลด้านสุขภาพอย่างทั่วถึง"));
        goals.add(example(dims, "6", "6.3", "การเรียนรู้ตลอดชีวิต", "6.3.1",
                "ประชาชนเข้าถึงแหล่งเรียนรู้ได้สะดวก"));
        return goals;
    }

    private long example(List<PlanNodeView> dims, String dimension, String subCode, String subName, String goalCode,
                         String goalName) {
        long dim = dims.stream().filter(d -> d.code().equals(dimension)).findFirst().orElseThrow().id();
        long sub = plan.createChild(dim, new PlanNodeData(subCode, subName + " (ตัวอย่าง)", null, 2561, null, 0));
        plan.markExample(sub);
        long goal = plan.createChild(sub, new PlanNodeData(goalCode, goalName + " (ตัวอย่าง)", null, 2561, null, 0));
        plan.markExample(goal);
        return goal;
    }

    private static long unit(List<AgencyNode> all, String name) {
        return all.stream().filter(a -> a.nameTh().equals(name)).findFirst().orElseThrow().id();
    }

    private static String personOf(String username) {
        return switch (username) {
            case "officer" -> "นางสาวสมศรี ใจดี";
            case "officer2" -> "นายธนากร ศรีสุวรรณ";
            default -> "แพทย์หญิงกมลชนก อินทรประเสริฐ";
        };
    }

    private static String phoneOf(String username) {
        return switch (username) {
            case "officer" -> "1460";
            case "officer2" -> "5521";
            default -> "7704";
        };
    }
}
