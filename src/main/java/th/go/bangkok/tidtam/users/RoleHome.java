package th.go.bangkok.tidtam.users;

import th.go.bangkok.tidtam.security.Role;

/**
 * Where a role starts instead of the general home page, offered by the feature that owns that page (a head's
 * approvals, a coordinator's tracking): the home page forwards there without knowing those features.
 */
public interface RoleHome {

    Role role();

    /** The address, from the owning feature's {@code *Navigation}. */
    String address();
}
