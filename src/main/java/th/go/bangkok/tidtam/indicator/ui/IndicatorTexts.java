package th.go.bangkok.tidtam.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.math.BigDecimal;
import th.go.bangkok.tidtam.indicator.IndicatorStatus;
import th.go.bangkok.tidtam.indicator.ResultView;
import th.go.bangkok.tidtam.indicator.TargetView;

/** The feature's texts in the component's language, and the status as a coloured badge. */
final class IndicatorTexts {

    private IndicatorTexts() {
    }

    static String number(BigDecimal value) {
        return th.go.bangkok.tidtam.indicator.IndicatorTexts.number(value);
    }

    static String target(Component c, TargetView t) {
        return th.go.bangkok.tidtam.indicator.IndicatorTexts.target(locale(), t);
    }

    static String result(Component c, TargetView t, ResultView r) {
        return th.go.bangkok.tidtam.indicator.IndicatorTexts.result(locale(), t, r);
    }

    private static java.util.Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? th.go.bangkok.tidtam.base.ThaiDates.THAI : ui.getLocale();
    }

    /**
     * The same badge drawn by the browser in a grid cell (no component a row); a row without a status shows "–"
     * with empty attributes.
     */
    static <T> LitRenderer<T> badgeRenderer(Component c, java.util.function.Function<T, IndicatorStatus> status) {
        return badgeRenderer(c, status, r -> true);
    }

    /** The same, and rows that have no status to show ({@code shown} false: a level of the plan) show nothing. */
    static <T> LitRenderer<T> badgeRenderer(Component c, java.util.function.Function<T, IndicatorStatus> statusOf,
                                            java.util.function.Predicate<T> shown) {
        java.util.function.Function<T, IndicatorStatus> status = r -> shown.test(r) ? statusOf.apply(r) : null;
        return LitRenderer.<T>of("<span theme=\"${item.theme}\" class=\"${item.cls}\" data-status=\"${item.status}\">"
                        + "${item.label}</span>")
                .withProperty("theme", r -> status.apply(r) == null ? "" : "badge " + status.apply(r).badge())
                .withProperty("cls", r -> status.apply(r) == null ? "" : "indicator-status")
                .withProperty("status", r -> status.apply(r) == null ? "" : status.apply(r).name())
                .withProperty("label", r -> !shown.test(r) ? ""
                        : status.apply(r) == null ? "–" : c.getTranslation(status.apply(r).messageKey()));
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
