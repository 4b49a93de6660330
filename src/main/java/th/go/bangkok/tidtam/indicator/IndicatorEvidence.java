package th.go.bangkok.tidtam.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.base.files.StoredEvidence;

/** One evidence file of a quarter's result. */
@Entity
@Table(name = "indicator_evidence")
class IndicatorEvidence extends StoredEvidence {

    @Column(name = "result_id", nullable = false)
    private long resultId;

    protected IndicatorEvidence() {
    }

    IndicatorEvidence(long resultId, EvidenceCheck.Checked file, Instant uploadedAt, String uploadedBy) {
        super(file, uploadedAt, uploadedBy);
        this.resultId = resultId;
    }

    long getResultId() {
        return resultId;
    }
}
