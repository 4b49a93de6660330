package th.go.bangkok.tidtam.security;

/** The sign-in page and the portal's home (which forwards each role to where its work waits). */
public final class SecurityNavigation {

    public static final String LOGIN = "login";
    public static final String HOME = "";

    private SecurityNavigation() {
    }

    /** The sign-in page telling why the visitor is there (expired, locked …). */
    public static String login(String reason) {
        return LOGIN + "?" + reason;
    }
}
