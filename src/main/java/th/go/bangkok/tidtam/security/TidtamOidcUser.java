package th.go.bangkok.tidtam.security;

import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through the city's OpenID Connect provider: our {@link TidtamUser} (so {@link CurrentUser}, method
 * security, the audit trail and {@link SessionTerminator} see them as any other user), who also answers as Spring's
 * {@link OidcUser}, so that signing out can end the provider's session with their ID token. Its name is the account
 * name, not the provider's subject. See docs/decisions/0027-directory-and-oidc-sign-in.md.
 */
public final class TidtamOidcUser extends TidtamUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    TidtamOidcUser(TidtamUser user, OidcUser person) {
        super(user);
        this.idToken = person.getIdToken();
        this.userInfo = person.getUserInfo();
        this.claims = Map.copyOf(person.getClaims());
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
