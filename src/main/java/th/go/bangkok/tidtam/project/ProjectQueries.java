package th.go.bangkok.tidtam.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
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

    private static final int PAGE_NARROWING = 1_000;
    private static final int COUNT_NARROWING = 30_000;
    private static final int SPREAD_GRAMS = 4;

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
                agency.get("nameTh"), p.get("status"), p.get("budget"), mine, p.get("id")));
        query.where(predicates(cb, p, query, user, filter, rarestGram(filter, PAGE_NARROWING, Integer.MAX_VALUE)));
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
        var narrowBy = rarestGram(filter, PAGE_NARROWING, Integer.MAX_VALUE);
        if (narrowBy == null) {
            // common text: probe a few pieces spread over it, each capped, and narrow by the least common
            narrowBy = rarestGram(filter, COUNT_NARROWING, SPREAD_GRAMS);
        }
        query.select(cb.count(p)).where(predicates(cb, p, query, user, filter, narrowBy));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * What of the user the list's rows depend on, besides the filter: everyone with the same scope sees the same
     * list. Kept beside {@link #predicates}, which applies it.
     */
    static Object scope(TidtamUser user, ProjectFilter filter) {
        var scope = switch (user.role()) {
            case ADMIN, COORDINATOR -> "all";
            case HEAD -> "office " + orNone(user.agencyId());
            case OFFICER -> "agency " + orNone(user.agencyId());
        };
        return filter.mineOnly() ? scope + " owner " + user.id() : scope;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Project> p, AbstractQuery<?> query, TidtamUser user,
                                          ProjectFilter filter, String narrowBy) {
        var where = new ArrayList<Predicate>();
        switch (user.role()) {
            case ADMIN, COORDINATOR -> { }
            case HEAD -> where.add(cb.equal(p.get("office").get("id"), orNone(user.agencyId())));
            case OFFICER -> where.add(cb.or(cb.equal(p.get("agency").get("id"), orNone(user.agencyId())),
                    cb.equal(p.get("division").get("id"), orNone(user.agencyId()))));
        }
        if (filter.mineOnly()) {
            where.add(cb.equal(p.get("owner").get("id"), user.id()));
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
                if (narrowBy != null) {
                    // the rarest three-character piece of the text narrows by index, the text itself checks
                    var sub = query.subquery(Long.class);
                    var gram = sub.from(SearchGramRow.class);
                    sub.select(gram.get("key").get("projectId")).where(cb.equal(gram.get("key").get("gram"), narrowBy));
                    where.add(p.get("id").in(sub));
                }
                var like = "%" + text + "%";
                where.add(cb.or(cb.like(p.get("name"), like, '\\'), cb.like(p.get("code"), like, '\\')));
            }
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Which piece of the search text, if any, is rare enough to start from. A page reads the list in order and
     * stops at 50 matches, so it narrows only by a really rare piece; a count reads every match, so it narrows
     * by any piece that is not everywhere, trying the cheap rare-piece probe first. One statement counts the
     * pieces, each count capped at the threshold, so a probe never reads more than it needs.
     * See docs/decisions/0008-project-model.md.
     */
    private String rarestGram(ProjectFilter filter, int threshold, int maxGrams) {
        if (filter.text() == null || CODE_PREFIX.matcher(filter.text().strip()).matches()) {
            return null;
        }
        var all = List.copyOf(SearchGrams.of(filter.text()));
        if (all.isEmpty()) {
            return null;
        }
        var grams = all.size() <= maxGrams ? all : java.util.stream.IntStream.range(0, maxGrams)
                .mapToObj(i -> all.get(i * (all.size() - 1) / (maxGrams - 1))).distinct().toList();
        String best = null;
        long bestCount = Long.MAX_VALUE;
        var parts = new ArrayList<String>();
        for (int i = 0; i < grams.size(); i++) {
            parts.add("select :g" + i + " as gram, count(*) as n from (select 1 from project_search_gram where gram = :g"
                    + i + " limit " + (threshold + 1) + ") t" + i);
        }
        var probe = em.createNativeQuery(String.join(" union all ", parts));
        for (int i = 0; i < grams.size(); i++) {
            probe.setParameter("g" + i, grams.get(i));
        }
        for (var row : (List<?>) probe.getResultList()) {
            var cells = (Object[]) row;
            long n = ((Number) cells[1]).longValue();
            if (n < bestCount) {
                bestCount = n;
                best = (String) cells[0];
            }
        }
        return bestCount <= threshold ? best : null;
    }

    private static long orNone(Long id) {
        return id == null ? -1 : id;
    }
}
