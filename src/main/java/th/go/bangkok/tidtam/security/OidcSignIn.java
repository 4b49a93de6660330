package th.go.bangkok.tidtam.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import th.go.bangkok.tidtam.base.Limits;

/**
 * A person the city's OpenID Connect provider vouched for becomes the portal's user: their claims
 * ({@code preferred_username}, else {@code sub}; {@code name}, {@code email}, {@code phone_number} and the groups claim)
 * make an {@link ExternalIdentity} of source OIDC, which {@link ExternalAccounts} turns into an account as it does a
 * directory person's (role and agency from the group mapping). Every outcome is a {@link SignInEvent}, as at the
 * password door. No throttling: the portal sees no password here, the provider does. See
 * docs/decisions/0027-directory-and-oidc-sign-in.md.
 */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger securityLog = LoggerFactory.getLogger("tidtam.security");

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final ExternalAccounts accounts;
    private final ApplicationEventPublisher events;
    private final String groupsClaim;

    OidcSignIn(ExternalAccounts accounts, ApplicationEventPublisher events, String groupsClaim) {
        this(new OidcUserService(), accounts, events, groupsClaim);
    }

    OidcSignIn(OAuth2UserService<OidcUserRequest, OidcUser> provider, ExternalAccounts accounts,
               ApplicationEventPublisher events, String groupsClaim) {
        this.provider = provider;
        this.accounts = accounts;
        this.events = events;
        this.groupsClaim = groupsClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var person = provider.loadUser(request); // the ID token checked, the user-info endpoint read
        var identity = identity(person, groupsClaim);
        var who = shortened(identity.username());
        var address = clientAddress();
        TidtamUser user;
        try {
            user = accounts.signIn(identity);
        } catch (DisabledException e) {
            securityLog.warn("Sign-in refused (account disabled, oidc): user={} address={}", who, address);
            announce(SignInEvent.Outcome.FAILED, who, address, "account disabled (oidc)");
            throw e;
        } catch (NoMappedGroupException e) {
            securityLog.warn("Sign-in refused (no mapped group, oidc): user={} groups={} address={}", who,
                    identity.groups(), address);
            announce(SignInEvent.Outcome.FAILED, who, address, "no mapped group (oidc): " + identity.groups());
            throw e;
        } catch (BadCredentialsException e) {
            announce(SignInEvent.Outcome.FAILED, who, address, "oidc name refused: " + e.getMessage());
            throw e;
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            securityLog.warn("Sign-in impossible, the database cannot be reached: user={} ({})", who, e.getMessage());
            throw new AuthenticationServiceException("database unavailable", e);
        }
        securityLog.info("Sign-in succeeded (oidc): user={} role={} address={}", user.getUsername(), user.role(),
                address);
        announce(SignInEvent.Outcome.SUCCEEDED, user.getUsername(), address, "oidc");
        return new TidtamOidcUser(user, person);
    }

    /** What the provider says of the person, as the provisioning reads it. */
    static ExternalIdentity identity(OidcUser person, String groupsClaim) {
        var name = person.getPreferredUsername();
        if (name == null || name.isBlank()) {
            name = person.getSubject();
        }
        return new ExternalIdentity(AccountSource.OIDC, Usernames.normalise(name),
                person.getClaimAsString(StandardClaimNames.NAME), person.getEmail(), person.getPhoneNumber(),
                groups(person.getClaims().get(groupsClaim)));
    }

    /** A list of names, or one name; anything else is no group. */
    private static Set<String> groups(Object claim) {
        var groups = new LinkedHashSet<String>();
        if (claim instanceof Collection<?> names) {
            names.stream().filter(java.util.Objects::nonNull).map(Object::toString).filter(n -> !n.isBlank())
                    .forEach(groups::add);
        } else if (claim instanceof String one && !one.isBlank()) {
            groups.add(one);
        }
        return groups;
    }

    private void announce(SignInEvent.Outcome outcome, String who, String address, String detail) {
        events.publishEvent(new SignInEvent(outcome, who, address, detail));
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    private static String shortened(String name) {
        return name.length() > Limits.USERNAME ? name.substring(0, Limits.USERNAME) : name;
    }
}
