package th.go.bangkok.tidtam.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses a username (or a client address) for a while after too many failed sign-ins in a window.
 * Kept in memory: see docs/decisions/0004-login-throttling.md.
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Duration lockout;
    private final Map<String, Attempts> byUsername = new ConcurrentHashMap<>();
    private final Map<String, Attempts> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock,
                         @Value("${tidtam.login.max-failures:5}") int maxFailures,
                         @Value("${tidtam.login.max-failures-per-address:20}") int maxFailuresPerAddress,
                         @Value("${tidtam.login.window:15m}") Duration window,
                         @Value("${tidtam.login.lockout:15m}") Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.lockout = lockout;
    }

    /** When the username or the address is locked, the instant the lock ends. */
    public Optional<Instant> lockedUntil(String username, String address) {
        var now = clock.instant();
        var userLock = lock(byUsername.get(key(username)), now);
        var addressLock = address == null ? Optional.<Instant>empty() : lock(byAddress.get(address), now);
        if (userLock.isPresent() && addressLock.isPresent()) {
            return userLock.get().isAfter(addressLock.get()) ? userLock : addressLock;
        }
        return userLock.isPresent() ? userLock : addressLock;
    }

    public void failed(String username, String address) {
        var now = clock.instant();
        byUsername.computeIfAbsent(key(username), k -> new Attempts()).fail(now, window, lockout, maxFailures);
        if (address != null) {
            byAddress.computeIfAbsent(address, k -> new Attempts()).fail(now, window, lockout, maxFailuresPerAddress);
        }
    }

    public void succeeded(String username) {
        byUsername.remove(key(username));
    }

    private static Optional<Instant> lock(Attempts attempts, Instant now) {
        return attempts == null ? Optional.empty() : attempts.lockedUntil(now);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        synchronized void fail(Instant now, Duration window, Duration lockout, int max) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
                failures.removeFirst();
            }
            failures.addLast(now);
            if (failures.size() >= max) {
                lockedUntil = now.plus(lockout);
                failures.clear();
            }
        }

        synchronized Optional<Instant> lockedUntil(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
        }
    }
}
