package th.go.bangkok.tidtam.progress;

import th.go.bangkok.tidtam.base.files.EvidenceFile;
import th.go.bangkok.tidtam.base.files.EvidenceType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One evidence file of a report, stored in the database with its checksum. Never changed, only removed. */
@Entity
@Table(name = "report_evidence")
class ReportEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

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

    protected ReportEvidence() {
    }

    ReportEvidence(long reportId, String fileName, EvidenceType type, byte[] content, String sha256, Instant uploadedAt,
                   String uploadedBy) {
        this.reportId = reportId;
        this.fileName = fileName;
        this.mediaType = type.mediaType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    Long getId() {
        return id;
    }

    long getReportId() {
        return reportId;
    }

    EvidenceFile file() {
        return new EvidenceFile(fileName, mediaType, content);
    }

    /** How the audit trail names the file: name, kind, size and checksum. */
    String describe() {
        return fileName + " (" + mediaType + ", " + sizeBytes + " bytes, sha256 " + sha256 + ")";
    }
}
