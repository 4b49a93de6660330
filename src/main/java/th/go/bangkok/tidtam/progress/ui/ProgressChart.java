package th.go.bangkok.tidtam.progress.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SortedMap;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * Actual progress against the plan, month by month, drawn as an SVG on the server (no chart library, nothing to
 * install): the plan a dashed grey line, what was reported a blue line with a dot per report. Months run from the
 * project's start to its end, or to the last report if that came later.
 */
final class ProgressChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 30;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;

    private ProgressChart() {
    }

    /**
     * @param actual reported cumulative % by month (months without a figure are absent)
     * @param planned planned cumulative % by month (empty without a plan)
     */
    static String svg(YearMonth first, YearMonth last, SortedMap<YearMonth, BigDecimal> actual,
                      SortedMap<YearMonth, BigDecimal> planned, String title, String actualLabel, String planLabel) {
        if (!actual.isEmpty() && actual.lastKey().isAfter(last)) {
            last = actual.lastKey();
        }
        int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = months <= 1 ? 0 : plotWidth / (months - 1);
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" class=\"progress-chart\" aria-label=\"").append(escape(title)).append("\">")
                .append("<title>").append(escape(title)).append("</title>");
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = TOP + plotHeight * (1 - pct / 100.0);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#e3e6ea", null))
                    .append(text(LEFT - 6, y + 4, pct + "%", "end"));
        }
        int labelEvery = Math.max(1, (int) Math.ceil(months / 12.0));
        for (int i = 0; i < months; i += labelEvery) {
            double x = LEFT + step * i;
            svg.append(text(x, HEIGHT - BOTTOM + 18, ThaiDates.formatMonthShort(first.plusMonths(i)), "middle"));
        }
        svg.append(polyline(first, planned, step, plotHeight, "#8a94a6", "6 4"));
        // a month without a report breaks the line (history may have gaps): a faint dotted bridge keeps the trend
        var runs = runs(actual);
        for (int i = 0; i < runs.size(); i++) {
            if (i > 0) {
                var from = runs.get(i - 1).lastEntry();
                var to = runs.get(i).firstEntry();
                svg.append(line(x(first, from.getKey(), step), y(from.getValue(), plotHeight), x(first, to.getKey(), step),
                        y(to.getValue(), plotHeight), "#90b4de", "2 5"));
            }
            svg.append(polyline(first, runs.get(i), step, plotHeight, "#1565c0", null));
        }
        for (var point : actual.entrySet()) {
            double x = x(first, point.getKey(), step);
            double y = y(point.getValue(), plotHeight);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1565c0\">"
                    + "<title>%s: %s%%</title></circle>", x, y, escape(ThaiDates.formatMonth(point.getKey())),
                    point.getValue().toPlainString()));
        }
        double legendY = HEIGHT - 8;
        svg.append(line(LEFT, legendY - 4, LEFT + 24, legendY - 4, "#1565c0", null))
                .append(text(LEFT + 30, legendY, actualLabel, "start"));
        if (!planned.isEmpty()) {
            svg.append(line(LEFT + 200, legendY - 4, LEFT + 224, legendY - 4, "#8a94a6", "6 4"))
                    .append(text(LEFT + 230, legendY, planLabel, "start"));
        }
        return svg.append("</svg>").toString();
    }

    /** The reported months in runs of consecutive months. */
    static java.util.List<java.util.TreeMap<YearMonth, BigDecimal>> runs(SortedMap<YearMonth, BigDecimal> actual) {
        var runs = new java.util.ArrayList<java.util.TreeMap<YearMonth, BigDecimal>>();
        YearMonth previous = null;
        for (var point : actual.entrySet()) {
            if (previous == null || !point.getKey().equals(previous.plusMonths(1))) {
                runs.add(new java.util.TreeMap<>());
            }
            runs.getLast().put(point.getKey(), point.getValue());
            previous = point.getKey();
        }
        return runs;
    }

    private static String polyline(YearMonth first, SortedMap<YearMonth, BigDecimal> points, double step,
                                   double plotHeight, String colour, String dash) {
        if (points.isEmpty()) {
            return "";
        }
        var coordinates = new StringBuilder();
        points.forEach((month, pct) -> coordinates.append(String.format(Locale.ROOT, "%.1f,%.1f ",
                x(first, month, step), y(pct, plotHeight))));
        return "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2.5\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + " points=\""
                + coordinates.toString().strip() + "\"/>";
    }

    private static double x(YearMonth first, YearMonth month, double step) {
        return LEFT + step * ChronoUnit.MONTHS.between(first, month);
    }

    private static double y(BigDecimal pct, double plotHeight) {
        return TOP + plotHeight * (1 - pct.doubleValue() / 100.0);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                + " stroke-width=\"%s\"%s/>", x1, y1, x2, y2, colour, dash == null && colour.equals("#e3e6ea") ? "1" : "2.5",
                dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, String content, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#4a5568\""
                + " text-anchor=\"%s\">%s</text>", x, y, anchor, escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
