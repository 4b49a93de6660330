package th.go.bangkok.tidtam.security;

import org.springframework.security.core.AuthenticationException;

/** The directory knows the person, but none of their groups gives a role in the portal: they are refused. */
public class NoMappedGroupException extends AuthenticationException {

    public NoMappedGroupException(String message) {
        super(message);
    }
}
