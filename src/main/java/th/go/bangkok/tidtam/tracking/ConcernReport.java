package th.go.bangkok.tidtam.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project whose report for the month says it is behind plan or not on target, with whom to call and what the
 * report said: its date, progress and disbursement, and whether it came late.
 */
public record ConcernReport(String projectCode, String projectName, String agencyPath, String responsibleName,
                            String responsiblePhone, LocalDate reportDate, BigDecimal progress, BigDecimal disbursed,
                            boolean late) {
}
