package th.go.bangkok.tidtam.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.StatementCounter;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.project.BudgetUsage;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * A project's money used is read once for every viewer (issue #17: it was the most expensive statement of a page of
 * /projects) and follows a report of that project at once; a transaction that files a report reads its own figures
 * and shares none of them if it does not commit.
 */
@IntegrationTest
class ProgressBudgetUsageTest {

    @Autowired
    BudgetUsage usage;
    @Autowired
    StatementCounter counter;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectFilingService projectFiling;
    @Autowired
    ProjectService projects;
    @Autowired
    ReportFilingService filing;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @AfterEach
    void realTime() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_money_used_is_read_once_for_everyone_and_a_report_sent_shows_in_it_at_once() {
        var project = filedProject();
        assertThat(used(project)).isEqualByComparingTo("2700.00");
        assertThat(counter.prepared(() -> usage.usageByProject(List.of(project))))
                .as("read again: from memory").isZero();

        send(project, YearMonth.of(2026, 3), "1000.00");
        assertThat(used(project)).as("the next viewer, at once").isEqualByComparingTo("3700.00");
    }

    @Test
    void a_transaction_that_sends_a_report_reads_its_own_figures_and_leaves_nothing_behind_when_rolled_back() {
        var project = filedProject();
        assertThat(used(project)).isEqualByComparingTo("2700.00");

        var inside = transaction.execute(status -> {
            send(project, YearMonth.of(2026, 3), "1000.00");
            var seen = used(project);
            status.setRollbackOnly();
            return seen;
        });

        assertThat(inside).as("its own report").isEqualByComparingTo("3700.00");
        assertThat(used(project)).as("after the rollback").isEqualByComparingTo("2700.00");
    }

    @Test
    void a_reading_transaction_older_than_a_report_sent_keeps_nothing_of_what_its_snapshot_shows() {
        var project = filedProject();
        assertThat(used(project)).isEqualByComparingTo("2700.00");
        var reading = new TransactionTemplate(transactionManager);
        reading.setReadOnly(true);

        var seen = reading.execute(status -> {
            projects.ref(projects.refs(List.of(project)).get(project).code()); // the snapshot starts here
            var other = new Thread(() -> users.as(TestUsers.OFFICER, () -> send(project, YearMonth.of(2026, 3), "1000.00")));
            other.start();
            join(other);
            return used(project);
        });

        assertThat(seen).as("its snapshot, from before the report").isEqualByComparingTo("2700.00");
        assertThat(used(project)).as("the next viewer").isEqualByComparingTo("3700.00");
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An active project with February 2569's report sent: 2,700.00 baht used. */
    private long filedProject() {
        clock.set(OffsetDateTime.parse("2026-03-05T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการเงินที่ใช้ไป " + UUID.randomUUID());
        users.signIn(TestUsers.OFFICER);
        projectFiling.submit(code);
        send(projects.ref(code).id(), YearMonth.of(2026, 2), "2700.00");
        return projects.ref(code).id();
    }

    private void send(long projectId, YearMonth month, String disbursed) {
        var code = projects.refs(List.of(projectId)).get(projectId).code();
        filing.saveAndSubmit(code, month, new ProgressReportData(month.atDay(4), "1. ดำเนินการ", new BigDecimal("10"),
                new BigDecimal(disbursed), true, true, null, 0), List.of());
    }

    private BigDecimal used(long projectId) {
        return usage.usageByProject(List.of(projectId)).get(projectId).used();
    }
}
