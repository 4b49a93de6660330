package th.go.bangkok.tidtam.progress;

/** ร่าง → ส่งรายงาน → (ส่งกลับแก้ไข → ส่งรายงาน)…; once the month closes a submitted report is frozen. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED;

    public String messageKey() {
        return "report.status." + name().toLowerCase();
    }
}
