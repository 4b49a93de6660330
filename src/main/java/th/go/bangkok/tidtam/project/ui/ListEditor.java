package th.go.bangkok.tidtam.project.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import th.go.bangkok.tidtam.base.Limits;

/**
 * A numbered list of texts (objectives, qualitative targets): add, edit, remove; order kept. Its value, for the
 * form's binder, is the texts that are not blank, kept in step with every edit.
 */
class ListEditor extends AbstractCompositeField<VerticalLayout, ListEditor, List<String>> {

    private final List<TextArea> items = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final Button add;
    private final String itemLabel;
    private boolean readOnly;

    ListEditor(String itemLabel, String addText) {
        super(List.of());
        this.itemLabel = itemLabel;
        rows.setPadding(false);
        rows.setSpacing(false);
        add = new Button(addText, VaadinIcon.PLUS.create(), e -> addItem("").focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        getContent().setPadding(false);
        getContent().add(rows, add);
        setPresentationValue(List.of());
    }

    @Override
    protected void setPresentationValue(List<String> values) {
        rows.removeAll();
        items.clear();
        values.forEach(this::addItem);
        if (values.isEmpty() && !readOnly) {
            addItem("");
        }
    }

    private void typed() {
        setModelValue(items.stream().map(TextArea::getValue).filter(v -> !v.isBlank()).toList(), true);
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        items.forEach(i -> i.setReadOnly(readOnly));
        add.setVisible(!readOnly);
        rows.getChildren().forEach(row -> row.getChildren().filter(Button.class::isInstance)
                .forEach(b -> b.setVisible(!readOnly)));
    }

    private TextArea addItem(String value) {
        var area = new TextArea();
        area.setValue(value);
        area.setMaxLength(Limits.LIST_ITEM);
        area.setWidthFull();
        area.setReadOnly(readOnly);
        area.addValueChangeListener(e -> typed());
        var number = new Span();
        number.addClassName("list-number");
        var row = new HorizontalLayout(number, area);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            items.remove(area);
            rows.remove(row);
            renumber();
            typed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(area.getTranslation("action.remove"));
        remove.setVisible(!readOnly);
        row.add(remove);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        items.add(area);
        rows.add(row);
        renumber();
        return area;
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setAriaLabel(itemLabel + " " + (i + 1));
            ((Span) items.get(i).getParent().orElseThrow().getChildren().findFirst().orElseThrow()).setText((i + 1) + ".");
        }
    }
}
