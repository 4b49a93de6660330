package th.go.bangkok.tidtam.base;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.DecimalStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Dates as Thai officials write them: the Buddhist era (พ.ศ. = ค.ศ. + 543), day first.
 * Storage stays ISO (Gregorian); only what people read and type is Buddhist.
 */
public final class ThaiDates {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");
    public static final int BUDDHIST_OFFSET = 543;

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/uuuu", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE)
            .withDecimalStyle(DecimalStyle.STANDARD)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE)
            .withDecimalStyle(DecimalStyle.STANDARD);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE)
            .withDecimalStyle(DecimalStyle.STANDARD);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE)
            .withDecimalStyle(DecimalStyle.STANDARD);
    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM yy", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE)
            .withDecimalStyle(DecimalStyle.STANDARD);
    private static final DecimalStyle THAI_DIGITS = DecimalStyle.STANDARD.withZeroDigit('๐');

    private ThaiDates() {
    }

    /** 31/03/2564 */
    public static String formatShort(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** 11 มกราคม 2564 */
    public static String formatLong(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** มีนาคม 2569 */
    public static String formatMonth(java.time.YearMonth month) {
        return month == null ? "" : MONTH.format(month.atDay(1));
    }

    /** มี.ค. 69, for chart axes. */
    public static String formatMonthShort(java.time.YearMonth month) {
        return month == null ? "" : MONTH_SHORT.format(month.atDay(1));
    }

    /** ๑๑ มกราคม ๒๕๖๔, as the official form prints codes and dates. */
    public static String formatLongThaiDigits(LocalDate date) {
        return date == null ? "" : LONG.withDecimalStyle(THAI_DIGITS).format(date);
    }

    /** 24/11/2569 19:30, in Bangkok time. */
    public static String formatDateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /**
     * Parses dd/MM/yyyy in the Buddhist era; Thai digits are accepted too.
     *
     * @throws ThaiDateException with a message key when the text is no real date
     */
    public static LocalDate parseShort(String text) {
        if (text == null || text.isBlank()) {
            throw new ThaiDateException("error.date.empty", text);
        }
        var normalised = toArabicDigits(text.strip());
        if (!normalised.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            throw new ThaiDateException("error.date.format", text);
        }
        var parts = normalised.split("/");
        var padded = "%02d/%02d/%s".formatted(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]);
        try {
            return LocalDate.from(ThaiBuddhistDate.from(SHORT.parse(padded)));
        } catch (DateTimeException e) {
            throw new ThaiDateException("error.date.invalid", text);
        }
    }

    /**
     * Parses the Gregorian ISO form (2020-10-22), strictly; used for imports.
     *
     * @throws ThaiDateException when the text is no real date
     */
    public static LocalDate parseIso(String text) {
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ThaiDateException("error.date.invalid", text);
        }
    }

    public static int toBuddhistYear(int gregorianYear) {
        return gregorianYear + BUDDHIST_OFFSET;
    }

    public static int toGregorianYear(int buddhistYear) {
        return buddhistYear - BUDDHIST_OFFSET;
    }

    /** ๗.๓.๑ for 7.3.1: the official form prints codes in Thai digits. */
    public static String toThaiDigits(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : (char) c));
        return out.toString();
    }

    public static String toArabicDigits(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : (char) c));
        return out.toString();
    }

    /** A date that is not one; carries a message key of the i18n bundles and the offending text. */
    public static final class ThaiDateException extends IllegalArgumentException {
        private final String messageKey;

        ThaiDateException(String messageKey, String input) {
            super(messageKey + ": '" + input + "'");
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
