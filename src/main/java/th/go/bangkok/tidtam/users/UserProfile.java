package th.go.bangkok.tidtam.users;

import th.go.bangkok.tidtam.security.AccountSource;
import th.go.bangkok.tidtam.security.Role;

/**
 * The signed-in user as the header shows them; {@code source} says where their password is kept (a directory or
 * OpenID Connect account has none here to change).
 */
public record UserProfile(long id, String username, String fullName, String position, String phone, Role role,
                          String agencyPath, String language, AccountSource source) {

    /** The portal keeps this person's password, so they may change it here. */
    public boolean hasLocalPassword() {
        return source == AccountSource.LOCAL;
    }
}
