package th.go.bangkok.tidtam.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;

/**
 * A person the city vouches for signing in (the directory checked their password, or the OpenID Connect provider who
 * they are): {@link ExternalAccounts} makes or updates their account, or refuses it (disabled, no mapped group, a name
 * that is a local account's). Every outcome goes to the security log and is announced as a {@link SignInEvent} (the
 * audit trail keeps it), worded the same for both ways in but for the way's name.
 */
final class ExternalSignIn {

    private static final Logger securityLog = LoggerFactory.getLogger("tidtam.security");

    private final ExternalAccounts accounts;
    private final ApplicationEventPublisher events;
    private final String method;

    /** {@code method} names the way in, in the log and the trail ({@code directory}, {@code oidc}). */
    ExternalSignIn(ExternalAccounts accounts, ApplicationEventPublisher events, String method) {
        this.accounts = accounts;
        this.events = events;
        this.method = method;
    }

    /**
     * The person's account. A refusal first runs {@code refused} (the directory counts it as a failed try, as a wrong
     * password), is logged and announced, and is thrown as {@link ExternalAccounts} threw it.
     */
    TidtamUser signIn(ExternalIdentity identity, String address, Runnable refused) {
        var who = Usernames.forTheTrail(identity.username());
        TidtamUser user;
        try {
            user = accounts.signIn(identity);
        } catch (DisabledException e) {
            throw refused(e, refused, who, address, "account disabled", "account disabled (" + method + ")");
        } catch (NoMappedGroupException e) {
            throw refused(e, refused, who, address, "no mapped group " + identity.groups(),
                    "no mapped group (" + method + "): " + identity.groups());
        } catch (BadCredentialsException e) {
            throw refused(e, refused, who, address, "name refused: " + e.getMessage(),
                    method + " name refused: " + e.getMessage());
        }
        securityLog.info("Sign-in succeeded ({}): user={} role={} address={}", method, user.getUsername(), user.role(),
                address);
        announce(SignInEvent.Outcome.SUCCEEDED, user.getUsername(), address, method);
        return user;
    }

    /** Counts, logs ({@code cause}) and announces ({@code detail}, the trail's) a refusal; answers it, to throw. */
    private <E extends RuntimeException> E refused(E refusal, Runnable count, String who, String address,
                                                   String cause, String detail) {
        count.run();
        securityLog.warn("Sign-in refused ({}, {}): user={} address={}", cause, method, who, address);
        announce(SignInEvent.Outcome.FAILED, who, address, detail);
        return refusal;
    }

    private void announce(SignInEvent.Outcome outcome, String who, String address, String detail) {
        events.publishEvent(new SignInEvent(outcome, who, address, detail));
    }
}
