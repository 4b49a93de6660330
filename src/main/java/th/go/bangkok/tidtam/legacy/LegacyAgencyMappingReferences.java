package th.go.bangkok.tidtam.legacy;

import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.agency.AgencyReferences;

/** An agency that remembered mappings point at is not deleted under them; the administrator forgets them first. */
@Component
class LegacyAgencyMappingReferences implements AgencyReferences {

    private final LegacyAgencyMappingRepository repository;

    LegacyAgencyMappingReferences(LegacyAgencyMappingRepository repository) {
        this.repository = repository;
    }

    @Override
    public long countReferencing(long agencyId) {
        return repository.countByAgencyId(agencyId);
    }

    @Override
    public String inUseMessageKey() {
        return "legacy.mapping.agencyInUse";
    }
}
