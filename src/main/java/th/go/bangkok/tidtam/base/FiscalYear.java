package th.go.bangkok.tidtam.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * The Thai government's budget year, named in the Buddhist era after the year it ends in:
 * FY 2564 runs from 1 October 2020 to 30 September 2021.
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

    public static final int MIN = 2500;
    public static final int MAX = 2700;

    public FiscalYear {
        if (buddhistYear < MIN || buddhistYear > MAX) {
            throw new IllegalArgumentException("fiscal year out of range: " + buddhistYear);
        }
    }

    /**
     * Whether the month lies in a fiscal year the portal knows, FY {@value #MIN} to FY {@value #MAX}: October 1956 to
     * September 2157. Months from addresses and files are checked against it before anything is looked up.
     */
    public static boolean known(YearMonth month) {
        return !month.isBefore(YearMonth.of(ThaiDates.toGregorianYear(MIN) - 1, Month.OCTOBER))
                && !month.isAfter(YearMonth.of(ThaiDates.toGregorianYear(MAX), Month.SEPTEMBER));
    }

    public static FiscalYear of(int buddhistYear) {
        return new FiscalYear(buddhistYear);
    }

    public static FiscalYear containing(LocalDate date) {
        int gregorianEnd = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(ThaiDates.toBuddhistYear(gregorianEnd));
    }

    public static FiscalYear current(Clock clock) {
        return containing(LocalDate.now(clock));
    }

    public LocalDate firstDay() {
        return LocalDate.of(ThaiDates.toGregorianYear(buddhistYear) - 1, Month.OCTOBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(ThaiDates.toGregorianYear(buddhistYear), Month.SEPTEMBER, 30);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** Whether the period start..end shares at least one day with this fiscal year. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(lastDay()) && !end.isBefore(firstDay());
    }

    public FiscalYear next() {
        return new FiscalYear(buddhistYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(buddhistYear - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(buddhistYear, other.buddhistYear);
    }

    @Override
    public String toString() {
        return Integer.toString(buddhistYear);
    }
}
