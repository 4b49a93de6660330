package th.go.bangkok.tidtam.users;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.base.People;

/** {@link People} from the accounts: colleagues' names are shown to everyone signed in, as on the printed form. */
@Service
class PeopleDirectory implements People {

    private final AppUserRepository repository;

    PeopleDirectory(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> usernames) {
        var wanted = usernames.stream().filter(Objects::nonNull).filter(u -> !u.equals(SYSTEM)).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<String, String>();
        for (var row : repository.fullNames(wanted)) {
            names.put(row.username(), row.fullName());
        }
        return names;
    }
}
