package th.go.bangkok.tidtam.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, for services that check ownership. */
@Component
public class CurrentUser {

    public Optional<TidtamUser> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TidtamUser user ? Optional.of(user) : Optional.empty();
    }

    /** @throws AccessDeniedException when nobody is signed in */
    public TidtamUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
