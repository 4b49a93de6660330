package th.go.bangkok.tidtam.progress;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import th.go.bangkok.tidtam.base.Limits;

/** What the officer types for one month; figures may be empty (real first reports often have none). */
public record ProgressReportData(
        @NotNull(message = "{report.date.required}")
        LocalDate reportDate,
        @Size(max = Limits.RATIONALE, message = "{validation.tooLong}")
        String steps,
        @DecimalMin(value = "0.00", message = "{report.progress.range}")
        @DecimalMax(value = "100.00", message = "{report.progress.range}")
        @Digits(integer = 3, fraction = 2, message = "{report.progress.range}")
        BigDecimal progress,
        @DecimalMin(value = "0.00", message = "{report.disbursed.range}")
        @Digits(integer = 12, fraction = 2, message = "{report.disbursed.range}")
        BigDecimal disbursed,
        Boolean onPlan,
        Boolean onTarget,
        @Size(max = Limits.LIST_ITEM, message = "{validation.tooLong}")
        String decreaseReason,
        long version) {
}
