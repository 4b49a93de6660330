package th.go.bangkok.tidtam.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The status rule of decision 0014 on a table: both directions, each kind, the 80 % line and the quarter ends.
 * Fiscal year 2570 runs 1 October 2026 – 30 September 2027.
 */
class IndicatorStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 10);

    @ParameterizedTest(name = "{0} {1}: target {2}, baseline {3}, Q{4} = {5} → {6}")
    @CsvSource(nullValues = "-", textBlock = """
            # kind,  direction, target, baseline, quarter, value, status
            NUMBER,  HIGHER, 1000, -,   1, -,    NO_DATA
            NUMBER,  HIGHER, 1000, -,   1, 1000, ACHIEVED
            NUMBER,  HIGHER, 1000, -,   2, 1200, ACHIEVED
            NUMBER,  HIGHER, 1000, -,   1, 250,  ON_TRACK
            NUMBER,  HIGHER, 1000, -,   1, 200,  AT_RISK
            NUMBER,  HIGHER, 1000, -,   1, 199,  OFF_TRACK
            NUMBER,  HIGHER, 1000, -,   2, 500,  ON_TRACK
            NUMBER,  HIGHER, 1000, -,   2, 499,  AT_RISK
            NUMBER,  HIGHER, 1000, -,   2, 400,  AT_RISK
            NUMBER,  HIGHER, 1000, -,   2, 399,  OFF_TRACK
            NUMBER,  HIGHER, 1000, -,   3, 750,  ON_TRACK
            NUMBER,  HIGHER, 1000, -,   3, 600,  AT_RISK
            NUMBER,  HIGHER, 1000, -,   4, 999,  OFF_TRACK
            NUMBER,  HIGHER, 1000, -,   4, 1000, ACHIEVED
            NUMBER,  HIGHER, 1000, 600, 1, 700,  ON_TRACK
            NUMBER,  HIGHER, 1000, 600, 1, 680,  AT_RISK
            NUMBER,  HIGHER, 1000, 600, 1, 679,  OFF_TRACK
            NUMBER,  HIGHER, 1000, 600, 2, 500,  OFF_TRACK
            PERCENT, HIGHER, 80,   40,  2, 60,   ON_TRACK
            PERCENT, HIGHER, 80,   40,  2, 56,   AT_RISK
            PERCENT, HIGHER, 80,   40,  2, 55.99,OFF_TRACK
            PERCENT, HIGHER, 80,   40,  4, 80,   ACHIEVED
            PERCENT, LOWER,  10,   30,  1, 25,   ON_TRACK
            PERCENT, LOWER,  10,   30,  1, 26,   AT_RISK
            PERCENT, LOWER,  10,   30,  1, 26.01,OFF_TRACK
            PERCENT, LOWER,  10,   30,  2, 20,   ON_TRACK
            PERCENT, LOWER,  10,   30,  3, 9,    ACHIEVED
            PERCENT, LOWER,  10,   30,  4, 10.5, OFF_TRACK
            NUMBER,  LOWER,  15,   -,   1, 20,   AT_RISK
            NUMBER,  LOWER,  15,   -,   3, 15,   ACHIEVED
            NUMBER,  LOWER,  15,   -,   4, 16,   OFF_TRACK
            NUMBER,  HIGHER, 500,  500, 2, 499,  OFF_TRACK
            """)
    void numbers_and_percentages(TargetKind kind, Direction direction, BigDecimal target, BigDecimal baseline,
                                 int quarter, BigDecimal value, IndicatorStatus expected) {
        var terms = new IndicatorStatus.Terms(kind, direction, target, baseline, null);
        var latest = value == null ? null : new IndicatorStatus.Latest(new FiscalQuarter(2570, quarter), value, null);
        assertThat(IndicatorStatus.of(terms, latest, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "due {0}, today {1}, done {2} → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # due date,  today,      done,  status
            2027-09-30, 2027-02-10, true,  ACHIEVED
            2027-09-30, 2027-02-10, false, ON_TRACK
            2027-09-30, 2027-07-01, false, ON_TRACK
            2027-09-30, 2027-07-02, false, AT_RISK
            2027-09-30, 2027-06-30, false, ON_TRACK
            2027-09-30, 2027-09-30, false, AT_RISK
            2027-09-30, 2027-10-01, false, OFF_TRACK
            2027-09-30, 2027-10-01, true,  ACHIEVED
            2027-03-31, 2027-02-10, false, AT_RISK
            """)
    void milestones(LocalDate due, LocalDate today, boolean done, IndicatorStatus expected) {
        var terms = new IndicatorStatus.Terms(TargetKind.MILESTONE, Direction.HIGHER, null, null, due);
        var latest = new IndicatorStatus.Latest(FiscalQuarter.containing(today.isAfter(due) ? due : today), null, done);
        assertThat(IndicatorStatus.of(terms, latest, today)).isEqualTo(expected);
        assertThat(IndicatorStatus.of(terms, null, today)).isEqualTo(IndicatorStatus.NO_DATA);
    }

    @ParameterizedTest(name = "{0} is in Q{2} of FY {1}")
    @CsvSource(textBlock = """
            2026-10-01, 2570, 1
            2026-12-31, 2570, 1
            2027-01-01, 2570, 2
            2027-03-31, 2570, 2
            2027-04-01, 2570, 3
            2027-06-30, 2570, 3
            2027-07-01, 2570, 4
            2027-09-30, 2570, 4
            2027-10-01, 2571, 1
            """)
    void quarters_of_the_fiscal_year(LocalDate day, int fiscalYear, int quarter) {
        var q = FiscalQuarter.containing(day);
        assertThat(q).isEqualTo(new FiscalQuarter(fiscalYear, quarter));
        assertThat(q.firstDay()).isBeforeOrEqualTo(day);
        assertThat(q.lastDay()).isAfterOrEqualTo(day);
    }
}
