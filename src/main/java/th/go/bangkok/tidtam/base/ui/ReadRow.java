package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A label and its value side by side, as the read-only pages show a record's fields (styles .read-row). */
public final class ReadRow {

    private ReadRow() {
    }

    public static Component of(String label, String value) {
        var name = new Span(label);
        name.addClassName("read-label");
        var text = new Span(value);
        text.addClassName("read-value");
        var row = new Div(name, text);
        row.addClassName("read-row");
        return row;
    }
}
