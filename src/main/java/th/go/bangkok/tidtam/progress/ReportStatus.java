package th.go.bangkok.tidtam.progress;

/**
 * ร่าง → ส่งรายงาน → (ส่งกลับแก้ไข → ส่งรายงาน)…; once the month closes the freeze job turns a submitted
 * report into a frozen one, which nobody can change again.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, FROZEN;

    /** The filed statuses ({@link #isFiled()}) as an SQL list, for the features that read reports through JDBC. */
    public static final String FILED_SQL = " ('SUBMITTED', 'FROZEN') ";

    public String messageKey() {
        return "report.status." + name().toLowerCase();
    }

    /** Submitted or frozen: the report counts (its disbursement is part of the budget used). */
    public boolean isFiled() {
        return this == SUBMITTED || this == FROZEN;
    }
}
