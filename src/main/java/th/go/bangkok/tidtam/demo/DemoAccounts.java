package th.go.bangkok.tidtam.demo;

import java.util.List;

/** The demo accounts the login page lists in demo mode. */
public final class DemoAccounts {

    public static final String PASSWORD = "Tidtam-2569";

    /** username and the i18n key of its role. */
    public static final List<String> USERNAMES = List.of("officer", "officer2", "head", "coordinator", "admin");

    private DemoAccounts() {
    }
}
