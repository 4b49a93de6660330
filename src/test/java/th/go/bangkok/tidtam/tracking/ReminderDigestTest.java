package th.go.bangkok.tidtam.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.notification.NotificationView;
import th.go.bangkok.tidtam.security.SystemAuthentication;

/**
 * The daily digest on the fixture office of {@link TrackingFixture}, driven by the clock: one notification per user
 * per day listing all their items, none for users with nothing to do, nothing twice when the job runs again or on
 * two nodes at the same moment, and the job holding the cluster-wide lock.
 */
@IntegrationTest
class ReminderDigestTest {

    @Autowired
    ReminderDigests digests;
    @Autowired
    DigestJob job;
    @Autowired
    LockProvider locks;
    @Autowired
    TrackingFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void each_user_gets_one_digest_a_day_listing_all_their_overdue_reports_and_nobody_with_nothing_to_do_gets_one() {
        var office = fixture.create();
        at("2026-04-03T07:30:00+07:00");
        SystemAuthentication.call(digests::sendDailyDigests);
        SystemAuthentication.call(digests::sendDailyDigests);

        assertThat(digestsOf(office.officerB())).as("one digest though the job ran twice").singleElement()
                .satisfies(d -> {
                    assertThat(d.arguments().getFirst()).isEqualTo("03/04/2569");
                    assertThat(d.arguments().get(1)).contains("รายงานเดือนมีนาคม 2569เลยกำหนดส่ง 1 โครงการ")
                            .contains(office.codes().get(2));
                    assertThat(d.link()).isEqualTo("reports/due");
                });
        assertThat(digestsOf(office.officerA())).as("P1 and P2 reported March; P6 ended in February").isEmpty();
        assertThat(digestsOf(office.head())).singleElement().satisfies(d -> {
            assertThat(d.arguments().get(1)).contains("โครงการในสำนักงานที่ยังไม่รายงานเดือนมีนาคม 2569 1 โครงการ");
            assertThat(d.link()).isEqualTo("tracking");
        });
        assertThat(jdbc.queryForObject("select count(*) from reminder m join project p on p.id = m.project_id"
                + " where p.code = ? and m.sent_by = 'system'", Long.class, office.codes().get(2)))
                .as("the overdue project is marked reminded once").isEqualTo(1);

        at("2026-04-04T07:30:00+07:00");
        SystemAuthentication.call(digests::sendDailyDigests);
        assertThat(digestsOf(office.officerB())).as("a new day, a new digest").hasSize(2);
    }

    @Test
    void reports_due_within_three_days_are_listed_as_due_soon_for_each_officer() {
        var office = fixture.create();
        at("2026-04-28T07:30:00+07:00");
        SystemAuthentication.call(digests::sendDailyDigests);

        assertThat(digestsOf(office.officerA())).singleElement().satisfies(d -> assertThat(d.arguments().get(1))
                .as("April is due on the 30th; P2 has filed April, P1 has not")
                .contains("รายงานเดือนเมษายน 2569ครบกำหนดส่ง 30/04/2569 อีก 1 โครงการ")
                .contains(office.codes().get(0)).doesNotContain(office.codes().get(1))
                .doesNotContain("มีนาคม", "เลยกำหนด"));
        assertThat(digestsOf(office.officerB())).singleElement().satisfies(d -> assertThat(d.arguments().get(1))
                .contains("อีก 2 โครงการ").contains(office.codes().get(2), office.codes().get(3)));
        assertThat(digestsOf(office.head())).as("nothing is overdue yet and no request waits").isEmpty();
    }

    @Test
    void two_nodes_running_the_digest_at_the_same_moment_send_each_user_one() throws Exception {
        var office = fixture.create();
        at("2026-04-06T07:30:00+07:00");
        var barrier = new CyclicBarrier(2);
        Callable<Integer> node = () -> {
            barrier.await();
            return SystemAuthentication.call(digests::sendDailyDigests);
        };
        var results = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var future : pool.invokeAll(List.of(node, node))) {
                results.add(future.get());
            }
        }
        assertThat(digestsOf(office.officerB())).hasSize(1);
        assertThat(digestsOf(office.head())).hasSize(1);
        assertThat(results.get(0) + results.get(1)).as("the two nodes shared the day's digests, none twice")
                .isEqualTo(jdbc.queryForObject("select count(*) from reminder_digest where digest_date = '2026-04-06'",
                        Integer.class));
    }

    @Test
    void the_scheduled_job_holds_the_cluster_lock_so_another_node_skips_it() {
        var office = fixture.create();
        at("2026-04-07T07:30:00+07:00");
        job.daily();
        assertThat(digestsOf(office.officerB())).hasSize(1);
        assertThat(locks.lock(new LockConfiguration(java.time.Instant.now(), "reminder-digest", Duration.ofMinutes(1),
                Duration.ZERO))).as("a second node cannot take the lock for at least a minute").isEmpty();
        job.daily();
        assertThat(digestsOf(office.officerB())).hasSize(1);
    }

    private void at(String time) {
        clock.set(OffsetDateTime.parse(time).toInstant());
    }

    private List<NotificationView> digestsOf(String username) {
        return users.as(username, () -> notifications.mine()).stream()
                .filter(n -> n.messageKey().equals("notification.digest")).toList();
    }
}
