package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordChecksTest {

    private static final Duration LONG = Duration.ofSeconds(20);

    @Test
    void a_password_is_hashed_and_checked_as_the_plain_encoder_does_it() {
        var plain = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var checks = new PasswordChecks(plain, 1, 4, LONG);
        try {
            var hash = checks.encode("Tidtam-2569");
            assertThat(hash).startsWith("{bcrypt}$2a$10$");
            assertThat(checks.matches("Tidtam-2569", hash)).isTrue();
            assertThat(checks.matches("Tidtam-2568", hash)).isFalse();
            assertThat(plain.matches("Tidtam-2569", hash)).isTrue();
            assertThat(checks.matches("Tidtam-2569", plain.encode("Tidtam-2569"))).isTrue();
        } finally {
            checks.destroy();
        }
    }

    @Test
    void the_check_runs_on_a_checking_thread_of_the_lowest_priority_not_on_the_request_thread() {
        var seen = new CopyOnWriteArrayList<String>();
        var checks = new PasswordChecks(recording(seen), 1, 4, LONG);
        try {
            assertThat(checks.matches("x", "y")).isTrue();
            checks.encode("x");
        } finally {
            checks.destroy();
        }
        assertThat(seen).hasSize(2).allSatisfy(s -> {
            var thread = s.split(" ");
            assertThat(thread[0]).isEqualTo("password-check-1").isNotEqualTo(Thread.currentThread().getName());
            assertThat(Integer.parseInt(thread[1])).isEqualTo(PasswordChecks.NICENESS).isEqualTo(19);
        });
        assertThat(niceness(selfThreadId())).as("the caller's thread keeps its priority (the build's own)")
                .isEqualTo(niceness(ProcessHandle.current().pid()));
    }

    @Test
    void no_more_checks_run_at_once_than_there_are_checking_threads() throws Exception {
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var release = new CountDownLatch(1);
        var checks = new PasswordChecks(blocking(running, most, release), 2, 10, LONG);
        var callers = Executors.newFixedThreadPool(6);
        try {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 6; i++) {
                results.add(callers.submit(() -> checks.matches("x", "y")));
            }
            awaitWaiting(checks, 6);
            awaitUntil(() -> running.get() >= 2);
            Thread.sleep(100); // a third would have begun by now, were there a third thread
            release.countDown();
            for (var result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(most.get()).isEqualTo(2);
        } finally {
            callers.shutdownNow();
            checks.destroy();
        }
    }

    @Test
    void one_sign_in_more_than_may_wait_is_refused_at_once_and_the_next_after_them_is_checked() throws Exception {
        var running = new AtomicInteger();
        var release = new CountDownLatch(1);
        var checks = new PasswordChecks(blocking(running, new AtomicInteger(), release), 1, 3, LONG);
        var callers = Executors.newFixedThreadPool(3);
        try {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 3; i++) {
                results.add(callers.submit(() -> checks.matches("x", "y")));
            }
            awaitWaiting(checks, 3);
            assertThatThrownBy(() -> checks.matches("x", "y")).isInstanceOf(SignInsBusyException.class);
            release.countDown();
            for (var result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(checks.waiting()).isZero();
            assertThat(checks.matches("x", "y")).as("the places are free again").isTrue();
        } finally {
            callers.shutdownNow();
            checks.destroy();
        }
    }

    @Test
    void a_check_that_finds_no_core_in_time_is_given_up_as_busy_and_one_not_begun_never_begins() throws Exception {
        var calls = new AtomicInteger();
        var finished = new AtomicInteger();
        var release = new CountDownLatch(1);
        var checks = new PasswordChecks(new Fixed() {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                calls.incrementAndGet();
                try {
                    return release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    finished.incrementAndGet();
                }
            }
        }, 1, 5, Duration.ofSeconds(1));
        var callers = Executors.newFixedThreadPool(1);
        try {
            var first = callers.submit(() -> checks.matches("x", "y"));
            awaitUntil(() -> calls.get() >= 1);
            // the only thread is taken: these wait their second in the queue and are given up
            assertThatThrownBy(() -> checks.matches("x", "y")).isInstanceOf(SignInsBusyException.class);
            assertThatThrownBy(() -> checks.encode("new password")).isInstanceOf(SignInsBusyException.class);
            assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS))
                    .as("the first's second ran out too, though its check had begun")
                    .hasCauseInstanceOf(SignInsBusyException.class);
            assertThat(checks.waiting()).isZero();
            release.countDown();
            awaitUntil(() -> finished.get() >= 1);
            assertThat(finished.get()).isEqualTo(1);
            Thread.sleep(300); // the thread, running, would take a check still queued at once
            assertThat(calls.get()).as("the checks given up before they began never ran").isEqualTo(1);
        } finally {
            release.countDown();
            callers.shutdownNow();
            checks.destroy();
        }
    }

    @Test
    void stopping_cancels_the_checks_still_waiting_for_a_thread_so_nobody_waits_for_ever() throws Exception {
        var running = new AtomicInteger();
        var release = new CountDownLatch(1);
        var checks = new PasswordChecks(blocking(running, new AtomicInteger(), release), 1, 5, LONG);
        var callers = Executors.newFixedThreadPool(2);
        try {
            callers.submit(() -> checks.matches("x", "y"));
            awaitUntil(() -> running.get() >= 1);
            var queued = callers.submit(() -> checks.matches("x", "y"));
            awaitWaiting(checks, 2);
            checks.destroy();
            assertThatThrownBy(() -> queued.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(SignInsBusyException.class);
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void a_new_passwords_hash_is_never_refused() {
        var checks = new PasswordChecks(new Fixed() {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return true;
            }
        }, 1, 0, LONG);
        try {
            assertThatThrownBy(() -> checks.matches("x", "y")).isInstanceOf(SignInsBusyException.class);
            assertThat(checks.encode("a new password")).isEqualTo("hash");
        } finally {
            checks.destroy();
        }
    }

    @Test
    void a_failure_of_the_encoder_reaches_the_caller_as_it_was_and_frees_its_place() {
        var checks = new PasswordChecks(new Fixed() {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                throw new IllegalArgumentException("Encoded password does not look like BCrypt");
            }
        }, 1, 1, LONG);
        try {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> checks.matches("x", "not-a-hash"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Encoded password does not look like BCrypt");
            }
            assertThat(checks.waiting()).isZero();
        } finally {
            checks.destroy();
        }
    }

    @Test
    void the_sign_ins_that_may_wait_leave_the_request_threads_24_and_never_fewer_than_half() {
        assertThat(PasswordChecks.mostWaiting(128)).isEqualTo(104);
        assertThat(PasswordChecks.mostWaiting(200)).isEqualTo(176);
        assertThat(PasswordChecks.mostWaiting(24)).isEqualTo(12);
        assertThat(PasswordChecks.mostWaiting(30)).isEqualTo(15);
        assertThat(PasswordChecks.mostWaiting(1)).isEqualTo(1);
    }

    private static void awaitWaiting(PasswordChecks checks, int count) throws InterruptedException {
        awaitUntil(() -> checks.waiting() >= count);
        assertThat(checks.waiting()).isEqualTo(count);
    }

    /** Polls the condition for up to ten seconds; what follows asserts what it needs. */
    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
    }

    private static PasswordEncoder blocking(AtomicInteger running, AtomicInteger most, CountDownLatch release) {
        return new Fixed() {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    return release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    running.decrementAndGet();
                }
            }
        };
    }

    private static PasswordEncoder recording(List<String> seen) {
        return new Fixed() {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                seen.add(Thread.currentThread().getName() + " " + niceness(selfThreadId()));
                return true;
            }

            @Override
            public String encode(CharSequence raw) {
                seen.add(Thread.currentThread().getName() + " " + niceness(selfThreadId()));
                return "hash";
            }
        };
    }

    /** The thread's id as Linux knows it: the last entry of /proc/thread-self. */
    private static long selfThreadId() {
        try {
            return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Field 19 of the thread's stat line (after the command name in parentheses, field 17 from there). */
    private static int niceness(long threadId) {
        try {
            var stat = Files.readString(Path.of("/proc/self/task/" + threadId + "/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private abstract static class Fixed implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            return "hash";
        }
    }
}
