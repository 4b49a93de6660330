package th.go.bangkok.tidtam.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The city's account system (its directory, or its OpenID Connect provider) cannot be reached: nobody can be checked
 * there now. The sign-in page says so ({@code /login?directory-unavailable}); the portal's own accounts still sign in.
 */
public class CityAccountsUnavailableException extends AuthenticationServiceException {

    public CityAccountsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
