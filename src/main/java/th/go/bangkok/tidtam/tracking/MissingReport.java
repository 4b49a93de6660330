package th.go.bangkok.tidtam.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A project whose report for the month has not come (ยังไม่รายงาน), with whom to call: the responsible officer and
 * their phone extension, the last report's date, the days past the due date, and the last reminder sent.
 */
public record MissingReport(String projectCode, String projectName, long agencyId, String agencyPath,
                            String responsibleName, String responsiblePhone, LocalDate lastReportDate,
                            long daysOverdue, Instant lastReminderAt) {
}
