package th.go.bangkok.tidtam.security;

import java.util.Set;

/**
 * A person as a directory or an OpenID Connect provider vouched for them at sign-in: the normalised account name,
 * what the source says of them (name, e-mail, phone; any may be blank) and the groups they are in.
 */
public record ExternalIdentity(AccountSource source, String username, String fullName, String email, String phone,
                               Set<String> groups) {

    public ExternalIdentity {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
