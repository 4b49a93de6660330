package th.go.bangkok.tidtam.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A report as the form prints it: รายงานครั้งที่ {@code number} (none for a draft left unsent when its month
 * closed, which is {@code missed}), the disbursement round derived from the reports that disbursed before it,
 * {@code frozen} once its month has closed, and the month's planned progress when the project has a plan.
 * {@code monthSeq} 0 is the month's report (imported history may hold earlier ones of the month, 1, 2 …);
 * {@code filedHere} is false for a report brought from the old system with its own number (decision 0015).
 */
public record ReportView(Integer number, YearMonth month, LocalDate reportDate, String steps, BigDecimal progress,
                         BigDecimal disbursed, Integer disbursementRound, Boolean onPlan, Boolean onTarget,
                         String decreaseReason, ReportStatus status, boolean late, boolean frozen, boolean missed,
                         String returnComment, String submittedBy, Instant submittedAt, BigDecimal planned,
                         List<EvidenceInfo> evidence, long version, int monthSeq, boolean filedHere) {
}
