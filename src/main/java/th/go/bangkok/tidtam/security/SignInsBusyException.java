package th.go.bangkok.tidtam.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * More sign-ins are waiting for their password check than the portal lets wait at once ({@link PasswordChecks}): this
 * one is neither right nor wrong, and not counted against the account. The sign-in page says to try again in a moment
 * ({@code /login?busy}).
 */
public class SignInsBusyException extends AuthenticationServiceException {

    public SignInsBusyException(String message) {
        super(message);
    }
}
