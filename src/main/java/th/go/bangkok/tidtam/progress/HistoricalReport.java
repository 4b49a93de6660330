package th.go.bangkok.tidtam.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/** A report of a month gone by, as an old-system export holds it, for {@link ProgressService#recordImported}. */
public record HistoricalReport(@NotNull YearMonth month, @NotNull @Valid ProgressReportData data) {
}
