package th.go.bangkok.tidtam.tracking;

import th.go.bangkok.tidtam.progress.ReportReadModel;

/** What a month's report can flag: behind plan (ล่าช้ากว่าแผน) or not on target (ไม่เป็นไปตามเป้าหมาย). */
public enum Concern {
    BEHIND_PLAN(ReportReadModel.REPORT.column("on_plan")), OFF_TARGET(ReportReadModel.REPORT.column("on_target"));

    private final String column;

    Concern(String column) {
        this.column = column;
    }

    /** The report's flag, read through progress's published model ({@code r.on_plan}). */
    String column() {
        return column;
    }

    public String messageKey() {
        return "tracking.concern." + name().toLowerCase();
    }
}
