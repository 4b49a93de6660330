package th.go.bangkok.tidtam.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses an account (or a client address) for a while after too many failed sign-ins in a window. The caller
 * names the account by a key of its own (the sign-in provider: the account a typed name resolves to, see
 * docs/decisions/0020-sign-in-identity-and-login-form.md). Kept in memory: see docs/decisions/0004-login-throttling.md.
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Duration lockout;
    private final Map<String, Attempts> byAccount = new ConcurrentHashMap<>();
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

    /** When the account or the address is locked, the instant the lock ends. */
    public Optional<Instant> lockedUntil(String account, String address) {
        var now = clock.instant();
        var userLock = lock(byAccount.get(key(account)), now);
        var addressLock = address == null ? Optional.<Instant>empty() : lock(byAddress.get(address), now);
        if (userLock.isPresent() && addressLock.isPresent()) {
            return userLock.get().isAfter(addressLock.get()) ? userLock : addressLock;
        }
        return userLock.isPresent() ? userLock : addressLock;
    }

    public void failed(String account, String address) {
        var now = clock.instant();
        byAccount.computeIfAbsent(key(account), k -> new Attempts()).fail(now, window, lockout, maxFailures);
        if (address != null) {
            byAddress.computeIfAbsent(address, k -> new Attempts()).fail(now, window, lockout, maxFailuresPerAddress);
        }
    }

    public void succeeded(String account) {
        byAccount.remove(key(account));
    }

    private static Optional<Instant> lock(Attempts attempts, Instant now) {
        return attempts == null ? Optional.empty() : attempts.lockedUntil(now);
    }

    /** A key is a name as well (a typed one, when it is no account's): one per name, however it is typed. */
    private static String key(String account) {
        return Usernames.normalise(account);
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
