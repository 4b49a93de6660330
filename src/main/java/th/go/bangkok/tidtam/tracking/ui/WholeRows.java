package th.go.bangkok.tidtam.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A list on the dashboard that shows whole rows (issue #19: a fixed height cut the fourth wrapped row in half). The
 * grid grows with its rows, ten at a time, and a button under it shows the next ten. The service is still asked for
 * pages of ten, the pages every viewer of the scope shares.
 */
final class WholeRows<T> {

    static final int PAGE = 10;

    private final Grid<T> grid;
    private final Function<Pageable, List<T>> page;
    private final LongSupplier count;
    private final Button more = new Button();
    private int shown = PAGE;
    private long total;
    /** The total was read just now, by {@link #refresh()}: the grid's own count need not read it again. */
    private boolean counted;

    WholeRows(Grid<T> grid, Function<Pageable, List<T>> page, LongSupplier count) {
        this.grid = grid;
        this.page = page;
        this.count = count;
        grid.setAllRowsVisible(true);
        grid.setItems(this::fetch, query -> (int) Math.min(shown, total()));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClassName("show-more");
        more.addClickListener(e -> {
            shown += PAGE;
            refresh();
        });
        more.setVisible(false);
    }

    /** Under the grid: shows the next ten rows; hidden when every row shows. */
    Button more() {
        return more;
    }

    /** Back to the first ten rows, for another month or agency. */
    void reset() {
        shown = PAGE;
        refresh();
    }

    private void refresh() {
        total = count.getAsLong();
        counted = true;
        grid.getDataProvider().refreshAll();
        more.setVisible(total > shown);
        more.setText(more.getTranslation("tracking.more", Math.min(PAGE, total - shown), total));
    }

    private long total() {
        if (!counted) {
            total = count.getAsLong();
        }
        counted = false;
        return total;
    }

    private Stream<T> fetch(Query<T, Void> query) {
        int from = query.getOffset();
        int to = Math.min(from + query.getLimit(), shown);
        var rows = new ArrayList<T>();
        for (int p = from / PAGE; p * PAGE < to; p++) {
            var items = page.apply(PageRequest.of(p, PAGE));
            for (int i = 0; i < items.size(); i++) {
                int index = p * PAGE + i;
                if (index >= from && index < to) {
                    rows.add(items.get(i));
                }
            }
        }
        return rows.stream();
    }
}
