package th.go.bangkok.tidtam.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;

/** A closed month opened again for one project, by a coordinator, with a reason, up to and including a day. */
@Entity
@Table(name = "report_reopening")
class ReportReopening extends AbstractEntity implements Auditable {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "report_month", nullable = false)
    private LocalDate reportMonth;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "open_until", nullable = false)
    private LocalDate openUntil;

    @Column(name = "reopened_by", nullable = false, length = 50)
    private String reopenedBy;

    @Column(name = "reopened_at", nullable = false)
    private Instant reopenedAt;

    protected ReportReopening() {
    }

    ReportReopening(long projectId, YearMonth month, String reason, LocalDate openUntil, String reopenedBy,
                    Instant reopenedAt) {
        this.projectId = projectId;
        this.reportMonth = month.atDay(1);
        this.reason = reason;
        this.openUntil = openUntil;
        this.reopenedBy = reopenedBy;
        this.reopenedAt = reopenedAt;
    }

    long getProjectId() {
        return projectId;
    }

    YearMonth getMonth() {
        return YearMonth.from(reportMonth);
    }

    String getReason() {
        return reason;
    }

    LocalDate getOpenUntil() {
        return openUntil;
    }

    String getReopenedBy() {
        return reopenedBy;
    }

    @Override
    public String auditType() {
        return "ReportReopening";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("projectId", projectId);
        state.put("month", reportMonth);
        state.put("reason", reason);
        state.put("openUntil", openUntil);
        return state;
    }
}
