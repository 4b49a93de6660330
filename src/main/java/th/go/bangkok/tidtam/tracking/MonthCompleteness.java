package th.go.bangkok.tidtam.tracking;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of the fiscal year: reports expected and received. */
public record MonthCompleteness(YearMonth month, long expected, long reported) {

    public long missing() {
        return expected - reported;
    }

    public BigDecimal reportedPercent() {
        return Percent.of(reported, expected);
    }
}
