package th.go.bangkok.tidtam.users;

import th.go.bangkok.tidtam.security.Role;

/** The signed-in user as the header shows them. */
public record UserProfile(long id, String username, String fullName, String position, String phone, Role role,
                          String agencyPath, String language) {
}
