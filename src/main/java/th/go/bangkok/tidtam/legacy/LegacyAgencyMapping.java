package th.go.bangkok.tidtam.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;

/**
 * An agency path the old system's exports print that our tree does not know, mapped by an administrator to one of
 * our agencies, so that every later file naming it is matched without asking again.
 */
@Entity
@Table(name = "legacy_agency_mapping")
class LegacyAgencyMapping extends AbstractEntity implements Auditable {

    /** Three agency names and their separators; what the unique index of the column can hold in utf8mb4. */
    static final int SOURCE_PATH = 765;

    @NotBlank
    @Size(max = SOURCE_PATH, message = "{validation.tooLong}")
    @Column(name = "source_path", nullable = false, length = SOURCE_PATH)
    private String sourcePath;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LegacyAgencyMapping() {
    }

    LegacyAgencyMapping(String sourcePath, long agencyId, String createdBy, Instant createdAt) {
        this.sourcePath = sourcePath;
        this.agencyId = agencyId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String getSourcePath() {
        return sourcePath;
    }

    long getAgencyId() {
        return agencyId;
    }

    void setAgencyId(long agencyId) {
        this.agencyId = agencyId;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String auditType() {
        return "LegacyAgencyMapping";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("sourcePath", sourcePath);
        state.put("agencyId", agencyId);
        return state;
    }
}
