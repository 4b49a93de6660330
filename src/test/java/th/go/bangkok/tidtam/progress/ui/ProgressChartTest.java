package th.go.bangkok.tidtam.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The progress chart of a history with gaps: months without a report break the line, as they were. */
class ProgressChartTest {

    @Test
    void months_without_a_report_break_the_actual_line_into_runs() {
        var actual = new TreeMap<YearMonth, BigDecimal>();
        actual.put(YearMonth.of(2022, 2), new BigDecimal("45.00"));
        actual.put(YearMonth.of(2022, 3), new BigDecimal("60.00"));
        actual.put(YearMonth.of(2022, 6), new BigDecimal("85.00"));
        actual.put(YearMonth.of(2022, 8), new BigDecimal("100.00"));
        var runs = ProgressChart.runs(actual);
        assertThat(runs).extracting(TreeMap::firstKey)
                .containsExactly(YearMonth.of(2022, 2), YearMonth.of(2022, 6), YearMonth.of(2022, 8));
        assertThat(runs.getFirst()).hasSize(2);

        var svg = ProgressChart.svg(YearMonth.of(2021, 10), YearMonth.of(2022, 9), actual, new TreeMap<>(), "t", "a", "p");
        assertThat(svg.split("<polyline", -1)).as("one solid line a run").hasSize(4);
        assertThat(svg.split("stroke-dasharray=\"2 5\"", -1)).as("a dotted bridge over each gap").hasSize(3);
        assertThat(svg.split("<circle", -1)).as("a point a reported month").hasSize(5);
    }
}
