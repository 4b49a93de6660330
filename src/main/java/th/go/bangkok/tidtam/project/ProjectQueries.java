package th.go.bangkok.tidtam.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.security.TidtamUser;

/**
 * The project list's queries: one statement for a page (with the agency's name joined), one for the count.
 * The user's scope is part of the WHERE clause, never a filter applied afterwards. Every filter has an index.
 */
@Component
class ProjectQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "name", "name", "fiscalYear", "fiscalYear", "status", "status", "budget", "budget");

    private static final java.util.regex.Pattern CODE_PREFIX = java.util.regex.Pattern.compile("\\d{4,8}(-\\d{0,4})?");

    private final EntityManager em;

    ProjectQueries(EntityManager em) {
        this.em = em;
    }

    List<ProjectListItem> page(TidtamUser user, ProjectFilter filter, Pageable pageable) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(ProjectListItem.class);
        var p = query.from(Project.class);
        // a left join (agency_id is never null) keeps project as the driving table, so its indexes serve the order
        var agency = p.join("agency", JoinType.LEFT);
        Expression<Integer> mine = cb.<Integer>selectCase()
                .when(cb.equal(p.get("owner").get("id"), user.id()), 1).otherwise(0);
        query.select(cb.construct(ProjectListItem.class, p.get("code"), p.get("name"), p.get("fiscalYear"),
                agency.get("nameTh"), p.get("status"), p.get("budget"), mine));
        query.where(predicates(cb, p, user, filter));
        var orders = new ArrayList<Order>();
        if (pageable.getSort().isUnsorted() && user.role() == th.go.bangkok.tidtam.security.Role.OFFICER) {
            orders.add(cb.desc(mine));
        }
        for (Sort.Order o : pageable.getSort()) {
            var property = SORTABLE.get(o.getProperty());
            if (property != null) {
                orders.add(o.isAscending() ? cb.asc(p.get(property)) : cb.desc(p.get(property)));
            }
        }
        if (pageable.getSort().isUnsorted()) {
            // newest first; descending on both columns, so the (…, fiscal_year, code) indexes serve the order
            orders.add(cb.desc(p.get("fiscalYear")));
            orders.add(cb.desc(p.get("code")));
        } else {
            orders.add(cb.asc(p.get("code")));
        }
        query.orderBy(orders);
        return em.createQuery(query).setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    long count(TidtamUser user, ProjectFilter filter) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var p = query.from(Project.class);
        query.select(cb.count(p)).where(predicates(cb, p, user, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Project> p, TidtamUser user, ProjectFilter filter) {
        var where = new ArrayList<Predicate>();
        switch (user.role()) {
            case ADMIN, COORDINATOR -> { }
            case HEAD -> where.add(cb.equal(p.get("office").get("id"), orNone(user.agencyId())));
            case OFFICER -> where.add(cb.or(cb.equal(p.get("agency").get("id"), orNone(user.agencyId())),
                    cb.equal(p.get("division").get("id"), orNone(user.agencyId()))));
        }
        if (filter.fiscalYear() != null) {
            where.add(cb.equal(p.get("fiscalYear"), filter.fiscalYear()));
        }
        if (filter.officeId() != null) {
            where.add(cb.equal(p.get("office").get("id"), filter.officeId()));
        }
        if (filter.agencyId() != null) {
            where.add(cb.or(cb.equal(p.get("agency").get("id"), filter.agencyId()),
                    cb.equal(p.get("division").get("id"), filter.agencyId())));
        }
        if (filter.status() != null) {
            where.add(cb.equal(p.get("status"), filter.status()));
        }
        if (filter.dimensionId() != null) {
            // checked on the row while the list is read in index order: a page stops after 50 matches
            where.add(cb.like(p.get("dimensionIds"), "%," + filter.dimensionId() + ",%"));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            var text = filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            if (CODE_PREFIX.matcher(text).matches()) {
                // people type codes from the start: a prefix search on the unique code index
                where.add(cb.like(p.get("code"), text + "%", '\\'));
            } else {
                var like = "%" + text + "%";
                where.add(cb.or(cb.like(p.get("name"), like, '\\'), cb.like(p.get("code"), like, '\\')));
            }
        }
        return where.toArray(Predicate[]::new);
    }

    private static long orNone(Long id) {
        return id == null ? -1 : id;
    }
}
