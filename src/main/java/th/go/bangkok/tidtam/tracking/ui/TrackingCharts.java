package th.go.bangkok.tidtam.tracking.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.chart.ChartImages;
import th.go.bangkok.tidtam.tracking.AgencyRow;
import th.go.bangkok.tidtam.tracking.DimensionFigures;
import th.go.bangkok.tidtam.tracking.MonthCompleteness;

/**
 * The dashboard's three charts as PNG: reporting completeness by month over the fiscal year, disbursement against
 * budget by office (millions of baht), and projects per dimension of the 20-year plan. The same figures stand in
 * a table beside each chart. Horizontal charts grow with their rows so long Thai names stay readable.
 */
final class TrackingCharts {

    static final int WIDTH = 760;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** The words a chart prints, in the reader's language (the title stands above the image, on the page). */
    record Labels(String categoryAxis, String valueAxis, String firstSeries, String secondSeries) {
    }

    private TrackingCharts() {
    }

    static byte[] months(List<MonthCompleteness> months, Labels labels) {
        return ChartImages.png(monthsChart(months, labels), WIDTH, 320);
    }

    static JFreeChart monthsChart(List<MonthCompleteness> months, Labels labels) {
        var data = new DefaultCategoryDataset();
        months.forEach(m -> data.addValue(m.reportedPercent(), labels.firstSeries(),
                ThaiDates.formatMonthShort(m.month())));
        var chart = ChartFactory.createBarChart(null, labels.categoryAxis(), labels.valueAxis(), data,
                PlotOrientation.VERTICAL, false, false, false);
        ChartImages.styled(chart);
        var plot = chart.getCategoryPlot();
        var range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 112);
        range.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(25));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        var bars = bars(plot);
        bars.setSeriesPaint(0, ChartImages.BLUE);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%",
                new DecimalFormat("0.#")));
        bars.setDefaultItemLabelsVisible(true);
        bars.setMaximumBarWidth(0.06);
        return horizontalAxisTitles(chart);
    }

    /** Offices by budget, largest first, budget and disbursed side by side in millions of baht. */
    static byte[] offices(List<AgencyRow> offices, Labels labels) {
        return ChartImages.png(officesChart(offices, labels), WIDTH, height(offices.size(), 34));
    }

    static JFreeChart officesChart(List<AgencyRow> offices, Labels labels) {
        var data = new DefaultCategoryDataset();
        offices.stream().sorted(Comparator.comparing(AgencyRow::budget).reversed()).forEach(o -> {
            data.addValue(millions(o.budget()), labels.firstSeries(), o.name());
            data.addValue(millions(o.disbursed()), labels.secondSeries(), o.name());
        });
        var chart = ChartFactory.createBarChart(null, labels.categoryAxis(), labels.valueAxis(), data,
                PlotOrientation.HORIZONTAL, true, false, false);
        ChartImages.styled(chart);
        var bars = bars(chart.getCategoryPlot());
        bars.setSeriesPaint(0, ChartImages.LIGHT_BLUE);
        bars.setSeriesPaint(1, ChartImages.BLUE);
        bars.setMaximumBarWidth(0.5);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        chart.getCategoryPlot().setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        return horizontalAxisTitles(chart);
    }

    static byte[] dimensions(List<DimensionFigures> dimensions, Locale locale, Labels labels) {
        return ChartImages.png(dimensionsChart(dimensions, locale, labels), WIDTH, height(dimensions.size(), 30));
    }

    /** The dimensions numbered in Thai digits, as the plan and the form number them (๑ มหานครปลอดภัย). */
    static JFreeChart dimensionsChart(List<DimensionFigures> dimensions, Locale locale, Labels labels) {
        var data = new DefaultCategoryDataset();
        dimensions.forEach(d -> data.addValue(d.projects(), labels.firstSeries(), d.label(locale)));
        var chart = ChartFactory.createBarChart(null, labels.categoryAxis(), labels.valueAxis(), data,
                PlotOrientation.HORIZONTAL, false, false, false);
        ChartImages.styled(chart);
        var bars = bars(chart.getCategoryPlot());
        bars.setSeriesPaint(0, ChartImages.BLUE);
        bars.setMaximumBarWidth(0.5);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("#,##0")));
        bars.setDefaultItemLabelsVisible(true);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        chart.getCategoryPlot().setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        return horizontalAxisTitles(chart);
    }

    /**
     * Thai set sideways is hard to read (issue #19): the title of the axis on the left moves above the chart, level,
     * and the axis keeps its tick labels only. The axis along the bottom keeps its title, which reads level already.
     */
    static JFreeChart horizontalAxisTitles(JFreeChart chart) {
        var plot = chart.getCategoryPlot();
        Axis left = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation()) == RectangleEdge.LEFT
                ? plot.getDomainAxis() : plot.getRangeAxis();
        if (left.getLabel() != null && !left.getLabel().isBlank()) {
            var title = new TextTitle(left.getLabel(), left.getLabelFont(), left.getLabelPaint(), RectangleEdge.TOP,
                    HorizontalAlignment.LEFT, VerticalAlignment.CENTER, new RectangleInsets(4, 8, 0, 0));
            chart.addSubtitle(0, title);
            left.setLabel(null);
        }
        return chart;
    }

    private static BarRenderer bars(CategoryPlot plot) {
        return (BarRenderer) plot.getRenderer();
    }

    private static int height(int rows, int perRow) {
        return Math.max(220, 110 + rows * perRow);
    }

    private static BigDecimal millions(BigDecimal baht) {
        return baht.divide(MILLION, 2, RoundingMode.HALF_UP);
    }
}
