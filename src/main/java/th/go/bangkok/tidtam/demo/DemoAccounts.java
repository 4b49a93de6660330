package th.go.bangkok.tidtam.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.security.SignInHint;

/** The demo accounts the login page lists in demo mode. */
@Component
public final class DemoAccounts implements SignInHint {

    public static final String PASSWORD = "Tidtam-2569";

    /** username and the i18n key of its role. */
    public static final List<String> USERNAMES = List.of("officer", "officer2", "head", "coordinator", "admin");

    @Override
    public String password() {
        return PASSWORD;
    }

    @Override
    public List<String> usernames() {
        return USERNAMES;
    }
}
