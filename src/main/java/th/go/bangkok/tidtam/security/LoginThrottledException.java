package th.go.bangkok.tidtam.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins: the login page shows the lock message. */
public class LoginThrottledException extends LockedException {

    private final transient Instant until;

    public LoginThrottledException(Instant until) {
        super("sign-in locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
