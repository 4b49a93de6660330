package th.go.bangkok.tidtam.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.SlowWork;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.project.ProjectFilter;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * The pool protects page opens (issue #17): no statement outlives the query time-out (5 s in tests, 15 s in
 * production) and its user reads why; slow work holding connections leaves the rest of the pool to page opens; the
 * pool's figures count what it hands out.
 */
@IntegrationTest
class ConnectionPoolTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SlowWork slowWork;
    @Autowired
    PoolWatch pool;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;
    @Autowired
    th.go.bangkok.tidtam.StatementCounter counter;

    /** What a transaction sends the database: its selects, its settings ({@code SET ...}), its commits. */
    private static final String[] SENT = {"Com_select", "Com_set_option", "Com_commit"};

    @Test
    void a_statement_over_the_time_out_is_stopped_and_its_user_reads_why() throws Exception {
        var threads = Executors.newFixedThreadPool(2);
        try {
            long started = System.nanoTime();
            Future<Throwable> viaJpa = threads.submit(() -> catchThrowable(() -> transactions.execute(
                    status -> em.createNativeQuery("select sleep(20)").getSingleResult())));
            Future<Throwable> viaJdbc = threads.submit(() -> catchThrowable(
                    () -> jdbc.queryForObject("select sleep(20)", Integer.class)));
            var jpaFailure = viaJpa.get(30, TimeUnit.SECONDS);
            var jdbcFailure = viaJdbc.get(30, TimeUnit.SECONDS);
            var took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).as("cut at the 5 s time-out, not after 20 s").isLessThan(Duration.ofSeconds(15));
            for (var failure : new Throwable[] {jpaFailure, jdbcFailure}) {
                assertThat(failure).as("the statement was stopped").isNotNull();
                assertThat(UiErrors.messageFor(failure)).as("a sentence, not a stack trace: " + failure)
                        .hasValueSatisfying(message -> assertThat(message).contains("ใช้เวลานานเกินไป"));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void slow_work_holding_connections_leaves_the_rest_of_the_pool_to_page_opens() throws Exception {
        long timeoutsBefore = pool.timeoutsSinceStart();
        var holding = new AtomicInteger();
        var most = new AtomicInteger();
        var release = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(12);
        try {
            var pieces = new ArrayList<Future<?>>();
            for (int i = 0; i < 12; i++) {
                pieces.add(threads.submit(() -> slowWork.run(() -> transactions.executeWithoutResult(status -> {
                    jdbc.queryForObject("select 1", Integer.class); // holds a connection until the end
                    most.accumulateAndGet(holding.incrementAndGet(), Math::max);
                    await(release);
                    holding.decrementAndGet();
                }))));
            }
            waitUntil(() -> holding.get() == slowWork.limit());
            // twelve exports asked at once hold only their share; a coordinator still opens the list at once
            long started = System.nanoTime();
            var count = users.as(TestUsers.COORDINATOR, () -> projects.count(ProjectFilter.none()));
            var page = users.as(TestUsers.COORDINATOR, () -> projects.find(ProjectFilter.none(),
                    org.springframework.data.domain.PageRequest.of(0, 50)));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(count).isPositive();
            assertThat(page).isNotEmpty();
            release.countDown();
            for (var piece : pieces) {
                piece.get(30, TimeUnit.SECONDS);
            }
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(most.get()).as("slow work never held more connections than its share")
                .isEqualTo(slowWork.limit());
        assertThat(pool.timeoutsSinceStart()).as("no one gave up waiting for a connection").isEqualTo(timeoutsBefore);
        assertThat(pool.sinceLastReport().taken()).as("the pool's figures count what it hands out").isPositive();
    }

    @Test
    void a_call_answered_from_the_shared_figures_sends_the_database_nothing() {
        var sent = users.as(TestUsers.COORDINATOR, () -> {
            projects.count(ProjectFilter.none()); // counted once for everyone, kept
            return counter.counted(() -> projects.count(ProjectFilter.none()), SENT);
        });
        assertThat(sent).as("selects, settings and commits of the transaction (before: two switches of auto-commit "
                + "and two of read-only around no statement)").containsOnly(0L);
    }

    @Test
    void a_read_only_call_sends_its_query_and_switches_only_auto_commit() {
        var sent = users.as(TestUsers.COORDINATOR, () -> counter.counted(
                () -> projects.find(ProjectFilter.none(), org.springframework.data.domain.PageRequest.of(0, 10)), SENT));
        assertThat(sent[0]).as("its page of projects and their budget used").isBetween(1L, 2L);
        assertThat(sent[1]).as("auto-commit off and on again, no SET SESSION TRANSACTION READ ONLY / READ WRITE")
                .isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("slow work started").isTrue();
    }
}
