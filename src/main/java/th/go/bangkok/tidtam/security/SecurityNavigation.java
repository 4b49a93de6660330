package th.go.bangkok.tidtam.security;

/** The sign-in page, and where sign-in sends a visitor back to with the reason shown (expired, locked …). */
public final class SecurityNavigation {

    public static final String LOGIN = "login";

    private SecurityNavigation() {
    }

    /** The sign-in page telling why the visitor is there (expired, locked …). */
    public static String login(String reason) {
        return LOGIN + "?" + reason;
    }
}
