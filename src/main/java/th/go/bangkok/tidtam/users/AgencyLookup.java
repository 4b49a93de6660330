package th.go.bangkok.tidtam.users;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.agency.Agency;
import th.go.bangkok.tidtam.base.NotFoundException;

/** Resolves an agency id to the entity a user row points at, inside the caller's transaction. */
@Component
class AgencyLookup {

    private final EntityManager entityManager;

    AgencyLookup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Agency require(long id) {
        var agency = entityManager.find(Agency.class, id);
        if (agency == null) {
            throw new NotFoundException("Agency", id);
        }
        return agency;
    }
}
