package th.go.bangkok.tidtam.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.hibernate.annotations.Immutable;

/**
 * What a report said when its month closed, by whom and when, with the checksums of its evidence: written once by
 * the freeze job and never updated (Hibernate ignores changes to an immutable entity, and no code path tries).
 */
@Entity
@Immutable
@Table(name = "frozen_report")
class FrozenReport implements org.springframework.data.domain.Persistable<Long> {

    @Id
    @Column(name = "report_id")
    private long reportId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "report_month", nullable = false)
    private LocalDate reportMonth;

    @Column(name = "report_number", nullable = false)
    private int number;

    @Column(name = "disbursement_round")
    private Integer disbursementRound;

    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;

    @Column(columnDefinition = "TEXT")
    private String steps;

    private BigDecimal progress;

    private BigDecimal disbursed;

    @Column(name = "on_plan")
    private Boolean onPlan;

    @Column(name = "on_target")
    private Boolean onTarget;

    @Column(name = "decrease_reason")
    private String decreaseReason;

    private boolean late;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(columnDefinition = "TEXT")
    private String evidence;

    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt;

    protected FrozenReport() {
    }

    FrozenReport(ProgressReport report, int number, Integer disbursementRound, String evidence, Instant frozenAt) {
        this.reportId = report.getId();
        this.projectId = report.getProjectId();
        this.reportMonth = report.getMonth().atDay(1);
        this.number = number;
        this.disbursementRound = disbursementRound;
        this.reportDate = report.getReportDate();
        this.steps = report.getSteps();
        this.progress = report.getProgress();
        this.disbursed = report.getDisbursed();
        this.onPlan = report.getOnPlan();
        this.onTarget = report.getOnTarget();
        this.decreaseReason = report.getDecreaseReason();
        this.late = report.isLate();
        this.submittedAt = report.getSubmittedAt();
        this.submittedBy = report.getSubmittedBy();
        this.evidence = evidence;
        this.frozenAt = frozenAt;
    }

    long getReportId() {
        return reportId;
    }

    YearMonth getMonth() {
        return YearMonth.from(reportMonth);
    }

    int getNumber() {
        return number;
    }

    Integer getDisbursementRound() {
        return disbursementRound;
    }

    LocalDate getReportDate() {
        return reportDate;
    }

    String getSteps() {
        return steps;
    }

    BigDecimal getProgress() {
        return progress;
    }

    BigDecimal getDisbursed() {
        return disbursed;
    }

    Boolean getOnPlan() {
        return onPlan;
    }

    Boolean getOnTarget() {
        return onTarget;
    }

    boolean isLate() {
        return late;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    String getEvidence() {
        return evidence;
    }

    Instant getFrozenAt() {
        return frozenAt;
    }

    /** Its id is its report's; a snapshot is only ever written once, so saving it persists without a look-up. */
    @Override
    public Long getId() {
        return reportId;
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
