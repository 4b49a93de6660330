package th.go.bangkok.tidtam.progress;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month whose report can still be filed today: this month, last month until it closes, or a closed month a
 * coordinator reopened. {@code lastDay} is the last day it can be filed; {@code status} null means not started;
 * {@code owed} false for a month after the project's end (it may be filed, it is not asked for).
 */
public record FileableMonth(YearMonth month, LocalDate dueDate, LocalDate lastDay, boolean reopened,
                            ReportStatus status, boolean owed) {
}
