package th.go.bangkok.tidtam.users;

import java.util.Optional;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.security.Role;

/**
 * Where an account sits, written once for the service that enforces it and the form that checks as the user types:
 * an officer in a division or group, a head in an office; coordinators and administrators anywhere or nowhere.
 */
public final class AgencyRule {

    private AgencyRule() {
    }

    /** The message key of the broken rule, or empty when an account of this role may sit at this level (null: none). */
    public static Optional<String> violation(Role role, AgencyLevel level) {
        return switch (role) {
            case OFFICER -> level == null || level == AgencyLevel.OFFICE
                    ? Optional.of("user.agency.officerNeedsUnit") : Optional.empty();
            case HEAD -> level != AgencyLevel.OFFICE ? Optional.of("user.agency.headNeedsOffice") : Optional.empty();
            case COORDINATOR, ADMIN -> Optional.empty(); // a home unit is kept only for the header
        };
    }
}
