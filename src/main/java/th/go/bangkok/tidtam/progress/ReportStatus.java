package th.go.bangkok.tidtam.progress;

/**
 * ร่าง → ส่งรายงาน → (ส่งกลับแก้ไข → ส่งรายงาน)…; once the month closes the freeze job turns a submitted
 * report into a frozen one, which nobody can change again.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, FROZEN;

    public String messageKey() {
        return "report.status." + name().toLowerCase();
    }

    /** Submitted or frozen: the report counts (its disbursement is part of the budget used). */
    public boolean isFiled() {
        return this == SUBMITTED || this == FROZEN;
    }
}
