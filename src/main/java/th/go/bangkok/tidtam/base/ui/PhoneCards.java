package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * A list that is a card per row on a phone (issue #19: a table of many columns scrolled sideways there and squeezed
 * its texts to a word a line): below {@link #NARROW} px of window the grid shows one card column instead of its
 * table columns, and back when the window widens. The card column is made the first time the window is narrow, so
 * a desktop session holds no second set of cells.
 */
public final class PhoneCards {

    /** Narrower than this (in CSS pixels) is a phone. */
    public static final int NARROW = 700;

    private PhoneCards() {
    }

    /** Call after the grid's table columns are added; {@code card} adds the card column and returns it. */
    public static <T> void use(Grid<T> grid, Supplier<Grid.Column<T>> card) {
        use(grid, card, List.of());
    }

    /**
     * As {@link #use(Grid, Supplier)}, with columns that show on a phone too, after the card (a row's button, say).
     */
    public static <T> void use(Grid<T> grid, Supplier<Grid.Column<T>> card, List<Grid.Column<T>> staying) {
        var table = grid.getColumns().stream().filter(column -> !staying.contains(column)).toList();
        var made = new ArrayList<Grid.Column<T>>(1);
        IntConsumer fit = width -> {
            boolean phone = width < NARROW;
            if (phone && made.isEmpty()) {
                made.add(card.get());
                var order = new ArrayList<>(table);
                order.addAll(made);
                order.addAll(staying);
                grid.setColumnOrder(order);
                LeanGrids.lean(grid);
            }
            made.forEach(column -> column.setVisible(phone));
            table.forEach(column -> column.setVisible(!phone));
        };
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.executeJs("return window.innerWidth").then(Integer.class, fit::accept);
            var resizes = page.addBrowserWindowResizeListener(resize -> fit.accept(resize.getWidth()));
            grid.addDetachListener(detach -> {
                resizes.remove();
                detach.unregisterListener();
            });
        });
    }
}
