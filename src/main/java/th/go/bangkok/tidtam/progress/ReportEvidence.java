package th.go.bangkok.tidtam.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.base.files.StoredEvidence;

/** One evidence file of a report. */
@Entity
@Table(name = "report_evidence")
class ReportEvidence extends StoredEvidence {

    @Column(name = "report_id", nullable = false)
    private long reportId;

    protected ReportEvidence() {
    }

    ReportEvidence(long reportId, EvidenceCheck.Checked file, Instant uploadedAt, String uploadedBy) {
        super(file, uploadedAt, uploadedBy);
        this.reportId = reportId;
    }

    long getReportId() {
        return reportId;
    }
}
