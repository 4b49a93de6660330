package th.go.bangkok.tidtam.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every open session of a user at once, e.g. when an administrator disables the account. */
@Component
public class SessionTerminator {

    private final SessionRegistry sessionRegistry;

    SessionTerminator(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    /** @return how many sessions were ended */
    public int endSessionsOf(String username) {
        int ended = 0;
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            if (principal instanceof TidtamUser user && user.getUsername().equalsIgnoreCase(username)) {
                for (var session : sessionRegistry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
