package th.go.bangkok.tidtam.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which ways in the sign-in page offers, as the configuration switches them (docs/decisions/0027): the name and
 * password form for local accounts and the directory, the button for the city's OpenID Connect provider.
 */
@Component
public class SignInMethods {

    private final boolean local;
    private final boolean directory;
    private final boolean cityAccount;

    public SignInMethods(@Value("${tidtam.auth.local.enabled:true}") boolean local,
                         @Value("${tidtam.ldap.enabled:false}") boolean directory,
                         @Value("${tidtam.oidc.enabled:false}") boolean cityAccount) {
        this.local = local;
        this.directory = directory;
        this.cityAccount = cityAccount;
    }

    /** Whether a name and password can sign anyone in: local accounts, or the directory's people. */
    public boolean passwordForm() {
        return local || directory || !cityAccount; // with nothing else switched on the form stays, as before
    }

    /** Whether the portal's own accounts sign in (said when the city's account system is down). */
    public boolean localAccounts() {
        return local;
    }

    /** Whether the button "sign in with your Bangkok account" is there. */
    public boolean cityAccount() {
        return cityAccount;
    }
}
