package th.go.bangkok.tidtam.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ReportFilingService;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;

/**
 * The projects behind an indicator, on a hand-made set in FY 2570: two running projects of สำนักงาน ก.ก. (100,000
 * and 50,000 baht, 20,000.00 and 5,000.50 disbursed), one of Bangkok Noi (30,000, 1,000 disbursed), a draft (left
 * out) and one of FY 2569 (listed on the indicator's page, not in the year's tree). A head sees their office's only.
 * The tree costs the same five statements whatever it holds (Hibernate's count and the server's).
 */
@IntegrationTest
class IndicatorRollupTest {

    @Autowired
    th.go.bangkok.tidtam.StatementCounter counter;

    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorResultService results;
    @Autowired
    IndicatorFixture fixture;
    @Autowired
    ProjectFixtures projectFixtures;
    @Autowired
    ProjectFilingService projectFiling;
    @Autowired
    ReportFilingService filing;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private String project(String user, long agency, int fiscalYear, String budget, List<Long> links, boolean submit,
                           String disbursed, Boolean onPlan) {
        var base = projectFixtures.valid("โครงการของตัวชี้วัด " + UUID.randomUUID());
        var start = LocalDate.of(fiscalYear - 544, 10, 1);
        var data = new ProjectData("", base.name(), fiscalYear, start, start.plusYears(1).minusDays(1),
                new BigDecimal(budget), agency, base.responsibleName(), base.responsiblePhone(), base.coordinatorName(),
                base.coordinatorPhone(), base.rationale(), base.objectives(), base.qualityTargets(),
                base.quantityTargets(), links, 0);
        var code = users.as(user, () -> projectFiling.create(data));
        if (submit) {
            users.as(user, () -> projectFiling.submit(code));
        }
        if (disbursed != null) {
            var month = YearMonth.of(2026, 11);
            users.as(user, () -> {
                filing.save(code, month, new ProgressReportData(LocalDate.of(2026, 11, 20), "ดำเนินการ",
                        new BigDecimal("15"), new BigDecimal(disbursed), onPlan, true, null, 0));
                filing.submit(code, month);
            });
        }
        return code;
    }

    @Test
    void each_indicator_carries_the_sum_of_its_projects_and_a_head_only_their_offices() throws Exception {
        clock.set(OffsetDateTime.parse("2026-11-20T10:00:00+07:00").toInstant());
        var indicator = fixture.newIndicator("ตัวชี้วัดรวมโครงการ");
        fixture.target(indicator, 2570, fixture.number("100", null, fixture.officerUnit()));
        var unit = fixture.officerUnit();
        var p1 = project(TestUsers.OFFICER, unit, 2570, "100000.00", List.of(indicator), true, "20000.00", true);
        var p2 = project(TestUsers.OFFICER, unit, 2570, "50000.00", List.of(indicator, fixture.goal()), true, "5000.50",
                false);
        project(TestUsers.OFFICER, unit, 2570, "70000.00", List.of(indicator), false, null, null);
        var p4 = project(TestUsers.OFFICER, unit, 2569, "40000.00", List.of(indicator), true, null, null);
        var p5 = project(TestUsers.OFFICER_OTHER_OFFICE, fixture.agency("งานรักษาความสะอาด"), 2570, "30000.00",
                List.of(indicator), true, "1000.00", true);

        var row = row(TestUsers.COORDINATOR, indicator);
        assertThat(row.projects()).isEqualTo(3);
        assertThat(row.budget()).isEqualByComparingTo("180000.00");
        assertThat(row.disbursed()).isEqualByComparingTo("26000.50");
        var head = row(TestUsers.HEAD, indicator);
        assertThat(head.projects()).isEqualTo(2);
        assertThat(head.budget()).isEqualByComparingTo("150000.00");
        assertThat(head.disbursed()).isEqualByComparingTo("25000.50");

        var goal = users.as(TestUsers.COORDINATOR, () -> indicators.tree(2570, IndicatorFilter.none())).stream()
                .filter(r -> r.id() == fixture.goal()).findFirst().orElseThrow();
        var distinct = jdbc.queryForObject("""
                select count(distinct p.id) from project p join project_plan_link l on l.project_id = p.id
                join plan_node n on n.id = l.plan_node_id
                where p.fiscal_year = 2570 and p.status <> 'DRAFT' and (n.id = ? or n.parent_id = ?)
                """, Integer.class, fixture.goal(), fixture.goal());
        assertThat(goal.projects()).as("each project once, linked to the goal and an indicator or not").isEqualTo(distinct);

        var details = users.as(TestUsers.COORDINATOR, () -> indicators.details(indicator));
        assertThat(details.projects()).extracting(LinkedProject::code, LinkedProject::fiscalYear,
                LinkedProject::behindPlan).containsExactlyInAnyOrder(tuple(p1, 2570, false), tuple(p2, 2570, true),
                tuple(p4, 2569, null), tuple(p5, 2570, false));
        assertThat(details.projects()).filteredOn(p -> p.code().equals(p2)).singleElement().satisfies(p -> {
            assertThat(p.progress()).isEqualByComparingTo("15");
            assertThat(p.disbursed()).isEqualByComparingTo("5000.50");
        });
        assertThat(users.as(TestUsers.HEAD, () -> indicators.details(indicator)).projects())
                .extracting(LinkedProject::code).containsExactlyInAnyOrder(p1, p2, p4);

        // the download holds the same line, numbers as numbers
        var xlsx = new java.io.ByteArrayOutputStream();
        users.as(TestUsers.COORDINATOR, () -> indicators.export(2570, new IndicatorFilter(null, null, null),
                th.go.bangkok.tidtam.base.export.ExportFormat.XLSX, th.go.bangkok.tidtam.base.ThaiDates.THAI, xlsx));
        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getFirstSheet().read();
            assertThat(sheet.getFirst().getCell(0).getText()).isEqualTo("รหัส");
            assertThat(sheet.getFirst().getCell(2).getText()).isEqualTo("เป้าหมาย");
            var line = sheet.stream().filter(r -> r.getCell(1).getText().startsWith("ตัวชี้วัดรวมโครงการ"))
                    .findFirst().orElseThrow();
            assertThat(line.getCell(2).getText()).isEqualTo("≥ 100 คน");
            assertThat(line.getCell(4).getText()).isEqualTo("ไม่มีข้อมูล");
            assertThat(line.getCell(6).asNumber()).isEqualByComparingTo("3");
            assertThat(line.getCell(7).asNumber()).isEqualByComparingTo("180000");
            assertThat(line.getCell(8).asNumber()).isEqualByComparingTo("26000.50");
        }
    }

    @Test
    void the_tree_costs_the_same_few_statements_however_many_indicators_have_targets() {
        clock.set(OffsetDateTime.parse("2026-11-20T10:00:00+07:00").toInstant());
        users.signIn(TestUsers.COORDINATOR);
        long before = computed(() -> counter.prepared(() -> indicators.tree(2570, IndicatorFilter.none())));
        for (int i = 0; i < 5; i++) {
            var indicator = fixture.newIndicator("ตัวชี้วัดนับคำสั่ง");
            var target = fixture.target(indicator, 2570, fixture.number("100", null, fixture.officerUnit()));
            users.as(TestUsers.COORDINATOR, () -> results.saveResult(target, 1, new ResultData("10", null, null,
                    null, 0L), List.of()));
        }
        users.signIn(TestUsers.COORDINATOR);
        long after = computed(() -> counter.prepared(() -> indicators.tree(2570, IndicatorFilter.none())));
        assertThat(after).isEqualTo(before);
        assertThat(after).as("plan, agencies, targets, results, project links").isLessThanOrEqualTo(5);
        long selectsBefore = computed(() -> counter.selects(() -> indicators.tree(2569, IndicatorFilter.none())));
        long selectsAfter = computed(() -> counter.selects(() -> indicators.tree(2570, IndicatorFilter.none())));
        assertThat(selectsAfter).as("counted by the server, JDBC included").isEqualTo(selectsBefore)
                .isLessThanOrEqualTo(5);
    }

    @Test
    void the_tree_is_computed_once_for_every_viewer_but_a_head_sees_their_offices() {
        th.go.bangkok.tidtam.base.FigureCache.changed();
        var coordinators = users.as(TestUsers.COORDINATOR, () -> indicators.tree(2570, IndicatorFilter.none()));
        users.signIn(TestUsers.OFFICER);
        long officers = counter.prepared(() -> indicators.tree(2570, IndicatorFilter.none()));
        assertThat(officers).as("the officer reads the tree the coordinator's view computed").isZero();
        var heads = users.as(TestUsers.HEAD, () -> indicators.tree(2570, IndicatorFilter.none()));
        assertThat(heads.size()).as("a head's tree is their office's, computed for it").isLessThan(coordinators.size());
    }

    /**
     * What computing the tree costs: the shared plan and agency snapshots read first (they cost nothing once read),
     * then the figures computed once for all viewers forgotten, so the tree is computed again.
     */
    private long computed(java.util.function.LongSupplier measure) {
        indicators.tree(2570, IndicatorFilter.none());
        th.go.bangkok.tidtam.base.FigureCache.changed();
        return measure.getAsLong();
    }

    private IndicatorRow row(String user, long indicator) {
        return users.as(user, () -> indicators.tree(2570, IndicatorFilter.none())).stream()
                .filter(r -> r.id() == indicator).findFirst().orElseThrow();
    }
}
