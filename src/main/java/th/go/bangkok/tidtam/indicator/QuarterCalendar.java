package th.go.bangkok.tidtam.indicator;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a quarter's results may be entered and when they freeze: from the quarter's first day until its close
 * date, {@code tidtam.indicators.close-days} days after its end (default 15, so ไตรมาส 1 closes on 15 January).
 */
@Component
public class QuarterCalendar {

    private final Clock clock;
    private final int closeDays;

    QuarterCalendar(Clock clock, @Value("${tidtam.indicators.close-days:15}") int closeDays) {
        this.clock = clock;
        this.closeDays = closeDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The first day on which the quarter is closed. */
    public LocalDate closeDate(FiscalQuarter quarter) {
        return quarter.lastDay().plusDays(closeDays);
    }

    public boolean isClosed(FiscalQuarter quarter) {
        return !today().isBefore(closeDate(quarter));
    }

    public boolean hasStarted(FiscalQuarter quarter) {
        return !today().isBefore(quarter.firstDay());
    }

    public FiscalQuarter current() {
        return FiscalQuarter.containing(today());
    }
}
