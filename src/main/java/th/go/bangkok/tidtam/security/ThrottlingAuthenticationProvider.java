package th.go.bangkok.tidtam.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Username and password sign-in that refuses locked accounts and addresses before it checks the password, and
 * writes every outcome to the security log and announces it as a {@link SignInEvent} (the audit trail keeps it).
 * <p>
 * Every try is counted against the account the typed name resolves to (against the normalised name when it
 * resolves to none), so no spelling of a name has tries of its own. A disabled account answers a wrong password
 * like any other name and counts it; only the right password learns that the account is disabled. See
 * docs/decisions/0004-login-throttling.md and docs/decisions/0020-sign-in-identity-and-login-form.md.
 * <p>
 * A try is counted when its check is done, and a check can wait seconds at month's end ({@link PasswordChecks}), so
 * tries still being checked count against the limits too: an account with two failures left has at most two tries
 * in the air on this node, and one more is refused as busy ({@link SignInsBusyException}), not counted (decision 0032).
 * An address is held so only once it is watched (half its failures used, or its lock ended, within the window): an
 * office's address, shared by everyone there, may have more sign-ins waiting at a peak than the failures it has left.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Logger securityLog = LoggerFactory.getLogger("tidtam.security");

    private final UserDetailsService users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    /** Whether accounts with a password the portal keeps may sign in ({@code tidtam.auth.local.enabled}). */
    private final boolean localEnabled;
    /** The city's directory, when {@code tidtam.ldap.enabled}; null otherwise. */
    private final DirectorySignIn directory;
    private final ExternalSignIn directorySignIns;
    /** Checked against when the name finds no account, so that takes as long as a wrong password. */
    private final String unknownUserHash;
    private final TriesInFlight inFlight = new TriesInFlight();

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                     ApplicationEventPublisher events) {
        this(users, encoder, throttle, events, true, null, null);
    }

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                     ApplicationEventPublisher events, boolean localEnabled,
                                     DirectorySignIn directory, ExternalAccounts externalAccounts) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.events = events;
        this.localEnabled = localEnabled;
        this.directory = directory;
        this.directorySignIns = new ExternalSignIn(externalAccounts, events, "directory");
        this.unknownUserHash = encoder.encode("no-such-account-password");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var name = Usernames.normalise(authentication.getName());
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        var account = find(name);
        var key = account.map(a -> "account:" + (a instanceof TidtamUser u ? u.id() : a.getUsername()))
                .orElse("name:" + name);
        var who = account.map(UserDetails::getUsername).orElse(Usernames.forTheTrail(name));

        // in the air before the standing is read: a try that ends between the two is counted twice, never not at all
        var inAir = inFlight.enter(key, address);
        try {
            var standing = throttle.check(key, address);
            var locked = standing.lockedUntil();
            if (locked.isPresent()) {
                securityLog.warn("Sign-in refused, locked until {}: user={} address={}", locked.get(), who, address);
                announce(SignInEvent.Outcome.REFUSED_LOCKED, who, address, "locked until " + locked.get());
                throw new LoginThrottledException(locked.get());
            }
            if (!TriesInFlight.fits(inAir, standing)) {
                throw new SignInsBusyException("as many tries being checked as may still fail");
            }
            return checked(authentication, account, name, password, key, who, address);
        } catch (SignInsBusyException e) {
            securityLog.warn("Sign-in refused as busy ({}): user={} address={}", e.getMessage(), who, address);
            throw e;
        } finally {
            inFlight.exit(key, address);
        }
    }

    /** Tries being checked now on this node (for tests: none are left behind). */
    int triesInFlight() {
        return inFlight.size();
    }

    private Authentication checked(Authentication authentication, Optional<UserDetails> account, String name,
                                   String password, String key, String who, String address) {
        if (byDirectory(account)) {
            return fromDirectory(authentication, name, password, key, who, address);
        }
        if (!passwordMatches(account, password)) {
            throttle.failed(key, address);
            securityLog.warn("Sign-in failed (bad credentials): user={} address={}", who, address);
            announce(SignInEvent.Outcome.FAILED, who, address,
                    account.isPresent() ? "bad credentials" : "bad credentials (no such account)");
            throw new BadCredentialsException("bad credentials");
        }
        var user = account.get();
        if (!user.isEnabled() || !user.isAccountNonLocked() || !user.isAccountNonExpired()
                || !user.isCredentialsNonExpired()) {
            throttle.failed(key, address);
            securityLog.warn("Sign-in refused (account disabled): user={} address={}", who, address);
            announce(SignInEvent.Outcome.FAILED, who, address, "account disabled");
            throw new DisabledException("account disabled");
        }
        throttle.succeeded(key);
        securityLog.info("Sign-in succeeded: user={} address={}", who, address);
        announce(SignInEvent.Outcome.SUCCEEDED, who, address, null);
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /** The directory answers for names no local account has, and for the accounts it created. */
    private boolean byDirectory(Optional<UserDetails> account) {
        return directory != null && (account.isEmpty() || sourceOf(account.get()) == AccountSource.LDAP);
    }

    private static AccountSource sourceOf(UserDetails account) {
        return account instanceof TidtamUser u ? u.source() : AccountSource.LOCAL;
    }

    /**
     * A directory user: the password is the directory's; a wrong one is counted like a local one. The right one
     * creates or brings up to date their account (role and agency from their groups); a disabled account or one
     * without a mapped group is refused, audited and counted like a disabled local account.
     */
    private Authentication fromDirectory(Authentication authentication, String name, String password, String key,
                                         String who, String address) {
        var identity = directory.authenticate(name, password);
        if (identity.isEmpty()) {
            throttle.failed(key, address);
            securityLog.warn("Sign-in failed (bad credentials, directory): user={} address={}", who, address);
            announce(SignInEvent.Outcome.FAILED, who, address, "bad credentials (directory)");
            throw new BadCredentialsException("bad credentials");
        }
        var user = directorySignIns.signIn(identity.get(), address, () -> throttle.failed(key, address));
        throttle.succeeded(key);
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private void announce(SignInEvent.Outcome outcome, String who, String address, String detail) {
        events.publishEvent(new SignInEvent(outcome, who, address, detail));
    }

    private Optional<UserDetails> find(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(users.loadUserByUsername(name));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            // neither a right nor a wrong password: nothing can be checked (or counted, or audited) now (issue #21)
            securityLog.warn("Sign-in impossible, the database cannot be reached: user={} ({})", Usernames.forTheTrail(name),
                    e.getMessage());
            throw new org.springframework.security.authentication.AuthenticationServiceException(
                    "database unavailable", e);
        }
    }

    private boolean passwordMatches(Optional<UserDetails> account, String password) {
        // no account, local sign-in switched off, or an account whose password is kept elsewhere: as long as a
        // wrong password takes, and wrong
        if (account.isEmpty() || !localEnabled || sourceOf(account.get()) != AccountSource.LOCAL) {
            encoder.matches(password, unknownUserHash);
            return false;
        }
        return encoder.matches(password, account.get().getPassword());
    }

    /**
     * Tries being checked now on this node, per account key and per address. A try enters before its standing is
     * read and fits while the tries in the air, itself among them, are no more than the account may still fail, and
     * than the address may when it is watched ({@link LoginThrottle.Standing#addressWatched()}). A failure is written
     * before its try exits, so a try that ends meanwhile is counted twice at worst, never missed: per node, exact.
     */
    static final class TriesInFlight {
        private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();

        /** This try's account and address, with how many tries each has in the air now, this one too. */
        record InAir(int account, int address) {
        }

        synchronized InAir enter(String key, String address) {
            int account = counts.merge("account " + key, 1, Integer::sum);
            int place = address == null ? 0 : counts.merge("address " + address, 1, Integer::sum);
            return new InAir(account, place);
        }

        synchronized void exit(String key, String address) {
            counts.computeIfPresent("account " + key, (k, n) -> n == 1 ? null : n - 1);
            if (address != null) {
                counts.computeIfPresent("address " + address, (k, n) -> n == 1 ? null : n - 1);
            }
        }

        static boolean fits(InAir inAir, LoginThrottle.Standing standing) {
            return inAir.account() <= standing.accountTriesLeft()
                    && (!standing.addressWatched() || inAir.address() <= standing.addressTriesLeft());
        }

        synchronized int size() {
            return counts.size();
        }
    }
}
