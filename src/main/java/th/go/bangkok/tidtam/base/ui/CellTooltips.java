package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;

/**
 * A tooltip that shows a text column's own cell text, for names too long for their column. Vaadin's
 * {@code setTooltipGenerator} sends every row's tooltip texts beside its cells, a second copy of each name on the
 * page (a third of {@code /projects}' 50 first rows, issue #17); this one reads the text the browser already has.
 * Only for columns added with {@code addColumn(ValueProvider)}, whose cell text is the row's value under the
 * column's id.
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
        tooltip.executeJs("this.generator = ({item, column}) => item && column && column.hasAttribute($0) "
                + "? String(item[column._flowId] ?? '') : ''", MARK);
    }
}
