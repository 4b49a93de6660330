package th.go.bangkok.tidtam.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A report as the form prints it: รายงานครั้งที่ {@code number}, the disbursement round derived from the
 * reports that disbursed before it, frozen once its month has closed.
 */
public record ReportView(int number, YearMonth month, LocalDate reportDate, String steps, BigDecimal progress,
                         BigDecimal disbursed, Integer disbursementRound, Boolean onPlan, Boolean onTarget,
                         String decreaseReason, ReportStatus status, boolean late, boolean frozen,
                         String returnComment, String submittedBy, Instant submittedAt, long version) {
}
