package th.go.bangkok.tidtam.indicator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.DashboardPanel;
import th.go.bangkok.tidtam.base.ui.LeanGrids;
import th.go.bangkok.tidtam.indicator.IndicatorNavigation;
import th.go.bangkok.tidtam.indicator.IndicatorRow;
import th.go.bangkok.tidtam.indicator.IndicatorService;

/**
 * "ตัวชี้วัดที่ต้องติดตาม" on /tracking: the indicators of the year at risk or off track (a head's: their office's),
 * each with its target, latest result and status, linking to its page; a link to the whole list filtered.
 */
@org.springframework.stereotype.Component
class IndicatorPanel implements DashboardPanel {

    private final IndicatorService indicators;

    IndicatorPanel(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Override
    public com.vaadin.flow.component.Component create(int fiscalYear) {
        var rows = indicators.needingAttention(fiscalYear);
        var panel = new Div();
        panel.addClassName("indicator-panel");
        var title = new H3(panel.getTranslation("indicator.panel.title", rows.size()));
        panel.add(title);
        if (rows.isEmpty()) {
            var none = new Paragraph(panel.getTranslation("indicator.panel.none"));
            none.addClassName("empty-state");
            panel.add(none);
            return panel;
        }
        var grid = new Grid<IndicatorRow>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // links and badges drawn by the browser from two strings a row, not a component a cell
        grid.addColumn(LitRenderer.<IndicatorRow>of("<a href=\"${item.href}\">${item.text}</a>")
                        .withProperty("href", r -> IndicatorNavigation.indicator(r.id(), fiscalYear))
                        .withProperty("text", r -> ThaiDates.toThaiDigits(r.code()) + " " + r.name()))
                .setHeader(panel.getTranslation("indicator.col.plan")).setFlexGrow(4);
        grid.addColumn(r -> IndicatorTexts.target(panel, r.target())).setHeader(panel.getTranslation("indicator.col.target"))
                .setAutoWidth(true);
        grid.addColumn(r -> IndicatorTexts.result(panel, r.target(), r.latest()))
                .setHeader(panel.getTranslation("indicator.col.latest")).setAutoWidth(true);
        grid.addColumn(IndicatorTexts.badgeRenderer(panel, IndicatorRow::status))
                .setHeader(panel.getTranslation("indicator.col.status")).setAutoWidth(true);
        grid.addColumn(r -> r.target().ownerName()).setHeader(panel.getTranslation("indicator.col.owner")).setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 10);
        LeanGrids.lean(grid);
        panel.add(grid, new Anchor(IndicatorNavigation.list(fiscalYear, "OFF_TRACK"),
                panel.getTranslation("indicator.panel.all")));
        return panel;
    }
}
