package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import th.go.bangkok.tidtam.base.Interner;
import tools.jackson.databind.node.ArrayNode;

/**
 * A drop-down of a few fixed choices (a fiscal year, a month, a status) whose choices the browser draws from one
 * list of labels. Vaadin's {@code Select} makes a server-side component of every choice: /tracking's year and month
 * were 38 of the page's nodes, 178 of the 758 changes its opening sent and a part of every session that holds it
 * (issue #17). This is the same web component ({@code vaadin-select}, its {@code items} property), so it looks,
 * opens and answers the keyboard the same; the server keeps the items and sends their labels once.
 *
 * <p>The browser knows a choice by its place in the list ("0", "1", …) and the empty choice as "-" (the web
 * component shows no item for the value "", only a placeholder). Equal lists of labels are one instance for the
 * whole application (every coordinator's months of the same year).
 */
@Tag("vaadin-select")
@NpmPackage(value = "@vaadin/select", version = "25.2.6")
@JsModule("@vaadin/select/src/vaadin-select.js")
@JsModule("./selectConnector.js") // not used here: the same imports as Select's, so Vaadin's pre-compiled bundle serves
public class LeanSelect<T> extends AbstractSinglePropertyField<LeanSelect<T>, T>
        implements HasLabel, HasSize, HasStyle, Focusable<LeanSelect<T>> {

    private static final Interner<ArrayNode> CHOICES = new Interner<>();
    /** The browser's value for the empty choice. */
    private static final String NONE = "-";

    private List<T> items = List.of();
    private ItemLabelGenerator<T> labels = String::valueOf;
    /** The label of the empty choice, or null when there is none. */
    private String emptyCaption;

    public LeanSelect() {
        super("value", null, String.class, LeanSelect::itemOf, LeanSelect::keyOf);
    }

    /** The choices, in order; the value is cleared when it is not one of them. */
    public void setItems(List<T> items) {
        this.items = List.copyOf(items);
        showItems();
        if (getValue() != null && !this.items.contains(getValue())) {
            clear();
        } else {
            setPresentationValue(getValue());
        }
    }

    @SafeVarargs
    public final void setItems(T... items) {
        setItems(List.of(items));
    }

    public List<T> getItems() {
        return items;
    }

    /** What a choice reads as (the items' {@code toString} until set). */
    public void setItemLabelGenerator(ItemLabelGenerator<T> labels) {
        this.labels = labels;
        showItems();
    }

    /** A first choice that means "any", read as {@code caption}: its value is null. */
    public void setEmptySelectionCaption(String caption) {
        this.emptyCaption = caption;
        showItems();
        setPresentationValue(getValue());
    }

    private void showItems() {
        var choices = JacksonUtils.createArrayNode();
        if (emptyCaption != null) {
            choices.add(JacksonUtils.createObjectNode().put("label", emptyCaption).put("value", NONE));
        }
        for (int i = 0; i < items.size(); i++) {
            choices.add(JacksonUtils.createObjectNode().put("label", labels.apply(items.get(i)))
                    .put("value", String.valueOf(i)));
        }
        getElement().setPropertyJson("items", CHOICES.intern(choices));
    }

    private static <T> T itemOf(LeanSelect<T> select, String key) {
        try {
            int i = Integer.parseInt(key);
            return i >= 0 && i < select.items.size() ? select.items.get(i) : null;
        } catch (NumberFormatException e) {
            return null; // the empty choice, nothing chosen, or not a key this select gave out
        }
    }

    private static <T> String keyOf(LeanSelect<T> select, T item) {
        int i = item == null ? -1 : select.items.indexOf(item);
        return i >= 0 ? String.valueOf(i) : select.emptyCaption != null ? NONE : "";
    }
}
