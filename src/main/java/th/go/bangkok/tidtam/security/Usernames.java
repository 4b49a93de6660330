package th.go.bangkok.tidtam.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import th.go.bangkok.tidtam.base.Limits;

/**
 * One name, one spelling: what a typed username becomes before it is stored or looked up (Unicode NFKC, no
 * surrounding spaces, lower case), and which names an account may have. The database compares names accent- and
 * case-blind, so sign-in compares the normalised names itself. See docs/decisions/0020-sign-in-identity-and-login-form.md.
 */
public final class Usernames {

    /** What a normalised account name may contain. */
    public static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]+");

    private Usernames() {
    }

    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** A typed name that is no account's goes to the trail as typed, cut to the length of an account name. */
    public static String forTheTrail(String name) {
        return name.length() > Limits.USERNAME ? name.substring(0, Limits.USERNAME) : name;
    }

    /** Whether two names are the same account name, however each was typed. */
    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
