package th.go.bangkok.tidtam.security;

/** The sign-in page, and where sign-in sends a visitor back to with the reason shown (expired, locked …). */
public final class SecurityNavigation {

    public static final String LOGIN = "login";

    /** Where the button "sign in with your Bangkok account" goes: Spring's start of the OpenID Connect sign-in. */
    public static final String CITY_ACCOUNT = "oauth2/authorization/" + ProviderRegistration.ID;

    private SecurityNavigation() {
    }

    /** The sign-in page telling why the visitor is there (expired, locked …). */
    public static String login(String reason) {
        return LOGIN + "?" + reason;
    }
}
