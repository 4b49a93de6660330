package th.go.bangkok.tidtam.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.security.TidtamUser;

/** Sign-in reads accounts from the database. */
@Component
class UserAccountDetailsService implements UserDetailsService {

    private final AppUserRepository repository;

    UserAccountDetailsService(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var user = repository.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new TidtamUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.isEnabled(),
                user.getRole(), user.getFullName(), user.getAgency() == null ? null : user.getAgency().getId());
    }
}
