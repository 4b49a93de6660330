package th.go.bangkok.tidtam.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.Baseline;
import th.go.bangkok.tidtam.project.BaselineJson;

/**
 * คำขอเปลี่ยนแปลง: an officer's request to change a running project, with the baseline as it stood when the
 * request was submitted ({@code base}) and the proposed one, and the head's decision with its letter.
 */
@Entity
@Table(name = "change_request")
class ChangeRequest extends AbstractEntity implements Auditable, th.go.bangkok.tidtam.base.FigureSource {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ChangeKind kind;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String reason;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(name = "base_content", nullable = false, columnDefinition = "TEXT")
    private String baseContent;

    @Column(name = "proposed_content", nullable = false, columnDefinition = "TEXT")
    private String proposedContent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ChangeStatus status = ChangeStatus.DRAFT;

    @Column(name = "requester_id", nullable = false)
    private long requesterId;

    @Column(name = "requested_by", nullable = false, length = 50)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 1000)
    private String decisionComment;

    @Column(name = "letter_no", length = 40)
    private String letterNo;

    @Column(name = "letter_year")
    private Integer letterYear;

    @Column(name = "letter_date")
    private LocalDate letterDate;

    protected ChangeRequest() {
    }

    ChangeRequest(long projectId, long officeId, long requesterId, String requestedBy, Instant createdAt) {
        this.projectId = projectId;
        this.officeId = officeId;
        this.requesterId = requesterId;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
    }

    void apply(ChangeRequestData data, Baseline current) {
        this.kind = data.kind();
        this.reason = data.reason().strip();
        this.description = data.description() == null || data.description().isBlank() ? null : data.description().strip();
        this.baseContent = BaselineJson.write(current);
        this.proposedContent = BaselineJson.write(data.kind().structured() ? data.proposed() : current);
    }

    void submit(Baseline current, Instant at) {
        this.baseContent = BaselineJson.write(current);
        this.status = ChangeStatus.SUBMITTED;
        this.submittedAt = at;
        this.decisionComment = null;
    }

    void decide(ChangeStatus outcome, String by, Instant at, String comment) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionComment = comment;
    }

    void approve(String by, Instant at, String letterNo, LocalDate letterDate) {
        decide(ChangeStatus.APPROVED, by, at, null);
        this.letterNo = letterNo;
        this.letterDate = letterDate;
        this.letterYear = letterDate.getYear() + ThaiDates.BUDDHIST_OFFSET;
    }

    /**
     * An approval the old system gave, as an imported report tells it: submitted and approved on the letter's
     * date; the letter's year is left empty so it does not take a number from this system's letters.
     */
    void approveImported(String by, Instant at, String letterNo, LocalDate letterDate) {
        this.status = ChangeStatus.APPROVED;
        this.submittedAt = at;
        this.decidedBy = by;
        this.decidedAt = at;
        this.letterNo = letterNo;
        this.letterDate = letterDate;
    }

    void withdraw() {
        this.status = ChangeStatus.WITHDRAWN;
    }

    long getProjectId() {
        return projectId;
    }

    long getOfficeId() {
        return officeId;
    }

    ChangeKind getKind() {
        return kind;
    }

    String getReason() {
        return reason;
    }

    String getDescription() {
        return description;
    }

    Baseline base() {
        return BaselineJson.read(baseContent);
    }

    Baseline proposed() {
        return BaselineJson.read(proposedContent);
    }

    ChangeStatus getStatus() {
        return status;
    }

    long getRequesterId() {
        return requesterId;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionComment() {
        return decisionComment;
    }

    String getLetterNo() {
        return letterNo;
    }

    LocalDate getLetterDate() {
        return letterDate;
    }

    @Override
    public String auditType() {
        return "ChangeRequest";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("projectId", projectId);
        state.put("kind", kind);
        state.put("reason", reason);
        state.put("description", description);
        state.put("proposed", proposedContent);
        state.put("status", status);
        state.put("decidedBy", decidedBy);
        state.put("decisionComment", decisionComment);
        state.put("letterNo", letterNo);
        state.put("letterDate", letterDate);
        return state;
    }
}
