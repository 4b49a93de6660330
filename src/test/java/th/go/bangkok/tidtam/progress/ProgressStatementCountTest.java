package th.go.bangkok.tidtam.progress;

import th.go.bangkok.tidtam.base.files.EvidenceFiles;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;

/** No N+1: a project's reports tab and the officer's due list cost the same statements for 1 report or 8. */
@IntegrationTest
class ProgressStatementCountTest {

    @Autowired
    th.go.bangkok.tidtam.StatementCounter counter;

    @Autowired
    ProgressService progress;
    @Autowired
    ReportFilingService filing;
    @Autowired
    ReportFreezeService freezing;
    @Autowired
    ProjectFilingService projectFiling;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    String projectWithReports(int months) {
        var code = fixtures.create("โครงการนับคำสั่งรายงาน " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> projectFiling.submit(code));
        for (int m = 0; m < months; m++) {
            var month = YearMonth.of(2025, 10).plusMonths(m);
            int finalM = m;
            clock.set(OffsetDateTime.parse(month.atDay(20) + "T10:00:00+07:00").toInstant());
            users.as(TestUsers.OFFICER, () -> {
                filing.save(code, month, ProgressRulesTest.report(month.atDay(20), String.valueOf(10 + finalM * 5),
                        "100.00", 0), List.of(new EvidenceUpload("ภาพ.png", EvidenceFiles.png())));
                filing.submit(code, month);
            });
        }
        return code;
    }

    @Test
    void the_reports_tab_costs_the_same_statements_for_one_report_or_eight() {
        var one = projectWithReports(1);
        var eight = projectWithReports(8);
        clock.set(OffsetDateTime.parse("2026-06-20T10:00:00+07:00").toInstant());
        users.as(TestUsers.ADMIN, () -> freezing.freezeClosedMonths());
        users.signIn(TestUsers.COORDINATOR);
        long small = counter.prepared(() -> progress.reports(one));
        long big = counter.prepared(() -> progress.reports(eight));
        assertThat(big).isEqualTo(small);
        assertThat(small).as("project, reports, files, snapshots, reopenings, plan").isLessThanOrEqualTo(7);
    }

    @Test
    void the_due_list_costs_the_same_statements_however_many_projects_the_unit_runs() {
        clock.set(OffsetDateTime.parse("2026-03-04T10:00:00+07:00").toInstant());
        users.signIn(TestUsers.OFFICER);
        long before = counter.prepared(() -> progress.due());
        SecurityContextHolder.clearContext();
        for (int i = 0; i < 3; i++) {
            var code = fixtures.create("โครงการนับคำสั่งค้างส่ง " + UUID.randomUUID());
            users.as(TestUsers.OFFICER, () -> projectFiling.submit(code));
        }
        users.signIn(TestUsers.OFFICER);
        long after = counter.prepared(() -> progress.due());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void filing_a_report_leaves_the_project_lists_count_as_counted_and_writing_a_project_counts_it_again() {
        var month = YearMonth.of(2025, 10);
        clock.set(OffsetDateTime.parse(month.atDay(20) + "T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการนับรายการ " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> projectFiling.submit(code));
        th.go.bangkok.tidtam.base.FigureCache.changed();
        var all = th.go.bangkok.tidtam.project.ProjectFilter.none();
        long counted = users.as(TestUsers.COORDINATOR, () -> counter.prepared(() -> projectList.count(all)));
        long before = users.as(TestUsers.COORDINATOR, () -> projectList.count(all));
        assertThat(counted).as("the first viewer counts").isEqualTo(1);

        users.as(TestUsers.OFFICER, () -> filing.save(code, month,
                ProgressRulesTest.report(month.atDay(20), "10", "100.00", 0)));
        long afterReport = users.as(TestUsers.COORDINATOR, () -> counter.prepared(() -> projectList.count(all)));
        assertThat(afterReport).as("a report is not what a list of projects counts: read, not counted").isZero();

        fixtures.create("โครงการนับรายการใหม่ " + UUID.randomUUID());
        long afterProject = users.as(TestUsers.COORDINATOR, () -> counter.prepared(() -> projectList.count(all)));
        assertThat(afterProject).as("a project written: counted again").isEqualTo(1);
        assertThat(users.as(TestUsers.COORDINATOR, () -> projectList.count(all))).isEqualTo(before + 1);
    }

    @Autowired
    th.go.bangkok.tidtam.project.ProjectService projectList;
}
