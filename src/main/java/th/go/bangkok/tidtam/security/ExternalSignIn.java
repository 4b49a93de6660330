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
            refused.run();
            securityLog.warn("Sign-in refused (account disabled, {}): user={} address={}", method, who, address);
            announce(SignInEvent.Outcome.FAILED, who, address, "account disabled (" + method + ")");
            throw e;
        } catch (NoMappedGroupException e) {
            refused.run();
            securityLog.warn("Sign-in refused (no mapped group, {}): user={} groups={} address={}", method, who,
                    identity.groups(), address);
            announce(SignInEvent.Outcome.FAILED, who, address,
                    "no mapped group (" + method + "): " + identity.groups());
            throw e;
        } catch (BadCredentialsException e) {
            refused.run();
            securityLog.warn("Sign-in refused ({} name refused: {}): user={} address={}", method, e.getMessage(), who,
                    address);
            announce(SignInEvent.Outcome.FAILED, who, address, method + " name refused: " + e.getMessage());
            throw e;
        }
        securityLog.info("Sign-in succeeded ({}): user={} role={} address={}", method, user.getUsername(), user.role(),
                address);
        announce(SignInEvent.Outcome.SUCCEEDED, user.getUsername(), address, method);
        return user;
    }

    private void announce(SignInEvent.Outcome outcome, String who, String address, String detail) {
        events.publishEvent(new SignInEvent(outcome, who, address, detail));
    }
}
