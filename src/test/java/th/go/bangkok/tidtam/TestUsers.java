package th.go.bangkok.tidtam;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs test code as a real account (loaded like sign-in does), or as nobody. */
@Component
public class TestUsers {

    /** The demo accounts, one per role, plus a second officer in another office. */
    public static final String OFFICER = "officer";
    public static final String OFFICER_OTHER_OFFICE = "officer2";
    public static final String HEAD = "head";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";
    public static final String ANONYMOUS = "anonymous";

    private final UserDetailsService users;

    TestUsers(UserDetailsService users) {
        this.users = users;
    }

    public void signIn(String username) {
        var context = SecurityContextHolder.createEmptyContext();
        if (!ANONYMOUS.equals(username)) {
            var details = users.loadUserByUsername(username);
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
    }

    public <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            signIn(username);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
