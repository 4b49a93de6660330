package th.go.bangkok.tidtam.project.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import th.go.bangkok.tidtam.base.ui.LeanGrids;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.BaselineVersion;

/**
 * แผนเดิม / ปัจจุบัน: for a project changed by approved requests, the fields that differ between the original
 * plan and now, side by side, then the approved changes with their letters (as the official form prints them).
 */
class BaselineHistoryView extends VerticalLayout {

    record Row(String field, String original, String current) {
    }

    BaselineHistoryView(List<BaselineVersion> versions) {
        setPadding(false);
        addClassName("baseline-history");
        var original = versions.getFirst().baseline();
        var current = versions.getLast().baseline();
        add(new H3(getTranslation("project.baseline.title")));
        var fields = original.differencesFrom(current);
        if (!fields.isEmpty()) {
            var grid = new Grid<Row>();
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.addColumn(Row::field).setHeader(getTranslation("change.field")).setWidth("10rem").setFlexGrow(0);
            grid.addComponentColumn(r -> lines(r.original())).setHeader(getTranslation("project.baseline.original"));
            grid.addComponentColumn(r -> lines(r.current())).setHeader(getTranslation("project.baseline.current"));
            grid.setItems(fields.stream().map(f -> new Row(getTranslation(f.messageKey()), original.text(f), current.text(f)))
                    .toList());
            grid.setAllRowsVisible(true);
            add(LeanGrids.lean(grid));
        }
        var approved = new OrderedList();
        versions.stream().filter(v -> v.letterNo() != null).forEach(v -> approved.add(new ListItem(getTranslation(
                "project.baseline.approvedLine", v.labelKey() == null ? "" : getTranslation(v.labelKey()), v.letterNo(),
                ThaiDates.formatShort(v.letterDate())))));
        add(new H4(getTranslation("project.baseline.approvedChanges")), approved);
    }

    private static Span lines(String text) {
        var span = new Span(text);
        span.addClassName("report-steps");
        return span;
    }

    static boolean worthShowing(List<BaselineVersion> versions) {
        return versions.size() > 1;
    }
}
