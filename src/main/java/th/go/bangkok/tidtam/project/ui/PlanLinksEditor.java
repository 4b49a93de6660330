package th.go.bangkok.tidtam.project.ui;

import th.go.bangkok.tidtam.base.Trees;
import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/**
 * Section 1.6: links to goals or indicators of the 20-year plan valid in the project's fiscal year. Its value, for
 * the form's binder, is the ids of the linked nodes in the order chosen.
 */
class PlanLinksEditor extends AbstractCompositeField<VerticalLayout, PlanLinksEditor, List<Long>> {

    private final Map<Long, PlanNodeView> nodes;
    private final List<Long> chosen = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final ComboBox<PlanNodeView> picker = new ComboBox<>();
    private final HorizontalLayout adder;
    private boolean readOnly;

    PlanLinksEditor(List<PlanNodeView> all) {
        super(List.of());
        this.nodes = all.stream().collect(Collectors.toMap(PlanNodeView::id, Function.identity()));
        picker.setPlaceholder(getTranslation("project.plan.pick"));
        picker.setAriaLabel(getTranslation("project.plan.pick"));
        picker.setItemLabelGenerator(this::chainText);
        picker.setWidthFull();
        picker.setClearButtonVisible(true);
        var add = new Button(getTranslation("project.plan.add"), VaadinIcon.PLUS.create(), e -> {
            if (picker.getValue() != null && !chosen.contains(picker.getValue().id())) {
                chosen.add(picker.getValue().id());
                picker.clear();
                render();
                setModelValue(List.copyOf(chosen), true);
            }
        });
        adder = new HorizontalLayout(picker, add);
        adder.setWidthFull();
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        list.setPadding(false);
        getContent().setPadding(false);
        getContent().add(list, adder);
        setFiscalYear(null);
    }

    void setFiscalYear(Integer year) {
        picker.setItems(nodes.values().stream()
                .filter(n -> n.level() == PlanLevel.GOAL || n.level() == PlanLevel.INDICATOR)
                .filter(n -> year == null || year < FiscalYear.MIN || year > FiscalYear.MAX
                        || chain(n.id()).stream().allMatch(c -> c.validFor(FiscalYear.of(year))))
                .sorted((a, b) -> a.code().compareTo(b.code())).toList());
    }

    @Override
    protected void setPresentationValue(List<Long> ids) {
        chosen.clear();
        chosen.addAll(ids);
        render();
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        adder.setVisible(!readOnly);
        render();
    }

    private void render() {
        list.removeAll();
        for (var id : chosen) {
            var text = new Div();
            chain(id).forEach(n -> text.add(new Div(label(n))));
            text.addClassName("plan-chain");
            var row = new HorizontalLayout(text);
            if (!readOnly) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    chosen.remove(id);
                    render();
                    setModelValue(List.copyOf(chosen), true);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(getTranslation("action.remove"));
                row.add(remove);
            }
            row.setWidthFull();
            row.expand(text);
            list.add(row);
        }
    }

    private String label(PlanNodeView node) {
        return getTranslation("project.plan.label." + node.level().name().toLowerCase()) + " : " + node.printed();
    }

    private String chainText(PlanNodeView node) {
        return node.thaiCode() + " " + node.nameTh();
    }

    private List<PlanNodeView> chain(long id) {
        return Trees.ancestry(nodes.get(id), n -> n.parentId() == null ? null : nodes.get(n.parentId()));
    }
}
