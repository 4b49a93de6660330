package th.go.bangkok.tidtam.indicator;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;

/** How targets and results read, on screen and in downloads: "≥ 6,000 คน", "แล้วเสร็จภายใน 30/09/2570". */
public final class IndicatorTexts {

    private IndicatorTexts() {
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        var format = new DecimalFormat(value.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    public static String target(Locale locale, TargetView t) {
        if (t == null) {
            return Messages.get(locale, "indicator.noTarget");
        }
        if (t.kind() == TargetKind.MILESTONE) {
            return Messages.get(locale, "indicator.target.by", ThaiDates.formatShort(t.dueDate()));
        }
        return (t.direction() == Direction.LOWER ? "≤ " : "≥ ") + number(t.value()) + unit(t);
    }

    public static String result(Locale locale, TargetView t, ResultView r) {
        if (r == null || t == null) {
            return "–";
        }
        if (t.kind() == TargetKind.MILESTONE) {
            return Boolean.TRUE.equals(r.done())
                    ? Messages.get(locale, "indicator.result.done", ThaiDates.formatShort(r.doneOn()))
                    : Messages.get(locale, "indicator.result.notDone");
        }
        return number(r.value()) + unit(t);
    }

    private static String unit(TargetView t) {
        return t.unit() == null || t.unit().isBlank() ? (t.kind() == TargetKind.PERCENT ? " %" : "") : " " + t.unit();
    }
}
