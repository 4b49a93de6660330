package th.go.bangkok.tidtam.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/**
 * A report of a month gone by, as an old-system export holds it, for {@link ProgressService#recordImported}: its
 * month, its figures, and รายงานครั้งที่ and เบิกครั้งที่ as the old system printed them (null: numbered in order,
 * as for reports filed here).
 */
public record HistoricalReport(@NotNull YearMonth month, @NotNull @Valid ProgressReportData data, Integer number,
                               Integer round) {

    public HistoricalReport(YearMonth month, ProgressReportData data) {
        this(month, data, null, null);
    }
}
