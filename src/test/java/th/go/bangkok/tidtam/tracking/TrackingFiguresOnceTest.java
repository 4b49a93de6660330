package th.go.bangkok.tidtam.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.StatementCounter;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.FigureCache;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ReportImportService;

/**
 * The dashboard's figures are computed once for all viewers (issue #17): the next viewer of the same period and
 * scope reads them without a statement, viewers arriving together wait for one computation, another scope is
 * another figure, and a report filed changes them for the next viewer at once.
 */
@IntegrationTest
class TrackingFiguresOnceTest {

    @Autowired
    TrackingService tracking;
    @Autowired
    TrackingFixture fixture;
    @Autowired
    ReportImportService reportImports;
    @Autowired
    TestUsers users;
    @Autowired
    StatementCounter counter;

    @Test
    void the_next_viewer_reads_the_figures_without_a_statement_and_another_scope_is_another_figure() {
        var office = fixture.create();
        FigureCache.changed();
        long first = users.as(office.head(), () -> counter.selects(() -> tracking.overview(TrackingFiguresTest.MARCH)));
        long second = users.as(office.head(), () -> counter.selects(() -> tracking.overview(TrackingFiguresTest.MARCH)));
        assertThat(first).as("computed").isPositive();
        assertThat(second).as("read").isZero();
        var everyOffice = users.as(TestUsers.COORDINATOR, () -> tracking.headline(TrackingFiguresTest.MARCH));
        var theirs = users.as(office.head(), () -> tracking.headline(TrackingFiguresTest.MARCH));
        assertThat(theirs.activeProjects()).as("the head's office only").isEqualTo(3);
        assertThat(everyOffice.activeProjects()).isGreaterThan(theirs.activeProjects());
    }

    @Test
    void viewers_arriving_together_wait_for_one_computation() throws Exception {
        var office = fixture.create();
        var head = users.as(office.head(), SecurityContextHolder::getContext);
        FigureCache.changed();
        long once = users.as(office.head(), () -> counter.selects(() -> tracking.completenessByMonth(TrackingFiguresTest.MARCH)));
        // The server's SELECT counter is global: a connection the pool opens or replaces meanwhile adds its own.
        // Noise only adds, so the fewest of three tries is the work's; without sharing each try would cost eight.
        long together = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && together != once; attempt++) {
            FigureCache.changed();
            together = Math.min(together, eightTogether(head));
        }
        assertThat(together).as("eight viewers, one computation").isEqualTo(once);
    }

    private long eightTogether(org.springframework.security.core.context.SecurityContext head) {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var start = new CountDownLatch(1);
            return counter.selects(() -> {
                var answers = new ArrayList<Future<Object>>();
                for (int i = 0; i < 8; i++) {
                    answers.add(pool.submit(() -> {
                        SecurityContextHolder.setContext(head);
                        try {
                            start.await();
                            return tracking.completenessByMonth(TrackingFiguresTest.MARCH);
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }));
                }
                start.countDown();
                var first = join(answers.getFirst());
                answers.forEach(a -> assertThat(join(a)).isEqualTo(first));
                return null;
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_report_filed_changes_the_figures_for_the_next_viewer_at_once() {
        var office = fixture.create();
        var before = users.as(office.head(), () -> tracking.headline(TrackingFiguresTest.MARCH));
        var missing = users.as(office.head(), () -> tracking.missing(TrackingFiguresTest.MARCH, null,
                PageRequest.of(0, 10))).getFirst();
        users.as(TestUsers.ADMIN, () -> reportImports.recordHistorical(missing.projectCode(), TrackingFiguresTest.MARCH.month(),
                new ProgressReportData(TrackingFiguresTest.MARCH.month().atDay(25), "1. ดำเนินการตามแผน",
                        new BigDecimal("40.00"), new BigDecimal("1000.00"), true, true, null, 0), false, "admin"));
        var after = users.as(office.head(), () -> tracking.headline(TrackingFiguresTest.MARCH));
        assertThat(after.reported()).isEqualTo(before.reported() + 1);
        assertThat(after.missing()).isEqualTo(before.missing() - 1);
        assertThat(after.disbursed().subtract(before.disbursed())).isEqualByComparingTo("1000.00");
    }

    @Test
    void the_missing_list_is_read_once_for_its_scope_and_a_reminder_shows_in_it_at_once() {
        var office = fixture.create();
        FigureCache.changed();
        var firstPage = PageRequest.of(0, 10);
        long computed = users.as(office.head(), () -> counter.selects(
                () -> tracking.missing(TrackingFiguresTest.MARCH, null, firstPage)));
        long read = users.as(office.head(), () -> counter.selects(
                () -> tracking.missing(TrackingFiguresTest.MARCH, null, firstPage)));
        assertThat(computed).isPositive();
        assertThat(read).as("the next viewer of the same scope").isZero();
        var code = office.codes().get(2);
        assertThat(users.as(office.head(), () -> tracking.missing(TrackingFiguresTest.MARCH, null, firstPage)))
                .filteredOn(m -> m.projectCode().equals(code)).singleElement()
                .satisfies(m -> assertThat(m.lastReminderAt()).isNull());
        users.as(TestUsers.COORDINATOR, () -> tracking.remind(TrackingFiguresTest.MARCH, java.util.List.of(code)));
        assertThat(users.as(office.head(), () -> tracking.missing(TrackingFiguresTest.MARCH, null, firstPage)))
                .filteredOn(m -> m.projectCode().equals(code)).singleElement()
                .satisfies(m -> assertThat(m.lastReminderAt()).as("the reminder just sent").isNotNull());
    }

    private static Object join(Future<Object> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
