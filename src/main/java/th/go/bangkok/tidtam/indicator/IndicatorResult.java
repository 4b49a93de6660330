package th.go.bangkok.tidtam.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;

/** A target's result for one quarter: a value (or done and when), a note, its review. */
@Entity
@Table(name = "indicator_result")
class IndicatorResult extends AbstractEntity implements Auditable, th.go.bangkok.tidtam.base.FigureSource {

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(nullable = false)
    private int quarter;

    @Column(name = "result_value")
    private BigDecimal value;

    private Boolean done;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(length = 1000)
    private String note;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ResultStatus status = ResultStatus.SUBMITTED;

    @Column(name = "entered_by", nullable = false, length = 50)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "reviewed_by", length = 50)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = 1000)
    private String reviewComment;

    protected IndicatorResult() {
    }

    IndicatorResult(long targetId, int quarter) {
        this.targetId = targetId;
        this.quarter = quarter;
    }

    void enter(BigDecimal value, Boolean done, LocalDate doneOn, String note, String by, Instant at) {
        this.value = value;
        this.done = done;
        this.doneOn = doneOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.status = ResultStatus.SUBMITTED;
        this.enteredBy = by;
        this.enteredAt = at;
        this.reviewedBy = null;
        this.reviewedAt = null;
    }

    void review(ResultStatus outcome, String by, Instant at, String comment) {
        this.status = outcome;
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewComment = comment;
    }

    long getTargetId() {
        return targetId;
    }

    int getQuarter() {
        return quarter;
    }

    BigDecimal getValue() {
        return value;
    }

    Boolean getDone() {
        return done;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    String getNote() {
        return note;
    }

    ResultStatus getStatus() {
        return status;
    }

    String getEnteredBy() {
        return enteredBy;
    }

    Instant getEnteredAt() {
        return enteredAt;
    }

    String getReviewedBy() {
        return reviewedBy;
    }

    String getReviewComment() {
        return reviewComment;
    }

    @Override
    public String auditType() {
        return "IndicatorResult";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("targetId", targetId);
        state.put("quarter", quarter);
        state.put("value", value);
        state.put("done", done);
        state.put("doneOn", doneOn);
        state.put("note", note);
        state.put("status", status);
        state.put("reviewedBy", reviewedBy);
        state.put("reviewComment", reviewComment);
        return state;
    }
}
