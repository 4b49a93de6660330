package th.go.bangkok.tidtam.project;

import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.agency.AgencyReferences;

/** An agency that projects belong to cannot be deleted. */
@Component
class ProjectAgencyReferences implements AgencyReferences {

    private final ProjectRepository repository;

    ProjectAgencyReferences(ProjectRepository repository) {
        this.repository = repository;
    }

    @Override
    public long countReferencing(long agencyId) {
        return repository.countByAgencyIdOrOfficeIdOrDivisionId(agencyId, agencyId, agencyId);
    }

    @Override
    public String inUseMessageKey() {
        return "agency.inUse.projects";
    }
}
