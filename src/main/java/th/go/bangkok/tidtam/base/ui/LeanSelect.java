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
 * <p>The browser knows a choice by its list's tag (made from the labels) and its place, "tag.0", "tag.1", …: a
 * choice made against a list since replaced (a month of the year before, while the new year's months are on their
 * way) is no choice, as with Vaadin's keys. The empty choice is "-" (the web component shows no item for the value
 * "", only a placeholder). Equal lists of labels are one instance for the whole application (every coordinator's
 * months of the same year), shared by every session that shows them: nothing may change a list once sent.
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
    /** Tells this list of labels from the one before it. */
    private String tag = "";

    public LeanSelect() {
        super("value", null, String.class, LeanSelect::itemOf, LeanSelect::keyOf);
    }

    /**
     * The choices, in order; the value is cleared when it is not one of them. Set the labels and the empty choice
     * first: each of the three sends the list again.
     */
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
        var texts = items.stream().map(labels::apply).toList();
        tag = Integer.toString(texts.hashCode() & Integer.MAX_VALUE, Character.MAX_RADIX);
        var choices = JacksonUtils.createArrayNode();
        if (emptyCaption != null) {
            choices.add(JacksonUtils.createObjectNode().put("label", emptyCaption).put("value", NONE));
        }
        for (int i = 0; i < texts.size(); i++) {
            choices.add(JacksonUtils.createObjectNode().put("label", texts.get(i)).put("value", tag + "." + i));
        }
        getElement().setPropertyJson("items", CHOICES.intern(choices));
    }

    private static <T> T itemOf(LeanSelect<T> select, String key) {
        int dot = key == null ? -1 : key.lastIndexOf('.');
        if (dot < 0 || !key.substring(0, dot).equals(select.tag)) {
            return null; // the empty choice, nothing chosen, a choice from a list since replaced, or not a key at all
        }
        try {
            int i = Integer.parseInt(key.substring(dot + 1));
            return i >= 0 && i < select.items.size() ? select.items.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <T> String keyOf(LeanSelect<T> select, T item) {
        int i = item == null ? -1 : select.items.indexOf(item);
        return i >= 0 ? select.tag + "." + i : select.emptyCaption != null ? NONE : "";
    }
}
