package th.go.bangkok.tidtam.audit;

import java.util.Map;

/** An entity whose changes go to the audit trail as field-by-field old → new values. */
public interface Auditable {

    Long getId();

    /** The name the audit trail files this entity under, e.g. "User". */
    String auditType();

    /** The fields worth auditing, in display order; secrets are left out or masked. */
    Map<String, Object> auditState();
}
