package th.go.bangkok.tidtam.tracking;

import java.util.List;

/** Every table of the dashboard, each downloadable as .xlsx and CSV with the headers the screen shows. */
public enum TrackingTable {
    AGENCIES("tracking.byAgency", "tidtam-tracking-agencies", List.of("tracking.agency", "tracking.col.projects",
            "tracking.col.reported", "tracking.col.missing", "tracking.col.late", "tracking.col.behind",
            "tracking.col.budget", "tracking.col.disbursed", "tracking.col.disbursedPercent")),
    MISSING("tracking.missing", "tidtam-not-reported", List.of("project.field.code", "project.field.name",
            "tracking.agency", "tracking.responsible", "project.field.phone", "tracking.lastReport",
            "tracking.overdueDays", "tracking.lastReminder")),
    BEHIND_PLAN("tracking.concern.behind_plan", "tidtam-behind-plan", Columns.CONCERN),
    OFF_TARGET("tracking.concern.off_target", "tidtam-not-on-target", Columns.CONCERN),
    OFFICES("tracking.chart.offices", "tidtam-disbursement-by-office", List.of("tracking.office",
            "tracking.col.projects", "tracking.col.budget", "tracking.col.disbursed", "tracking.col.disbursedPercent")),
    DIMENSIONS("tracking.chart.dimensions", "tidtam-by-plan-dimension", List.of("tracking.dimension",
            "tracking.col.projects", "tracking.col.budget", "tracking.col.disbursed", "tracking.col.disbursedPercent")),
    MONTHS("tracking.chart.months", "tidtam-completeness-by-month", List.of("report.month", "tracking.col.expected",
            "tracking.col.reported", "tracking.col.missing", "tracking.col.reportedPercent"));

    private static final class Columns {
        static final List<String> CONCERN = List.of("project.field.code", "project.field.name",
            "tracking.agency", "tracking.responsible", "project.field.phone", "tracking.reportDate",
            "tracking.col.progress", "tracking.col.disbursed", "tracking.col.late");
    }

    private final String titleKey;
    private final String fileName;
    private final List<String> headerKeys;

    TrackingTable(String titleKey, String fileName, List<String> headerKeys) {
        this.titleKey = titleKey;
        this.fileName = fileName;
        this.headerKeys = headerKeys;
    }

    public String titleKey() {
        return titleKey;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> headerKeys() {
        return headerKeys;
    }
}
