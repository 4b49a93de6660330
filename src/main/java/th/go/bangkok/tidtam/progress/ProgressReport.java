package th.go.bangkok.tidtam.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.bangkok.tidtam.audit.Auditable;
import th.go.bangkok.tidtam.base.AbstractEntity;

/** One monthly report of section 2 of the form: รายงานครั้งที่ N of one project for one month. */
@Entity
@Table(name = "progress_report")
@jakarta.persistence.EntityListeners(ProgressBudgetUsage.Writes.class)
public class ProgressReport extends AbstractEntity implements Auditable, th.go.bangkok.tidtam.base.FigureSource {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "report_month", nullable = false)
    private LocalDate reportMonth;

    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;

    @Column(columnDefinition = "TEXT")
    private String steps;

    @Column(precision = 5, scale = 2)
    private BigDecimal progress;

    @Column(precision = 15, scale = 2)
    private BigDecimal disbursed;

    @Column(name = "on_plan")
    private Boolean onPlan;

    @Column(name = "on_target")
    private Boolean onTarget;

    @Column(name = "decrease_reason", length = 1000)
    private String decreaseReason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "return_comment", length = 1000)
    private String returnComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 50)
    private String submittedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    /** 0: the month's report; 1, 2 …: earlier reports of the same month in imported history (decision 0015). */
    @Column(name = "month_seq", nullable = false)
    private int monthSeq;

    /** รายงานครั้งที่ as the old system printed it; null for reports filed here (numbered in order). */
    @Column(name = "legacy_number")
    private Integer legacyNumber;

    protected ProgressReport() {
    }

    ProgressReport(long projectId, YearMonth month, Instant createdAt) {
        this.projectId = projectId;
        this.reportMonth = month.atDay(1);
        this.createdAt = createdAt;
    }

    void apply(ProgressReportData data) {
        this.reportDate = data.reportDate();
        this.steps = data.steps() == null || data.steps().isBlank() ? null : data.steps().strip();
        this.progress = data.progress();
        this.disbursed = data.disbursed();
        this.onPlan = data.onPlan();
        this.onTarget = data.onTarget();
        this.decreaseReason = data.decreaseReason() == null || data.decreaseReason().isBlank() ? null
                : data.decreaseReason().strip();
    }

    void submit(Instant at, String by, boolean late) {
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = at;
        this.submittedBy = by;
        this.late = late;
        this.returnComment = null;
    }

    /** As the old system filed it: its own number, and its place among the month's reports (0 = the last). */
    void asFiled(Integer number, int seq) {
        this.legacyNumber = number;
        this.monthSeq = seq;
    }

    public int getMonthSeq() {
        return monthSeq;
    }

    public Integer getLegacyNumber() {
        return legacyNumber;
    }

    void freeze(Instant at) {
        this.status = ReportStatus.FROZEN;
        this.frozenAt = at;
    }

    /** Back to a draft, taken back by the officer to correct it (the submission stays in the audit trail). */
    void withdraw() {
        this.status = ReportStatus.DRAFT;
        this.submittedAt = null;
        this.submittedBy = null;
        this.late = false;
    }

    void returnForRevision(String comment) {
        this.status = ReportStatus.RETURNED;
        this.returnComment = comment;
    }

    public long getProjectId() {
        return projectId;
    }

    public YearMonth getMonth() {
        return YearMonth.from(reportMonth);
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public String getSteps() {
        return steps;
    }

    public BigDecimal getProgress() {
        return progress;
    }

    public BigDecimal getDisbursed() {
        return disbursed;
    }

    public Boolean getOnPlan() {
        return onPlan;
    }

    public Boolean getOnTarget() {
        return onTarget;
    }

    public String getDecreaseReason() {
        return decreaseReason;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public boolean isLate() {
        return late;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    @Override
    public String auditType() {
        return "ProgressReport";
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("projectId", projectId);
        state.put("month", reportMonth);
        state.put("reportDate", reportDate);
        state.put("steps", steps);
        state.put("progress", progress == null ? null : progress.toPlainString());
        state.put("disbursed", disbursed == null ? null : disbursed.toPlainString());
        state.put("onPlan", onPlan);
        state.put("onTarget", onTarget);
        state.put("decreaseReason", decreaseReason);
        state.put("status", status);
        state.put("late", late);
        state.put("returnComment", returnComment);
        return state;
    }
}
