package th.go.bangkok.tidtam.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a reporting month is due and when it closes. A month's report is due on its due day (default its last
 * day) and may be filed until the close day of the next month (default the 10th); then the month is closed:
 * its submitted reports are frozen and a missing one stays missing.
 */
@Component
public class ReportingCalendar {

    private final Clock clock;
    private final int closeDay;
    private final int dueDay;

    public ReportingCalendar(Clock clock, @Value("${tidtam.reporting.close-day:10}") int closeDay,
                             @Value("${tidtam.reporting.due-day:0}") int dueDay) {
        this.clock = clock;
        this.closeDay = closeDay;
        this.dueDay = dueDay;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    /** The last day on which the month's report is on time (0 = the month's last day). */
    public LocalDate dueDate(YearMonth month) {
        return dueDay <= 0 ? month.atEndOfMonth() : month.atDay(Math.min(dueDay, month.lengthOfMonth()));
    }

    /** The first day on which the month is closed. */
    public LocalDate closeDate(YearMonth month) {
        var next = month.plusMonths(1);
        return next.atDay(Math.min(closeDay, next.lengthOfMonth()));
    }

    public boolean isClosed(YearMonth month) {
        return !today().isBefore(closeDate(month));
    }

    /** The latest month that has closed (the current month never has). */
    public YearMonth lastClosedMonth() {
        var previous = currentMonth().minusMonths(1);
        return isClosed(previous) ? previous : previous.minusMonths(1);
    }

    public boolean isLate(YearMonth month, LocalDate filedOn) {
        return filedOn.isAfter(dueDate(month));
    }
}
