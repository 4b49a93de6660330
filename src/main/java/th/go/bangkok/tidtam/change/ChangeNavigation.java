package th.go.bangkok.tidtam.change;

import java.util.Map;
import th.go.bangkok.tidtam.base.Navigation;

/** The addresses of change requests: the heads' approvals page, with one request open. */
public final class ChangeNavigation {

    public static final String APPROVALS = "approvals";

    private ChangeNavigation() {
    }

    public static String request(long id) {
        return Navigation.address(APPROVALS, Map.of("request", id));
    }
}
