package th.go.bangkok.tidtam.users;

import th.go.bangkok.tidtam.security.Role;

/** One row of the group mapping as the administrator sees it. */
public record GroupMappingView(long id, String externalGroup, Role role, Long agencyId, String agencyName) {
}
