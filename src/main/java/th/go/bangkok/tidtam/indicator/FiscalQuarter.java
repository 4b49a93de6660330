package th.go.bangkok.tidtam.indicator;

import java.time.LocalDate;
import th.go.bangkok.tidtam.base.FiscalYear;

/** ไตรมาส 1–4 of a fiscal year: 1 = October–December, 2 = January–March, 3 = April–June, 4 = July–September. */
public record FiscalQuarter(int fiscalYear, int quarter) implements Comparable<FiscalQuarter> {

    public FiscalQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        FiscalYear.of(fiscalYear);
    }

    public static FiscalQuarter containing(LocalDate date) {
        var year = FiscalYear.containing(date);
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(
                year.firstDay().withDayOfMonth(1), date.withDayOfMonth(1));
        return new FiscalQuarter(year.buddhistYear(), months / 3 + 1);
    }

    public LocalDate firstDay() {
        return FiscalYear.of(fiscalYear).firstDay().plusMonths(3L * (quarter - 1));
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The share of the fiscal year gone by at the quarter's end: 1/4, 2/4, 3/4, 1. */
    public java.math.BigDecimal elapsedShare() {
        return java.math.BigDecimal.valueOf(quarter).divide(java.math.BigDecimal.valueOf(4));
    }

    @Override
    public int compareTo(FiscalQuarter other) {
        return fiscalYear != other.fiscalYear ? Integer.compare(fiscalYear, other.fiscalYear)
                : Integer.compare(quarter, other.quarter);
    }
}
