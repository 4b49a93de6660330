package th.go.bangkok.tidtam.base.files;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * An evidence file stored in the database with its checksum, whatever it belongs to (a report, a change request):
 * the owner's table adds only the column that points to its owner. Never changed, only removed.
 */
@MappedSuperclass
public abstract class StoredEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected StoredEvidence() {
    }

    protected StoredEvidence(EvidenceCheck.Checked file, Instant uploadedAt, String uploadedBy) {
        this.fileName = file.name();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public EvidenceFile file() {
        return new EvidenceFile(fileName, mediaType, content);
    }

    /** How the audit trail names the file: name, kind, size and checksum. */
    public String describe() {
        return fileName + " (" + mediaType + ", " + sizeBytes + " bytes, sha256 " + sha256 + ")";
    }
}
