package th.go.bangkok.tidtam.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.base.files.StoredEvidence;

/** One evidence file of a change request. */
@Entity
@Table(name = "change_evidence")
class ChangeEvidence extends StoredEvidence {

    @Column(name = "change_request_id", nullable = false)
    private long changeRequestId;

    protected ChangeEvidence() {
    }

    ChangeEvidence(long changeRequestId, EvidenceCheck.Checked file, Instant uploadedAt, String uploadedBy) {
        super(file, uploadedAt, uploadedBy);
        this.changeRequestId = changeRequestId;
    }

    long getChangeRequestId() {
        return changeRequestId;
    }
}
