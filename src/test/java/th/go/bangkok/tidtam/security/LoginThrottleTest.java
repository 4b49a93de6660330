package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.base.ThaiDates;

/** The throttle's rules, on its table in MariaDB, with a clock the test moves. */
@IntegrationTest
class LoginThrottleTest {

    static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    static final String ADDRESS = "10.0.0.1";

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ThaiDates.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    LoginThrottle throttle;

    @BeforeEach
    void freshCounts() {
        jdbc.update("DELETE FROM login_throttle");
        throttle = new LoginThrottle(clock, jdbc, transactions, 5, 20, FIFTEEN_MINUTES, FIFTEEN_MINUTES);
    }

    /** The accounts these tests lock are the demo's, which later tests sign in with. */
    @AfterEach
    void forgetCounts() {
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void a_lock_made_by_one_node_holds_on_another_sharing_the_database() {
        var otherNode = new LoginThrottle(clock, jdbc, transactions, 5, 20, FIFTEEN_MINUTES, FIFTEEN_MINUTES);
        failTimes(3, "officer", ADDRESS, Duration.ZERO);
        otherNode.failed("officer", ADDRESS);
        otherNode.failed("officer", ADDRESS);
        assertThat(throttle.lockedUntil("officer", null)).contains(clock.instant().plus(FIFTEEN_MINUTES));
        assertThat(otherNode.lockedUntil("officer", null)).contains(clock.instant().plus(FIFTEEN_MINUTES));
    }

    @Test
    void the_standing_says_how_many_failures_the_account_and_the_address_may_still_have_within_the_window() {
        var fresh = throttle.check("officer", ADDRESS);
        assertThat(fresh.lockedUntil()).isEmpty();
        assertThat(fresh.accountTriesLeft()).isEqualTo(5);
        assertThat(fresh.addressTriesLeft()).isEqualTo(20);
        assertThat(fresh.addressWatched()).isFalse();
        failTimes(3, "officer", ADDRESS, Duration.ofMinutes(6));
        var standing = throttle.check("officer", ADDRESS);
        assertThat(standing.accountTriesLeft()).isEqualTo(2);
        assertThat(standing.addressTriesLeft()).isEqualTo(17);
        assertThat(standing.addressWatched()).as("3 of its 20: an office's typos").isFalse();
        assertThat(throttle.check("officer", null).addressTriesLeft()).as("no address, no limit of one")
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(throttle.check("head", ADDRESS).accountTriesLeft()).as("another account").isEqualTo(5);
        clock.advance(Duration.ofMinutes(4)); // the first failure, 16 minutes ago, is out of the window
        assertThat(throttle.check("officer", ADDRESS).accountTriesLeft()).isEqualTo(3);
        failTimes(5, "head", "10.9.9.9", Duration.ZERO);
        var locked = throttle.check("head", "10.9.9.9");
        assertThat(locked.lockedUntil()).contains(clock.instant().plus(FIFTEEN_MINUTES));
    }

    @Test
    void an_address_is_watched_from_half_its_failures_and_for_a_window_after_its_lock_ends() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("name:someone" + i, ADDRESS);
        }
        assertThat(throttle.check("officer", ADDRESS).addressWatched()).as("9 of 20").isFalse();
        throttle.failed("name:someone9", ADDRESS);
        assertThat(throttle.check("officer", ADDRESS).addressWatched()).as("10 of 20").isTrue();
        for (int i = 10; i < 20; i++) {
            throttle.failed("name:someone" + i, ADDRESS);
        }
        var locked = throttle.check("officer", ADDRESS);
        assertThat(locked.lockedUntil()).isPresent();
        clock.advance(FIFTEEN_MINUTES);
        var afterLock = throttle.check("officer", ADDRESS);
        assertThat(afterLock.lockedUntil()).isEmpty();
        assertThat(afterLock.addressTriesLeft()).isEqualTo(20);
        assertThat(afterLock.addressWatched()).as("its lock just ended: no fresh burst").isTrue();
        clock.advance(FIFTEEN_MINUTES.plusSeconds(1));
        assertThat(throttle.check("officer", ADDRESS).addressWatched()).as("a window after the lock").isFalse();
    }

    @Test
    void failures_at_the_same_moment_are_all_counted_none_lost_to_a_deadlock() throws Exception {
        var roomy = new LoginThrottle(clock, jdbc, transactions, 100, 100, FIFTEEN_MINUTES, FIFTEEN_MINUTES);
        var start = new java.util.concurrent.CountDownLatch(1);
        var callers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var tries = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 8; i++) {
                tries.add(callers.submit(() -> {
                    start.await();
                    roomy.failed("officer", ADDRESS);
                    return null;
                }));
            }
            start.countDown();
            for (var one : tries) {
                one.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        var standing = roomy.check("officer", ADDRESS);
        assertThat(standing.accountTriesLeft()).isEqualTo(92);
        assertThat(standing.addressTriesLeft()).isEqualTo(92);
    }

    @Test
    void four_failures_do_not_lock_the_username() {
        failTimes(4, "officer", ADDRESS, Duration.ofMinutes(1));
        assertThat(throttle.lockedUntil("officer", ADDRESS)).isEmpty();
    }

    @Test
    void the_fifth_failure_within_fifteen_minutes_locks_the_username_for_fifteen_minutes_from_then() {
        failTimes(4, "officer", ADDRESS, Duration.ofMinutes(3));
        throttle.failed("officer", ADDRESS);
        var fifth = clock.instant();
        assertThat(throttle.lockedUntil("officer", ADDRESS)).contains(fifth.plus(FIFTEEN_MINUTES));
        assertThat(throttle.lockedUntil("officer", "10.9.9.9")).as("from another address")
                .contains(fifth.plus(FIFTEEN_MINUTES));
        assertThat(throttle.lockedUntil("officer", null)).as("without an address")
                .contains(fifth.plus(FIFTEEN_MINUTES));
        assertThat(throttle.lockedUntil("head", "10.9.9.9")).as("another user").isEmpty();
    }

    @Test
    void the_lock_ends_fifteen_minutes_after_the_fifth_failure() {
        failTimes(5, "officer", ADDRESS, Duration.ZERO);
        clock.advance(FIFTEEN_MINUTES.minusSeconds(1));
        assertThat(throttle.lockedUntil("officer", ADDRESS)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedUntil("officer", ADDRESS)).isEmpty();
    }

    @Test
    void after_the_lock_ends_the_count_starts_again_from_zero() {
        failTimes(5, "officer", ADDRESS, Duration.ZERO);
        clock.advance(FIFTEEN_MINUTES);
        failTimes(4, "officer", ADDRESS, Duration.ZERO);
        assertThat(throttle.lockedUntil("officer", ADDRESS)).isEmpty();
        throttle.failed("officer", ADDRESS);
        assertThat(throttle.lockedUntil("officer", ADDRESS)).contains(clock.instant().plus(FIFTEEN_MINUTES));
    }

    @Test
    void five_failures_on_the_edges_of_exactly_fifteen_minutes_lock() {
        throttle.failed("officer", null);
        clock.advance(FIFTEEN_MINUTES);
        failTimes(4, "officer", null, Duration.ZERO);
        assertThat(throttle.lockedUntil("officer", null)).isPresent();
    }

    @Test
    void a_failure_older_than_the_window_no_longer_counts() {
        throttle.failed("officer", null);
        clock.advance(FIFTEEN_MINUTES.plusSeconds(1));
        failTimes(4, "officer", null, Duration.ZERO);
        assertThat(throttle.lockedUntil("officer", null)).isEmpty();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_lock() {
        failTimes(12, "head", ADDRESS, Duration.ofMinutes(4));
        assertThat(throttle.lockedUntil("head", ADDRESS)).isEmpty();
    }

    @Test
    void a_success_resets_the_count() {
        failTimes(4, "admin", null, Duration.ZERO);
        throttle.succeeded("admin");
        failTimes(4, "admin", null, Duration.ZERO);
        assertThat(throttle.lockedUntil("admin", null)).isEmpty();
        throttle.failed("admin", null);
        assertThat(throttle.lockedUntil("admin", null)).isPresent();
    }

    @Test
    void a_username_counts_the_same_whatever_its_case_and_surrounding_spaces() {
        throttle.failed("Officer", null);
        throttle.failed("OFFICER", null);
        throttle.failed(" officer", null);
        throttle.failed("officer\t", null);
        throttle.failed(" oFFicer ", null);
        assertThat(throttle.lockedUntil("officer", null)).isPresent();
        assertThat(throttle.lockedUntil("  OFFICER  ", null)).isPresent();
        assertThat(throttle.lockedUntil("officer2", null)).isEmpty();
    }

    @Test
    void a_success_typed_in_another_case_also_resets_the_count() {
        failTimes(4, "officer", null, Duration.ZERO);
        throttle.succeeded(" Officer ");
        throttle.failed("officer", null);
        assertThat(throttle.lockedUntil("officer", null)).isEmpty();
    }

    @Test
    void an_address_is_locked_after_twenty_failures_across_different_usernames() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("guess" + i, "203.0.113.9");
        }
        assertThat(throttle.lockedUntil("guess0", "203.0.113.9")).isEmpty();
        throttle.failed("guess19", "203.0.113.9");
        assertThat(throttle.lockedUntil("guess0", "203.0.113.9")).contains(clock.instant().plus(FIFTEEN_MINUTES));
        assertThat(throttle.lockedUntil("guess0", "203.0.113.10")).as("the same user elsewhere").isEmpty();
    }

    @Test
    void a_locked_address_locks_even_a_username_that_never_failed() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess" + i, "203.0.113.9");
        }
        assertThat(throttle.lockedUntil("someone-new", "203.0.113.9")).contains(clock.instant().plus(FIFTEEN_MINUTES));
        assertThat(throttle.lockedUntil("someone-new", "203.0.113.10")).isEmpty();
        assertThat(throttle.lockedUntil("someone-new", null)).isEmpty();
    }

    @Test
    void when_both_the_username_and_the_address_are_locked_the_later_lock_is_reported() {
        for (int i = 0; i < 15; i++) {
            throttle.failed("guess" + i, "203.0.113.9");
        }
        failTimes(5, "officer", null, Duration.ZERO);
        var userLockEnd = clock.instant().plus(FIFTEEN_MINUTES);
        clock.advance(Duration.ofMinutes(5));
        failTimes(5, "other", "203.0.113.9", Duration.ZERO);
        var addressLockEnd = clock.instant().plus(FIFTEEN_MINUTES);
        assertThat(throttle.lockedUntil("officer", null)).contains(userLockEnd);
        assertThat(throttle.lockedUntil("officer", "203.0.113.9")).contains(addressLockEnd);
    }

    private void failTimes(int times, String username, String address, Duration between) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                clock.advance(between);
            }
            throttle.failed(username, address);
        }
    }
}
