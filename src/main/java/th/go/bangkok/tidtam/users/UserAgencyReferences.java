package th.go.bangkok.tidtam.users;

import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.agency.AgencyReferences;

@Component
class UserAgencyReferences implements AgencyReferences {

    private final AppUserRepository repository;

    UserAgencyReferences(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    public long countReferencing(long agencyId) {
        return repository.countByAgencyId(agencyId);
    }

    @Override
    public String inUseMessageKey() {
        return "agency.inUse.users";
    }
}
