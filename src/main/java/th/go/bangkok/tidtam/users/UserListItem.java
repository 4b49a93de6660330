package th.go.bangkok.tidtam.users;

import th.go.bangkok.tidtam.security.Role;

/** One row of the user list, read in a single query. */
public record UserListItem(long id, String username, String fullName, String position, String phone, Role role,
                           String agencyName, boolean enabled) {
}
