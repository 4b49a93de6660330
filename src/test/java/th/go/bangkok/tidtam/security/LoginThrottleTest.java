package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rules, with a clock the test moves. */
class LoginThrottleTest {

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
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
    final LoginThrottle throttle = new LoginThrottle(clock, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void five_failures_within_fifteen_minutes_lock_the_username_for_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("officer", "10.0.0.1");
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(throttle.lockedUntil("officer", "10.0.0.1")).isEmpty();
        throttle.failed("officer", "10.0.0.1");
        var fifth = clock.instant();
        assertThat(throttle.lockedUntil("officer", "10.0.0.2")).contains(fifth.plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedUntil("OFFICER ", null)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedUntil("officer", null)).isEmpty();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_lock() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("head", null);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.lockedUntil("head", null)).isEmpty();
    }

    @Test
    void a_success_clears_the_count() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", null);
        }
        throttle.succeeded("admin");
        throttle.failed("admin", null);
        assertThat(throttle.lockedUntil("admin", null)).isEmpty();
    }

    @Test
    void an_address_with_many_failures_across_usernames_is_locked_even_for_a_fresh_username() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess" + i, "203.0.113.9");
        }
        assertThat(throttle.lockedUntil("someone-new", "203.0.113.9")).isPresent();
        assertThat(throttle.lockedUntil("someone-new", "203.0.113.10")).isEmpty();
    }
}
