package th.go.bangkok.tidtam.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import th.go.bangkok.tidtam.base.files.EvidenceCheck;
import th.go.bangkok.tidtam.base.files.EvidenceFile;

/** One evidence file of a change request, stored in the database with its checksum. */
@Entity
@Table(name = "change_evidence")
class ChangeEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "change_request_id", nullable = false)
    private long changeRequestId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 30)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;

    protected ChangeEvidence() {
    }

    ChangeEvidence(long changeRequestId, EvidenceCheck.Checked file, Instant uploadedAt, String uploadedBy) {
        this.changeRequestId = changeRequestId;
        this.fileName = file.name();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    Long getId() {
        return id;
    }

    long getChangeRequestId() {
        return changeRequestId;
    }

    EvidenceFile file() {
        return new EvidenceFile(fileName, mediaType, content);
    }

    String describe() {
        return fileName + " (" + mediaType + ", " + sizeBytes + " bytes, sha256 " + sha256 + ")";
    }
}
