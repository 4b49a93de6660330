package th.go.bangkok.tidtam.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarter's result as the screens show it: value or done, note, review, whether its quarter has closed (then it
 * is frozen), whether it counts for the status, and what the signed-in user may do with it.
 */
public record ResultView(long id, long targetId, FiscalQuarter quarter, BigDecimal value, Boolean done,
                         LocalDate doneOn, String note, ResultStatus status, String enteredBy, Instant enteredAt,
                         String reviewedBy, String reviewComment, boolean frozen, boolean counts,
                         List<EvidenceRef> evidence, long version) {
}
