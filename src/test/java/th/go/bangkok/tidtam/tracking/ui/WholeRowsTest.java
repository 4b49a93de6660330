package th.go.bangkok.tidtam.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * /tracking's lists show whole rows (issue #19: the missing-reports grid had a fixed height that cut its fourth
 * wrapped row in half): the grid is as tall as its rows, ten of them, and a button shows ten more.
 */
class WholeRowsTest {

    final List<String> reports = IntStream.rangeClosed(1, 25).mapToObj(i -> "0300-" + i).toList();
    int pagesAsked;

    @Test
    void the_list_is_as_tall_as_its_first_ten_rows_and_the_button_adds_ten_at_a_time() {
        var grid = new Grid<String>();
        var rows = new WholeRows<>(grid, pageable -> {
            pagesAsked++;
            assertThat(pageable.getPageSize()).as("pages of ten, the ones viewers share").isEqualTo(10);
            return reports.stream().skip(pageable.getOffset()).limit(pageable.getPageSize()).toList();
        }, () -> reports.size());
        rows.reset();

        assertThat(grid.isAllRowsVisible()).as("no fixed height to cut a row").isTrue();
        assertThat(shown(grid)).containsExactlyElementsOf(reports.subList(0, 10));
        assertThat(rows.more().isVisible()).isTrue();

        rows.more().click();
        assertThat(shown(grid)).containsExactlyElementsOf(reports.subList(0, 20));
        rows.more().click();
        assertThat(shown(grid)).containsExactlyElementsOf(reports);
        assertThat(rows.more().isVisible()).as("everything shows").isFalse();

        rows.reset();
        assertThat(shown(grid)).hasSize(10);
    }

    @Test
    void a_short_list_shows_all_its_rows_and_no_button() {
        var grid = new Grid<String>();
        var rows = new WholeRows<>(grid, pageable -> reports.subList(0, 3), () -> 3);
        rows.reset();
        assertThat(shown(grid)).hasSize(3);
        assertThat(rows.more().isVisible()).isFalse();
    }

    @Test
    void showing_another_month_counts_its_rows_once_not_once_for_the_button_and_again_for_the_grid() {
        var grid = new Grid<String>();
        int[] counts = {0};
        var rows = new WholeRows<>(grid, pageable -> reports.subList(0, 10), () -> {
            counts[0]++;
            return reports.size();
        });
        rows.reset();
        assertThat(shown(grid)).hasSize(10);
        assertThat(counts[0]).as("the button's count serves the grid's").isEqualTo(1);

        assertThat(shown(grid)).hasSize(10);
        assertThat(counts[0]).as("a later size request, with nothing refreshed, reads afresh").isEqualTo(2);
    }

    /** What the grid would render: the size it is told, fetched from offset 0, as a grid asks a range. */
    private static List<String> shown(Grid<String> grid) {
        var provider = grid.getDataProvider();
        int size = provider.size(new Query<>());
        return provider.fetch(new Query<>(0, Math.max(size, 1) + 5, List.of(), null, null)).toList();
    }
}
