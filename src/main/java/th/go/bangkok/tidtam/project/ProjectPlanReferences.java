package th.go.bangkok.tidtam.project;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.strategy.PlanReferences;

/** A plan node that projects link to is retired, never deleted. */
@Component
class ProjectPlanReferences implements PlanReferences {

    private final EntityManager em;

    ProjectPlanReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public long countReferencing(long planNodeId) {
        return em.createQuery("select count(p) from Project p join p.planLinks l "
                        + "where l.planNodeId = :id or l.dimensionId = :id", Long.class)
                .setParameter("id", planNodeId).getSingleResult();
    }
}
