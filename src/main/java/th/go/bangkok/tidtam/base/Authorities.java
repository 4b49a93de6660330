package th.go.bangkok.tidtam.base;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The authorities ({@code ROLE_…}) a sign-in holds, as names: the key of what a role may see, shared by all holders. */
public final class Authorities {

    private Authorities() {
    }

    /** The signed-in user's authorities, or none without a sign-in. */
    public static Set<String> of(Authentication authentication) {
        return authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }
}
