package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;

/**
 * A tooltip that shows a text column's own cell text, for names too long for their column. Vaadin's
 * {@code setTooltipGenerator} sends every row's tooltip texts beside its cells, a second copy of each name on the
 * page (on {@code /projects} the name and the office of each of the 50 first rows, a tenth of the answer, issue #17);
 * this one reads the text the browser already has. Only for columns added with {@code addColumn(ValueProvider)},
 * whose cell text is the row's value under the column's id. A column given {@code setTooltipGenerator} later still
 * shows its own tooltips (Vaadin reuses this tooltip element and sends their texts as before).
 */
public final class CellTooltips {

    /** The columns' attribute the tooltip looks for. */
    static final String MARK = "data-cell-tooltip";

    private CellTooltips() {
    }

    /** Hovering (or focusing) a cell of one of {@code columns} shows that cell's whole text. */
    @SafeVarargs
    public static <T> void show(Grid<T> grid, Grid.Column<T>... columns) {
        for (var column : columns) {
            column.getElement().setAttribute(MARK, true);
        }
        var tooltip = new Element("vaadin-tooltip");
        tooltip.setAttribute("slot", "tooltip");
        grid.getElement().appendChild(tooltip);
        // set at every attach, as Vaadin does for its own generator: a grid shown again gets it again
        tooltip.addAttachListener(attach -> tooltip.executeJs(GENERATOR, MARK));
    }

    /** The cell's text for a marked column; Vaadin's own tooltip texts (item.gridtooltips) for any other. */
    private static final String GENERATOR = "this.generator = ({item, column}) => !item || !column ? '' "
            + ": column.hasAttribute($0) ? String(item[column._flowId] ?? '') "
            + ": (item.gridtooltips?.[column._flowId] ?? item.gridtooltips?.['row'] ?? '')";
}
