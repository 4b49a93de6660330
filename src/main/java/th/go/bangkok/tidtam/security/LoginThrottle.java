package th.go.bangkok.tidtam.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refuses an account (or a client address) for a while after too many failed sign-ins in a window. The caller
 * names the account by a key of its own (the sign-in provider: the account a typed name resolves to, see
 * docs/decisions/0020-sign-in-identity-and-login-form.md). The counts live in the table {@code login_throttle}, so a
 * lock made on one application node holds on every node (docs/decisions/0004-login-throttling.md and
 * 0025-several-nodes.md); a failure takes its row's lock, so two nodes counting at once do not lose one.
 */
@Component
public class LoginThrottle {

    private static final String ACCOUNT = "ACCOUNT";
    private static final String ADDRESS = "ADDRESS";
    /** The column's width: a longer typed name counts by its beginning. */
    private static final int MAX_KEY = 320;

    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Duration lockout;

    public LoginThrottle(Clock clock, JdbcTemplate jdbc, TransactionTemplate transactions,
                         @Value("${tidtam.login.max-failures:5}") int maxFailures,
                         @Value("${tidtam.login.max-failures-per-address:20}") int maxFailuresPerAddress,
                         @Value("${tidtam.login.window:15m}") Duration window,
                         @Value("${tidtam.login.lockout:15m}") Duration lockout) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.lockout = lockout;
    }

    /** When the account or the address is locked, the instant the lock ends. */
    public Optional<Instant> lockedUntil(String account, String address) {
        return check(account, address).lockedUntil();
    }

    /**
     * Where the account and the address stand: locked until when (the later lock of the two), and else how many
     * failures each may still have before its lock ({@link Integer#MAX_VALUE} for no address).
     */
    public Standing check(String account, String address) {
        var now = clock.instant();
        var user = row(ACCOUNT, key(account), now, maxFailures);
        var place = address == null ? new Row(Optional.empty(), Integer.MAX_VALUE, false)
                : row(ADDRESS, address, now, maxFailuresPerAddress);
        var userLock = user.lockedUntil();
        var addressLock = place.lockedUntil();
        Optional<Instant> lock;
        if (userLock.isPresent() && addressLock.isPresent()) {
            lock = userLock.get().isAfter(addressLock.get()) ? userLock : addressLock;
        } else {
            lock = userLock.isPresent() ? userLock : addressLock;
        }
        return new Standing(lock, user.left(), place.left(), place.watched());
    }

    /**
     * An account's and an address's standing before a try (see {@link #check}). {@code addressWatched}: the address
     * has used half its failures within the window, or its lock ended within the window; until then an office's
     * address, shared by everyone there, is not held to what it may still fail while its sign-ins wait (decision 0032).
     */
    public record Standing(Optional<Instant> lockedUntil, int accountTriesLeft, int addressTriesLeft,
                           boolean addressWatched) {
    }

    private record Row(Optional<Instant> lockedUntil, int left, boolean watched) {
    }

    public void failed(String account, String address) {
        var now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            fail(ACCOUNT, key(account), now, maxFailures);
            if (address != null) {
                fail(ADDRESS, address, now, maxFailuresPerAddress);
            }
        });
        // rows of names nobody has typed wrong for a while (the lock over, the failures out of the window)
        jdbc.update("DELETE FROM login_throttle WHERE updated_at < ?",
                now.minus(window.compareTo(lockout) > 0 ? window : lockout).toEpochMilli());
    }

    public void succeeded(String account) {
        jdbc.update("DELETE FROM login_throttle WHERE scope = ? AND name_key = ?", ACCOUNT, key(account));
    }

    private Row row(String scope, String name, Instant now, int max) {
        var rows = jdbc.query("SELECT locked_until, failures FROM login_throttle WHERE scope = ? AND name_key = ?",
                (rs, i) -> new Object[] {rs.getObject(1, Long.class), rs.getString(2)}, scope, name);
        if (rows.isEmpty()) {
            return new Row(Optional.empty(), max, false);
        }
        var until = (Long) rows.getFirst()[0];
        var lock = until == null || until <= now.toEpochMilli()
                ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(until));
        var failures = recent((String) rows.getFirst()[1], now).size();
        var lockedLately = until != null && until >= now.minus(window).toEpochMilli();
        return new Row(lock, Math.max(0, max - failures), lockedLately || 2 * failures >= max);
    }

    /** The failures of a row's list that are within the window. */
    private List<Instant> recent(String stored, Instant now) {
        var failures = new ArrayList<Instant>();
        if (stored != null && !stored.isEmpty()) {
            Arrays.stream(stored.split(",")).map(s -> Instant.ofEpochMilli(Long.parseLong(s)))
                    .filter(at -> !at.isBefore(now.minus(window))).forEach(failures::add);
        }
        return failures;
    }

    /** The failures within the window, and a lock when they reach the limit (which starts the count again). */
    private void fail(String scope, String name, Instant now, int max) {
        // the row's write lock at once (not INSERT IGNORE's shared one, which two failures at the same moment would
        // both hold and then both want to raise: a deadlock, and a failure lost); rows locked account first, then address
        jdbc.update("INSERT INTO login_throttle (scope, name_key, failures, updated_at) VALUES (?, ?, '', ?) "
                + "ON DUPLICATE KEY UPDATE name_key = name_key", scope, name, now.toEpochMilli());
        var stored = jdbc.queryForObject(
                "SELECT failures FROM login_throttle WHERE scope = ? AND name_key = ? FOR UPDATE",
                String.class, scope, name);
        var failures = recent(stored, now);
        failures.add(now);
        if (failures.size() >= max) {
            jdbc.update("UPDATE login_throttle SET failures = '', locked_until = ?, updated_at = ? "
                    + "WHERE scope = ? AND name_key = ?", now.plus(lockout).toEpochMilli(), now.toEpochMilli(),
                    scope, name);
        } else {
            jdbc.update("UPDATE login_throttle SET failures = ?, updated_at = ? WHERE scope = ? AND name_key = ?",
                    joined(failures), now.toEpochMilli(), scope, name);
        }
    }

    private static String joined(List<Instant> failures) {
        return failures.stream().map(at -> Long.toString(at.toEpochMilli())).collect(Collectors.joining(","));
    }

    /** A key is a name as well (a typed one, when it is no account's): one per name, however it is typed. */
    private static String key(String account) {
        var key = Usernames.normalise(account);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
