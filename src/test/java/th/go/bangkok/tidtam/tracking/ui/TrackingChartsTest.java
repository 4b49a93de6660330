package th.go.bangkok.tidtam.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.tracking.AgencyRow;
import th.go.bangkok.tidtam.tracking.DimensionFigures;
import th.go.bangkok.tidtam.tracking.MonthCompleteness;

/** The dashboard's charts as a Thai reader meets them (issue #19): the plan's numbering, and no sideways text. */
class TrackingChartsTest {

    static final Locale THAI = Locale.of("th", "TH");
    static final TrackingCharts.Labels LABELS = new TrackingCharts.Labels("มิติ", "โครงการ", "โครงการ", "เบิกจ่าย");

    @Test
    void the_dimension_chart_numbers_dimensions_in_thai_digits_as_the_plan_does() {
        var chart = TrackingCharts.dimensionsChart(List.of(
                new DimensionFigures(1, "1", "มหานครปลอดภัย", "Safe city", 3, BigDecimal.TEN, BigDecimal.ONE),
                new DimensionFigures(7, "7", "การบริหารจัดการเมืองมหานคร", null, 2, BigDecimal.TEN, BigDecimal.ONE)),
                THAI, LABELS);
        assertThat(chart.getCategoryPlot().getCategories())
                .containsExactly("๑ มหานครปลอดภัย", "๗ การบริหารจัดการเมืองมหานคร");
    }

    @Test
    void no_chart_sets_an_axis_title_sideways_the_left_axis_title_stands_level_above_the_chart() {
        var dimensions = TrackingCharts.dimensionsChart(List.of(
                new DimensionFigures(1, "1", "มหานครปลอดภัย", null, 3, BigDecimal.TEN, BigDecimal.ONE)), THAI, LABELS);
        var offices = TrackingCharts.officesChart(List.of(new AgencyRow(1, null, AgencyLevel.OFFICE, "สำนักการโยธา", 1, 1,
                0, 0, 0, new BigDecimal("2000000"), new BigDecimal("500000"))), LABELS);
        var months = TrackingCharts.monthsChart(List.of(new MonthCompleteness(YearMonth.of(2026, 3), 4, 3)), LABELS);
        for (var chart : List.of(dimensions, offices, months)) {
            assertThat(leftAxis(chart).getLabel()).as("the title of the axis on the left").isNull();
        }
        assertThat(titledAbove(dimensions, "มิติ")).isTrue();
        assertThat(titledAbove(offices, "มิติ")).isTrue();
        assertThat(titledAbove(months, "โครงการ")).as("the value axis stands left of a vertical chart").isTrue();
        assertThat(months.getCategoryPlot().getDomainAxis().getLabel()).as("the bottom axis reads level").isEqualTo("มิติ");
    }

    private static boolean titledAbove(JFreeChart chart, String title) {
        return chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle text && text.getText().equals(title)
                && text.getPosition() == RectangleEdge.TOP);
    }

    private static Axis leftAxis(JFreeChart chart) {
        var plot = chart.getCategoryPlot();
        return Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation()) == RectangleEdge.LEFT
                ? plot.getDomainAxis() : plot.getRangeAxis();
    }
}
