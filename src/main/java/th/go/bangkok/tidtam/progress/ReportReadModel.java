package th.go.bangkok.tidtam.progress;

import th.go.bangkok.tidtam.base.db.ReadModel;

/**
 * What other features may read of the monthly progress reports in their own SQL (tracking's dashboard and digest,
 * the indicators), named once: {@code {progress_report}} / {@code {r.column}}, and which reports count. A column
 * renamed in the changelog is renamed here and nowhere else; {@code PublishedReadModelsTest} holds every column to
 * the schema (docs/decisions/0023).
 */
public final class ReportReadModel {

    public static final ReadModel REPORT = ReadModel.of("progress_report", "r",
            "project_id",
            // report_month: the month's first day; month_seq: 0 for the month's own report, 1, 2 … for earlier
            // imported ones of that month (docs/decisions/0015)
            "report_month", "month_seq",
            "status", "report_date", "progress", "disbursed", "late", "on_plan", "on_target");

    /** The filed statuses ({@link ReportStatus#isFiled()}) as an SQL list: a report counts once filed. */
    public static final String FILED = " ('" + ReportStatus.SUBMITTED.name() + "', '" + ReportStatus.FROZEN.name()
            + "') ";
    /** Sent back for correction; spaced, like {@link #FILED}, to be put between two others. */
    public static final String RETURNED = " " + REPORT.column("status") + " = '" + ReportStatus.RETURNED.name() + "' ";

    private ReportReadModel() {
    }
}
