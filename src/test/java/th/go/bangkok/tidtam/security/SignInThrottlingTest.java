package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditFilter;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.users.UserData;
import th.go.bangkok.tidtam.users.UserService;

/** The real sign-in provider on the real database: throttling, disabled accounts, the security audit. */
@IntegrationTest
class SignInThrottlingTest {

    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void five_wrong_passwords_lock_the_username_so_even_the_right_password_is_refused() {
        var username = newUser("Correct-pass-2569");
        var address = "10.9.8." + (int) (Math.random() * 200);
        for (int i = 1; i <= 5; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong-password-1", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(username, "Correct-pass-2569", address))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> attempt(username.toUpperCase(), "Correct-pass-2569", "10.1.1.1"))
                .as("the lock is on the username, whatever the address or letter case")
                .isInstanceOf(LoginThrottledException.class);

        var trail = testUsers.as(TestUsers.ADMIN, () -> audit.find(
                new AuditFilter(username, "Session", null, null, null), PageRequest.of(0, 20)));
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.LOGIN_FAILURE).hasSize(5);
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.LOGIN_LOCKED).isNotEmpty();
        assertThat(trail).allSatisfy(e -> assertThat(e.getClientAddress()).isNotBlank());
    }

    @Test
    void a_successful_sign_in_is_audited_and_clears_earlier_failures() {
        var username = newUser("Correct-pass-2569");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(username, "nope-nope-123", "10.2.2.2")).isInstanceOf(BadCredentialsException.class);
        }
        var result = attempt(username, "Correct-pass-2569", "10.2.2.2");
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal()).isInstanceOf(TidtamUser.class);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(username, "nope-nope-123", "10.2.2.3")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt(username, "Correct-pass-2569", "10.2.2.3").isAuthenticated()).isTrue();
        var trail = testUsers.as(TestUsers.ADMIN, () -> audit.find(
                new AuditFilter(username, "Session", null, null, null), PageRequest.of(0, 20)));
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.LOGIN_SUCCESS).hasSize(2);
    }

    @Test
    void a_disabled_account_cannot_sign_in() {
        var username = newUser("Correct-pass-2569");
        testUsers.as(TestUsers.ADMIN, () -> {
            var id = users.find(new th.go.bangkok.tidtam.users.UserFilter(username, null, null), PageRequest.of(0, 1))
                    .getFirst().id();
            users.setEnabled(id, false);
        });
        assertThatThrownBy(() -> attempt(username, "Correct-pass-2569", "10.3.3.3")).isInstanceOf(DisabledException.class);
    }

    @Test
    void sign_ins_refused_because_too_many_wait_for_their_check_are_not_counted_against_the_account() {
        assertThat(encoder).as("the portal's encoder checks on its low-priority threads").isInstanceOf(PasswordChecks.class);
        var username = newUser("Correct-pass-2569");
        var noPlaceLeft = new PasswordChecks(org.springframework.security.crypto.factory.PasswordEncoderFactories
                .createDelegatingPasswordEncoder(), 1, 0, java.time.Duration.ofSeconds(30));
        try {
            var busy = new ThrottlingAuthenticationProvider(accounts, noPlaceLeft, throttle, events);
            for (int i = 1; i <= 6; i++) {
                var token = UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-password-" + i);
                token.setDetails(new WebAuthenticationDetails("10.4.4.4", null));
                assertThatThrownBy(() -> busy.authenticate(token))
                        .isInstanceOfSatisfying(SignInsBusyException.class,
                                e -> assertThat(SecurityConfig.reason(e, false)).isEqualTo("busy"));
            }
        } finally {
            noPlaceLeft.destroy();
        }
        assertThat(attempt(username, "Correct-pass-2569", "10.4.4.4").isAuthenticated())
                .as("six refusals, more than lock an account after wrong passwords, locked nothing").isTrue();
    }

    @Test
    void tries_still_being_checked_count_against_the_limit_so_a_burst_cannot_pass_it() throws Exception {
        var username = newUser("Correct-pass-2569");
        var plain = org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var begun = new java.util.concurrent.atomic.AtomicInteger();
        var release = new java.util.concurrent.CountDownLatch(1);
        var slow = new org.springframework.security.crypto.password.PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return plain.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                begun.incrementAndGet();
                try {
                    release.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return plain.matches(raw, encoded);
            }
        };
        var checks = new PasswordChecks(slow, 8, 100, java.time.Duration.ofSeconds(30));
        var callers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var provider = new ThrottlingAuthenticationProvider(accounts, checks, throttle, events);
            var tries = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 8; i++) {
                var password = "wrong-password-" + i;
                tries.add(callers.submit(() -> {
                    var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
                    token.setDetails(new WebAuthenticationDetails("10.5.5.5", null));
                    return provider.authenticate(token);
                }));
            }
            // the account may fail five times: five tries get to their check, the other three are refused at once
            var refused = 0;
            for (int i = 0; i < 1000 && (begun.get() < 5 || refused < 3); i++) {
                Thread.sleep(10);
                refused = (int) tries.stream().filter(java.util.concurrent.Future::isDone).count();
            }
            assertThat(begun.get()).isEqualTo(5);
            assertThat(refused).isEqualTo(3);
            release.countDown();
            var outcomes = new java.util.ArrayList<Class<?>>();
            for (var one : tries) {
                try {
                    one.get(20, java.util.concurrent.TimeUnit.SECONDS);
                    outcomes.add(Void.class);
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause().getClass());
                }
            }
            assertThat(outcomes).containsOnly(BadCredentialsException.class, SignInsBusyException.class);
            assertThat(outcomes).filteredOn(c -> c == BadCredentialsException.class).hasSize(5);
            assertThat(provider.triesInFlight()).as("every try, checked or refused, left the air").isZero();
        } finally {
            release.countDown();
            callers.shutdownNow();
            checks.destroy();
        }
        assertThatThrownBy(() -> attempt(username, "Correct-pass-2569", "10.5.5.6"))
                .as("the five wrong passwords locked the account, the three refused added nothing")
                .isInstanceOf(LoginThrottledException.class);
    }

    private org.springframework.security.core.Authentication attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return signIn.authenticate(token);
    }

    private String newUser(String password) {
        var username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.as(TestUsers.ADMIN, () -> users.create(new UserData(username, "ผู้ทดสอบล็อก", null, null, null,
                Role.COORDINATOR, null, true, 0), password));
        return username;
    }
}
