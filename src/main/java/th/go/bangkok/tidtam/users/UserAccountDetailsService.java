package th.go.bangkok.tidtam.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.security.TidtamUser;
import th.go.bangkok.tidtam.security.Usernames;

/**
 * Sign-in reads accounts from the database. A name finds the account whose name it is once both are normalised
 * ({@link Usernames}): the database's accent-insensitive comparison only narrows the search, so "öfficer" does not
 * find "officer" (docs/decisions/0020-sign-in-identity-and-login-form.md).
 */
@Component
class UserAccountDetailsService implements UserDetailsService {

    private final AppUserRepository repository;

    UserAccountDetailsService(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var name = Usernames.normalise(username);
        var user = repository.findByUsername(name).filter(found -> Usernames.same(found.getUsername(), name))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return account(user);
    }

    /** The account as Spring Security holds it (the sign-in form's lookup and a token's owner). */
    static TidtamUser account(AppUser user) {
        return new TidtamUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.isEnabled(),
                user.getRole(), user.getFullName(), user.getAgency() == null ? null : user.getAgency().getId(),
                user.getSource());
    }
}
