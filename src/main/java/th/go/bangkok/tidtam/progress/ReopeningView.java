package th.go.bangkok.tidtam.progress;

import java.time.LocalDate;
import java.time.YearMonth;

/** A closed month reopened for one project: why, by whom, and the last day the report can be filed. */
public record ReopeningView(YearMonth month, String reason, LocalDate openUntil, String reopenedBy) {
}
