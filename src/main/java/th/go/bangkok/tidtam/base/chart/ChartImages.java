package th.go.bangkok.tidtam.base.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * Charts drawn on the server as PNG (JFreeChart), in the Sarabun font the screens use, so Thai labels show
 * right whatever fonts the server or the reader's computer has. Flat bars, light grid, the portal's blue.
 */
public final class ChartImages {

    public static final Color BLUE = new Color(0x1565c0);
    public static final Color LIGHT_BLUE = new Color(0x90caf9);
    public static final Color GREY = new Color(0x8a94a6);
    private static final Color TEXT = new Color(0x2d3748);
    private static final Font SARABUN = load("/META-INF/resources/fonts/Sarabun-Regular.ttf");
    private static final Font SARABUN_BOLD = load("/META-INF/resources/fonts/Sarabun-SemiBold.ttf");

    private ChartImages() {
    }

    public static Font font(float size) {
        return SARABUN.deriveFont(size);
    }

    /** Fonts, colours and flat bars of the portal, applied to a chart made by {@code ChartFactory}. */
    public static JFreeChart styled(JFreeChart chart) {
        var theme = new StandardChartTheme("Tidtam");
        theme.setExtraLargeFont(SARABUN_BOLD.deriveFont(18f));
        theme.setLargeFont(SARABUN_BOLD.deriveFont(15f));
        theme.setRegularFont(SARABUN.deriveFont(13f));
        theme.setSmallFont(SARABUN.deriveFont(12f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xe3e6ea));
        theme.setDomainGridlinePaint(new Color(0xe3e6ea));
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setOutlineVisible(false);
            plot.setRangeGridlineStroke(new BasicStroke(1f));
            if (plot.getRenderer() instanceof BarRenderer bars) {
                bars.setItemMargin(0.05);
                bars.setMaximumBarWidth(0.08);
            }
        }
        return chart;
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        var out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Font load(String resource) {
        try (var in = ChartImages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " cannot be read", e);
        }
    }
}
