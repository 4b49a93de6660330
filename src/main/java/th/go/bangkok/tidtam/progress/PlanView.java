package th.go.bangkok.tidtam.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.SortedMap;

/** แผนการดำเนินงาน: planned cumulative % by month (empty when the project has none), with its version. */
public record PlanView(SortedMap<YearMonth, BigDecimal> months, long version) {

    public BigDecimal planned(YearMonth month) {
        return months.get(month);
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }
}
