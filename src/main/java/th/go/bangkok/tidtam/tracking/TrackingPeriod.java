package th.go.bangkok.tidtam.tracking;

import java.time.YearMonth;
import th.go.bangkok.tidtam.base.FiscalYear;

/** A fiscal year (BE) and one of its months: what the dashboard looks at. */
public record TrackingPeriod(int fiscalYear, YearMonth month) {

    public TrackingPeriod {
        var fy = FiscalYear.of(fiscalYear);
        if (!fy.contains(month.atDay(1))) {
            throw new IllegalArgumentException(month + " is not in fiscal year " + fiscalYear);
        }
    }
}
