package th.go.bangkok.tidtam.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * The audit trail. Changes to data are recorded in the caller's transaction (MANDATORY): the change and its
 * audit line commit or roll back together. Security events get their own transaction, since a failed sign-in
 * has no other transaction to join.
 */
@Service
public class AuditService {

    public static final String SYSTEM = "system";
    private static final int TRAIL_LIMIT = 500;

    private final AuditRepository repository;
    private final Clock clock;

    AuditService(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Internal: called by other services inside their own transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(Auditable entity) {
        var changes = describe(Map.of(), entity.auditState());
        save(AuditAction.CREATE, entity.auditType(), String.valueOf(entity.getId()), null, changes);
    }

    /** Internal: records old → new of the fields that changed; nothing when none did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(Auditable entity, Map<String, Object> before) {
        var changes = describe(before, entity.auditState());
        if (!changes.isEmpty()) {
            save(AuditAction.UPDATE, entity.auditType(), String.valueOf(entity.getId()), null, changes);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(Auditable entity) {
        var changes = describe(entity.auditState(), Map.of());
        save(AuditAction.DELETE, entity.auditType(), String.valueOf(entity.getId()), null, changes);
    }

    /** Internal: an event on a record that is not a field change (a password reset, say). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void event(AuditAction action, String entityType, Object entityId, String summary) {
        save(action, entityType, entityId == null ? null : entityId.toString(), summary, null);
    }

    /** Internal: sign-in events, for {@link SignInAuditor}, which runs in a transaction of its own. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void securityEvent(AuditAction action, String username, String clientAddress, String summary) {
        repository.save(new AuditEntry(clock.instant(), username == null || username.isBlank() ? "?" : username,
                action, "Session", username, summary, null, clientAddress));
    }

    /** Internal: the trail of one record, newest first, for a service that checked the caller may read it. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<AuditEntry> trailOf(String entityType, String entityId) {
        return repository.findAll(specification(AuditFilter.forEntity(entityType, entityId)),
                PageRequest.of(0, TRAIL_LIMIT, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent();
    }

    /** Internal: the trail of several records (entity type → ids), newest first, for a service that checked access. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<AuditEntry> trailOf(Map<String, ? extends java.util.Collection<String>> idsByType) {
        Specification<AuditEntry> any = (root, query, cb) -> cb.or(idsByType.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> cb.and(cb.equal(root.get("entityType"), e.getKey()), root.get("entityId").in(e.getValue())))
                .toArray(Predicate[]::new));
        return repository.findAll(any, PageRequest.of(0, TRAIL_LIMIT, Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                .getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, Pageable pageable) {
        return repository.findAll(specification(filter), pageable).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return repository.count(specification(filter));
    }

    private void save(AuditAction action, String type, String id, String summary, String changes) {
        repository.save(new AuditEntry(clock.instant(), currentActor(), action, type, id, summary,
                changes == null || changes.isEmpty() ? null : changes, clientAddress()));
    }

    static String describe(Map<String, Object> before, Map<String, Object> after) {
        var keys = new LinkedHashSet<String>();
        keys.addAll(after.keySet());
        keys.addAll(before.keySet());
        var lines = new ArrayList<String>();
        for (var key : keys) {
            var old = before.get(key);
            var now = after.get(key);
            if (!Objects.equals(text(old), text(now))) {
                lines.add(key + ": " + text(old) + " → " + text(now));
            }
        }
        return String.join("\n", lines);
    }

    private static String text(Object value) {
        return value == null ? "∅" : value.toString();
    }

    private static String currentActor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest().getRemoteAddr() : null;
    }

    private static Specification<AuditEntry> specification(AuditFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                predicates.add(cb.equal(root.get("actor"), filter.actor().strip()));
            }
            if (filter.entityType() != null && !filter.entityType().isBlank()) {
                predicates.add(cb.equal(root.get("entityType"), filter.entityType()));
            }
            if (filter.entityId() != null && !filter.entityId().isBlank()) {
                predicates.add(cb.equal(root.get("entityId"), filter.entityId()));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        filter.from().atStartOfDay(ThaiDates.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(ThaiDates.ZONE).toInstant()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
