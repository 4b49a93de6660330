package th.go.bangkok.tidtam.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/**
 * A report of a month gone by, as an old-system export holds it, for {@link ProgressService#recordImported}: its
 * month, its figures and รายงานครั้งที่ as the old system printed it (null: numbered in order).
 */
public record HistoricalReport(@NotNull YearMonth month, @NotNull @Valid ProgressReportData data, Integer number) {

    public HistoricalReport(YearMonth month, ProgressReportData data) {
        this(month, data, null);
    }
}
