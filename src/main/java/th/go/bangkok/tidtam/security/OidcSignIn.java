package th.go.bangkok.tidtam.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
    private final ExternalSignIn signIns;
    private final String groupsClaim;

    OidcSignIn(ExternalAccounts accounts, ApplicationEventPublisher events, String groupsClaim) {
        this(new OidcUserService(), accounts, events, groupsClaim);
    }

    OidcSignIn(OAuth2UserService<OidcUserRequest, OidcUser> provider, ExternalAccounts accounts,
               ApplicationEventPublisher events, String groupsClaim) {
        this.provider = provider;
        this.signIns = new ExternalSignIn(accounts, events, "oidc");
        this.groupsClaim = groupsClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var person = provider.loadUser(request); // the ID token checked, the user-info endpoint read
        var identity = identity(person, groupsClaim);
        TidtamUser user;
        try {
            user = signIns.signIn(identity, clientAddress(), () -> { });
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            securityLog.warn("Sign-in impossible, the database cannot be reached: user={} ({})",
                    Usernames.forTheTrail(identity.username()), e.getMessage());
            throw new AuthenticationServiceException("database unavailable", e);
        }
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

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
