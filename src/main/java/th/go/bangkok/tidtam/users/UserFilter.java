package th.go.bangkok.tidtam.users;

import th.go.bangkok.tidtam.security.Role;

/** Free text matches username or full name; null role or enabled means any. */
public record UserFilter(String text, Role role, Boolean enabled) {

    public static UserFilter none() {
        return new UserFilter(null, null, null);
    }
}
