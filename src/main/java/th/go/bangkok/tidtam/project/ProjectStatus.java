package th.go.bangkok.tidtam.project;

/** ร่าง → ดำเนินการ (submitted; the baseline is frozen) → ปิดโครงการ. */
public enum ProjectStatus {
    DRAFT, ACTIVE, CLOSED;

    public String messageKey() {
        return "project.status." + name().toLowerCase();
    }
}
