package th.go.bangkok.tidtam.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One version of a project's baseline, kept for ever: version 0 is the plan as the project started, each later
 * one the baseline after an approved change, with the approval letter. Written once, never updated.
 */
@Entity
@Immutable
@Table(name = "project_baseline")
class ProjectBaseline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String content;

    @Column(name = "change_request_id")
    private Long changeRequestId;

    @Column(name = "label_key", length = 100)
    private String labelKey;

    @Column(name = "letter_no", length = 40)
    private String letterNo;

    @Column(name = "letter_date")
    private LocalDate letterDate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected ProjectBaseline() {
    }

    ProjectBaseline(long projectId, int versionNo, String content, Long changeRequestId, String labelKey,
                    String letterNo, LocalDate letterDate, Instant recordedAt, String recordedBy) {
        this.projectId = projectId;
        this.versionNo = versionNo;
        this.content = content;
        this.changeRequestId = changeRequestId;
        this.labelKey = labelKey;
        this.letterNo = letterNo;
        this.letterDate = letterDate;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    BaselineVersion view() {
        return new BaselineVersion(versionNo, BaselineJson.read(content), changeRequestId, labelKey, letterNo,
                letterDate, recordedAt, recordedBy);
    }
}
