package th.go.bangkok.tidtam.security;

import java.util.List;

/**
 * Accounts the login page may name to a visitor, with their shared password: the demo's, in demo mode. Provided by
 * the demo feature, so security knows nothing of it; a production build without demo data has none.
 */
public interface SignInHint {

    String password();

    /** The usernames, in the order shown; each has the label key {@code login.demo.role.<username>}. */
    List<String> usernames();
}
