package th.go.bangkok.tidtam.project.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.project.ProjectData;

/**
 * เป้าหมายเชิงปริมาณ: description, quantity, unit and an optional breakdown typed as
 * "ข้าราชการ 1,100; บุคคลภายนอก 108". The service checks that the parts add up. The items an old-system export
 * filed under a part are not edited here but kept: a part keeps them while its name or its place stays.
 */
class QuantityTargetsEditor
        extends AbstractCompositeField<VerticalLayout, QuantityTargetsEditor, List<ProjectData.QuantityTargetData>> {

    private static final Pattern PART = Pattern.compile("^(.*?)\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*$");

    private record Row(TextField description, BigDecimalField quantity, TextField unit, TextField breakdown,
                       HorizontalLayout layout, List<ProjectData.Part> loaded) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Button add;
    private boolean readOnly;

    QuantityTargetsEditor() {
        super(List.of());
        list.setPadding(false);
        add = new Button(getTranslation("project.target.add"), VaadinIcon.PLUS.create(),
                e -> addRow(null).focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        getContent().setPadding(false);
        getContent().add(list, add);
    }

    @Override
    protected void setPresentationValue(List<ProjectData.QuantityTargetData> values) {
        list.removeAll();
        rows.clear();
        values.forEach(this::addRow);
    }

    /** The form's value follows every edit: the rows with a description or a quantity. */
    private void typed() {
        setModelValue(rows.stream().filter(r -> !r.description().isEmpty() || r.quantity().getValue() != null)
                .map(r -> new ProjectData.QuantityTargetData(r.description().getValue(), r.quantity().getValue(),
                        r.unit().getValue(), keepItems(parts(r.breakdown().getValue()), r.loaded()))).toList(), true);
    }

    /**
     * The typed parts with the items the loaded parts carried: by the part's name, else by its place when the
     * number of parts is unchanged (a renamed group keeps its items). Items are never typed here.
     */
    static List<ProjectData.Part> keepItems(List<ProjectData.Part> typed, List<ProjectData.Part> loaded) {
        if (loaded.stream().allMatch(p -> p.items().isEmpty())) {
            return typed;
        }
        var kept = new ArrayList<ProjectData.Part>();
        for (int i = 0; i < typed.size(); i++) {
            var part = typed.get(i);
            var same = loaded.stream().filter(l -> l.description().strip().equals(part.description().strip()))
                    .findFirst().orElse(typed.size() == loaded.size() ? loaded.get(i) : null);
            kept.add(same == null ? part : new ProjectData.Part(part.description(), part.quantity(), same.items()));
        }
        return kept;
    }

    /** Parts the user typed; a part without a number keeps quantity null, which validation reports. */
    static List<ProjectData.Part> parts(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var parts = new ArrayList<ProjectData.Part>();
        for (var piece : text.split("[;+\\n]")) {
            if (piece.isBlank()) {
                continue;
            }
            var m = PART.matcher(piece.strip());
            parts.add(m.matches()
                    ? new ProjectData.Part(m.group(1).strip(), new BigDecimal(m.group(2).replace(",", "")))
                    : new ProjectData.Part(piece.strip(), null));
        }
        return parts;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        rows.forEach(r -> {
            r.description().setReadOnly(readOnly);
            r.quantity().setReadOnly(readOnly);
            r.unit().setReadOnly(readOnly);
            r.breakdown().setReadOnly(readOnly);
            r.layout().getChildren().filter(Button.class::isInstance).forEach(b -> b.setVisible(!readOnly));
        });
    }

    private TextField addRow(ProjectData.QuantityTargetData value) {
        var description = new TextField(getTranslation("project.target.description"));
        description.setMaxLength(Limits.TARGET_DESCRIPTION);
        var quantity = new BigDecimalField(getTranslation("project.target.quantity"));
        quantity.setWidth("9rem");
        var unit = new TextField(getTranslation("project.target.unit"));
        unit.setMaxLength(Limits.UNIT);
        unit.setWidth("7rem");
        var breakdown = new TextField(getTranslation("project.target.breakdown"));
        breakdown.setPlaceholder(getTranslation("project.target.breakdown.example"));
        if (value != null) {
            description.setValue(value.description());
            quantity.setValue(value.quantity());
            unit.setValue(value.unit());
            breakdown.setValue(String.join("; ", value.breakdown().stream()
                    .map(p -> p.description() + " " + p.quantity().stripTrailingZeros().toPlainString()).toList()));
        }
        var loaded = value == null ? List.<ProjectData.Part>of() : value.breakdown();
        long items = loaded.stream().mapToLong(p -> p.items().size()).sum();
        if (items > 0) {
            breakdown.setHelperText(getTranslation("project.target.breakdown.itemsKept", items));
        }
        var layout = new HorizontalLayout(description, quantity, unit, breakdown);
        var row = new Row(description, quantity, unit, breakdown, layout, loaded);
        description.addValueChangeListener(e -> typed());
        quantity.addValueChangeListener(e -> typed());
        unit.addValueChangeListener(e -> typed());
        breakdown.addValueChangeListener(e -> typed());
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            rows.remove(row);
            list.remove(layout);
            typed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("action.remove"));
        layout.add(remove);
        layout.setWidthFull();
        layout.setFlexGrow(2, description);
        layout.setFlexGrow(2, breakdown);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.getStyle().set("flex-wrap", "wrap");
        rows.add(row);
        list.add(layout);
        setReadOnly(readOnly);
        return description;
    }
}
