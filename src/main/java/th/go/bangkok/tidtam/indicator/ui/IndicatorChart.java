package th.go.bangkok.tidtam.indicator.ui;

import java.awt.BasicStroke;
import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import th.go.bangkok.tidtam.base.chart.ChartImages;
import th.go.bangkok.tidtam.indicator.ResultView;
import th.go.bangkok.tidtam.indicator.TargetView;

/**
 * A number or percentage target over its year as PNG: the results by quarter against the target line and the path
 * from the baseline the status rule expects (decision 0014).
 */
final class IndicatorChart {

    record Labels(String quarter, String results, String target, String expected) {
    }

    private IndicatorChart() {
    }

    static byte[] png(TargetView target, List<ResultView> results, Labels labels) {
        var data = new DefaultCategoryDataset();
        var baseline = target.baseline() == null ? BigDecimal.ZERO : target.baseline();
        for (int q = 1; q <= 4; q++) {
            var column = labels.quarter() + " " + q;
            int quarter = q;
            results.stream().filter(r -> r.quarter().quarter() == quarter && r.value() != null).findFirst()
                    .ifPresent(r -> data.addValue(r.value(), labels.results(), column));
            data.addValue(target.value(), labels.target(), column);
            data.addValue(baseline.add(target.value().subtract(baseline).multiply(BigDecimal.valueOf(q))
                    .divide(BigDecimal.valueOf(4))), labels.expected(), column);
        }
        var chart = ChartFactory.createLineChart(null, null, target.unit(), data, PlotOrientation.VERTICAL, true,
                false, false);
        ChartImages.styled(chart);
        var renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, ChartImages.BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesPaint(1, new java.awt.Color(0x2e7d32));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(2, ChartImages.GREY);
        renderer.setSeriesStroke(2, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        renderer.setSeriesShapesVisible(2, false);
        return ChartImages.png(chart, 640, 300);
    }
}
