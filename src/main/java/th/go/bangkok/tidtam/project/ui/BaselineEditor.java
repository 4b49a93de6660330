package th.go.bangkok.tidtam.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.base.ui.MoneyField;
import th.go.bangkok.tidtam.base.ui.ValueEditor;
import th.go.bangkok.tidtam.project.Baseline;

/**
 * The baseline fields of a project (period, budget, objectives, targets) with the labels of the form, for a
 * change request's proposed values. The same editors as the project form.
 */
class BaselineEditor implements ValueEditor<Baseline> {

    private final BuddhistDatePicker startDate;
    private final BuddhistDatePicker endDate;
    private final MoneyField budget;
    private final ListEditor objectives;
    private final ListEditor qualityTargets;
    private final QuantityTargetsEditor quantityTargets;
    private final VerticalLayout layout = new VerticalLayout();

    BaselineEditor() {
        startDate = new BuddhistDatePicker(layout.getTranslation("project.field.startDate"));
        endDate = new BuddhistDatePicker(layout.getTranslation("project.field.endDate"));
        budget = new MoneyField(layout.getTranslation("project.field.budget"));
        objectives = new ListEditor(layout.getTranslation("project.objective"), layout.getTranslation("project.objective.add"));
        qualityTargets = new ListEditor(layout.getTranslation("project.target.quality"),
                layout.getTranslation("project.target.quality.add"));
        quantityTargets = new QuantityTargetsEditor();
        var dates = new FormLayout(startDate, endDate, budget);
        dates.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 3));
        layout.setPadding(false);
        layout.addClassName("baseline-editor");
        layout.add(dates, label("project.section.1_4"), objectives, label("project.section.1_5_1"),
                qualityTargets, label("project.section.1_5_2"), quantityTargets);
    }

    private NativeLabel label(String key) {
        var label = new NativeLabel(layout.getTranslation(key));
        label.addClassName("section-label");
        return label;
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public Baseline getValue() {
        return new Baseline(startDate.getValue(), endDate.getValue(), budget.getAmount(), objectives.getValue(),
                qualityTargets.getValue(), quantityTargets.getValue());
    }

    @Override
    public void setValue(Baseline value) {
        startDate.setValue(value.startDate());
        endDate.setValue(value.endDate());
        budget.setAmount(value.budget());
        objectives.setValue(value.objectives());
        qualityTargets.setValue(value.qualityTargets());
        quantityTargets.setValue(value.quantityTargets());
    }

    /** The project feature's offer of this editor to others. */
    @org.springframework.stereotype.Component
    static class Factory implements ValueEditor.Factory<Baseline> {

        @Override
        public ValueEditor<Baseline> create() {
            return new BaselineEditor();
        }
    }
}
