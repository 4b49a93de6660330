package th.go.bangkok.tidtam.progress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * รายงานครั้งที่ and เบิกครั้งที่, derived from the order of a project's reports: every report that counts takes
 * the next number, and the next disbursement round when it disbursed something. Never typed, never stored
 * (except in a frozen snapshot, which records what was printed); an imported report keeps its own number.
 */
record Numbering(int number, Integer round) {

    static Map<Long, Numbering> of(List<ProgressReport> inMonthOrder, Predicate<ProgressReport> counts) {
        var numbers = new HashMap<Long, Numbering>();
        int number = 0;
        int round = 0;
        for (var report : inMonthOrder) {
            if (!counts.test(report)) {
                continue;
            }
            // an imported report keeps the number the old system printed (two reports may share a month)
            number = report.getLegacyNumber() != null ? report.getLegacyNumber() : number + 1;
            Integer thisRound = null;
            if (report.getDisbursed() != null && report.getDisbursed().compareTo(BigDecimal.ZERO) > 0) {
                thisRound = ++round;
            }
            numbers.put(report.getId(), new Numbering(number, thisRound));
        }
        return numbers;
    }
}
