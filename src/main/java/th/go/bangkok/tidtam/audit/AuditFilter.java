package th.go.bangkok.tidtam.audit;

import java.time.LocalDate;

/** What the audit trail screen filters by; null means "any". Dates are Bangkok days, inclusive. */
public record AuditFilter(String actor, String entityType, String entityId, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    public static AuditFilter forEntity(String entityType, String entityId) {
        return new AuditFilter(null, entityType, entityId, null, null);
    }
}
