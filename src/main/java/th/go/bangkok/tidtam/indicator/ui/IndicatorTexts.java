package th.go.bangkok.tidtam.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.indicator.Direction;
import th.go.bangkok.tidtam.indicator.IndicatorStatus;
import th.go.bangkok.tidtam.indicator.ResultView;
import th.go.bangkok.tidtam.indicator.TargetKind;
import th.go.bangkok.tidtam.indicator.TargetView;

/** How targets, results and statuses read on the indicator screens: "≥ 6,000 คน", "แล้วเสร็จภายใน 30/09/2570". */
final class IndicatorTexts {

    private IndicatorTexts() {
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        var format = new DecimalFormat(value.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    static String target(Component c, TargetView t) {
        if (t == null) {
            return c.getTranslation("indicator.noTarget");
        }
        if (t.kind() == TargetKind.MILESTONE) {
            return c.getTranslation("indicator.target.by", ThaiDates.formatShort(t.dueDate()));
        }
        return (t.direction() == Direction.LOWER ? "≤ " : "≥ ") + number(t.value()) + unit(t);
    }

    static String result(Component c, TargetView t, ResultView r) {
        if (r == null) {
            return "–";
        }
        if (t.kind() == TargetKind.MILESTONE) {
            return Boolean.TRUE.equals(r.done())
                    ? c.getTranslation("indicator.result.done", ThaiDates.formatShort(r.doneOn()))
                    : c.getTranslation("indicator.result.notDone");
        }
        return number(r.value()) + unit(t);
    }

    private static String unit(TargetView t) {
        return t.unit() == null || t.unit().isBlank() ? (t.kind() == TargetKind.PERCENT ? " %" : "") : " " + t.unit();
    }

    static Span badge(Component c, IndicatorStatus status) {
        var badge = new Span(status == null ? "–" : c.getTranslation(status.messageKey()));
        if (status != null) {
            badge.getElement().getThemeList().add("badge");
            badge.getElement().getThemeList().add(status.badge());
            badge.addClassName("indicator-status");
            badge.getElement().setAttribute("data-status", status.name());
        }
        return badge;
    }
}
