package th.go.bangkok.tidtam.users;

/** The signed-in user's own pages: their personal access tokens of the read API. */
public final class UserNavigation {

    public static final String TOKENS = "tokens";

    private UserNavigation() {
    }

    /** /tokens: the user's personal access tokens. */
    public static String tokens() {
        return TOKENS;
    }
}
