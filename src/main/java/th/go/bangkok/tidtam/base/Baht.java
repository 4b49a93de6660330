package th.go.bangkok.tidtam.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as the forms print it: 824,000.00 บาท. Amounts are BigDecimal with two decimals, never double. */
public final class Baht {

    public static final BigDecimal MAX_BUDGET = new BigDecimal("100000000000.00");

    private Baht() {
    }

    /** 824,000.00 */
    public static String formatAmount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** 824,000.00 บาท (Baht in English). */
    public static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        var unit = "en".equals(locale.getLanguage()) ? " Baht" : " บาท";
        return formatAmount(amount) + unit;
    }

    public static String format(BigDecimal amount) {
        return format(amount, ThaiDates.THAI);
    }
}
