package th.go.bangkok.tidtam.progress;

import java.time.LocalDate;
import java.time.YearMonth;

/** A report the officer still owes this month: missing ({@code status} null), a draft, or returned. */
public record DueReport(String projectCode, String projectName, YearMonth month, LocalDate dueDate, long daysLeft,
                        ReportStatus status, String returnComment) {
}
