package th.go.bangkok.tidtam.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security layer knows it; equal by username so the session registry finds them. Someone
 * signed in through the city's OpenID Connect provider is a {@link TidtamOidcUser}: the same user, who also carries
 * the provider's ID token (for signing out there too).
 */
public sealed class TidtamUser implements UserDetails, CredentialsContainer permits TidtamOidcUser {

    private final long id;
    private final String username;
    private String passwordHash;
    private final boolean enabled;
    private final Role role;
    private final String fullName;
    private final Long agencyId;
    private final AccountSource source;

    public TidtamUser(long id, String username, String passwordHash, boolean enabled, Role role, String fullName,
                      Long agencyId) {
        this(id, username, passwordHash, enabled, role, fullName, agencyId, AccountSource.LOCAL);
    }

    /** The same user, as {@link TidtamOidcUser} wraps it. */
    TidtamUser(TidtamUser user) {
        this(user.id, user.username, user.passwordHash, user.enabled, user.role, user.fullName, user.agencyId,
                user.source);
    }

    public TidtamUser(long id, String username, String passwordHash, boolean enabled, Role role, String fullName,
                      Long agencyId, AccountSource source) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.role = role;
        this.fullName = fullName;
        this.agencyId = agencyId;
        this.source = source;
    }

    /** Where the account's identity is kept: only a LOCAL account signs in with a password the portal keeps. */
    public AccountSource source() {
        return source;
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public String fullName() {
        return fullName;
    }

    /** The agency the user belongs to; null for coordinators and administrators. */
    public Long agencyId() {
        return agencyId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof TidtamUser that && Objects.equals(username, that.username);
    }

    @Override
    public final int hashCode() {
        return Objects.hashCode(username);
    }

    @Override
    public String toString() {
        return "TidtamUser[" + username + ", " + role + "]";
    }
}
