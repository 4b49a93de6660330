package th.go.bangkok.tidtam.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/**
 * The project form, in the order and with the labels of the official form (sections 1.1–1.6). It holds the
 * user's input until they save; the service validates again and its messages land next to the fields.
 */
class ProjectForm extends Composite<VerticalLayout> {

    final TextField name = new TextField(getTranslation("project.field.name"));
    final TextField code = new TextField(getTranslation("project.field.code"));
    final IntegerField fiscalYear = new IntegerField(getTranslation("project.field.fiscalYear"));
    final BuddhistDatePicker startDate = new BuddhistDatePicker(getTranslation("project.field.startDate"));
    final BuddhistDatePicker endDate = new BuddhistDatePicker(getTranslation("project.field.endDate"));
    final BigDecimalField budget = new BigDecimalField(getTranslation("project.field.budget"));
    final ComboBox<AgencyNode> agency = new ComboBox<>(getTranslation("project.field.agency"));
    final TextField responsibleName = new TextField(getTranslation("project.field.responsible"));
    final TextField responsiblePhone = new TextField(getTranslation("project.field.phone"));
    final TextField coordinatorName = new TextField(getTranslation("project.field.coordinator"));
    final TextField coordinatorPhone = new TextField(getTranslation("project.field.phone"));
    final TextArea rationale = new TextArea(getTranslation("project.section.rationale"));
    final ListEditor objectives = new ListEditor(getTranslation("project.objective"), getTranslation("project.objective.add"));
    final ListEditor qualityTargets = new ListEditor(getTranslation("project.target.quality"),
            getTranslation("project.target.quality.add"));
    final QuantityTargetsEditor quantityTargets = new QuantityTargetsEditor();
    final PlanLinksEditor planLinks;
    private final Paragraph baselineNote = new Paragraph(getTranslation("project.baseline.note"));
    private final Span problems = new Span();
    private final Map<String, Component> fieldsByProperty = new HashMap<>();

    ProjectForm(List<AgencyNode> agencies, Map<Long, String> agencyPaths, List<PlanNodeView> plan) {
        planLinks = new PlanLinksEditor(plan);
        name.setMaxLength(Limits.PROJECT_NAME);
        name.setRequiredIndicatorVisible(true);
        code.setHelperText(getTranslation("project.code.help"));
        code.setAllowedCharPattern("[0-9-]");
        code.setMaxLength(13);
        fiscalYear.setRequiredIndicatorVisible(true);
        fiscalYear.setStepButtonsVisible(true);
        startDate.setRequiredIndicatorVisible(true);
        endDate.setRequiredIndicatorVisible(true);
        budget.setRequiredIndicatorVisible(true);
        budget.setSuffixComponent(new Span(getTranslation("project.baht")));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> agencyPaths.getOrDefault(a.id(), a.nameTh()));
        agency.setRequiredIndicatorVisible(true);
        responsibleName.setMaxLength(Limits.PERSON_NAME);
        responsibleName.setRequiredIndicatorVisible(true);
        responsiblePhone.setMaxLength(Limits.PHONE);
        coordinatorName.setMaxLength(Limits.PERSON_NAME);
        coordinatorPhone.setMaxLength(Limits.PHONE);
        rationale.setMaxLength(Limits.RATIONALE);
        rationale.setWidthFull();
        rationale.setMinHeight("8rem");
        fiscalYear.addValueChangeListener(e -> planLinks.setFiscalYear(e.getValue()));
        baselineNote.addClassName("baseline-note");
        baselineNote.setVisible(false);
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert"); // read out as it changes (WCAG 4.1.3)

        var section11 = new FormLayout(name, code, fiscalYear, startDate, endDate, budget);
        section11.setColspan(name, 2);
        var section12 = new FormLayout(agency, responsibleName, responsiblePhone, coordinatorName, coordinatorPhone);
        section12.setColspan(agency, 2);
        for (var form : List.of(section11, section12)) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        }
        getContent().setPadding(false);
        getContent().add(problems, baselineNote,
                new H3(getTranslation("project.section.1")),
                new H4(getTranslation("project.section.1_1")), section11,
                new H4(getTranslation("project.section.1_2")), section12,
                new H4(getTranslation("project.section.1_3")), rationale,
                new H4(getTranslation("project.section.1_4")), objectives,
                new H4(getTranslation("project.section.1_5")),
                new Span(getTranslation("project.section.1_5_1")), qualityTargets,
                new Span(getTranslation("project.section.1_5_2")), quantityTargets,
                new H4(getTranslation("project.section.1_6")), planLinks);

        fieldsByProperty.putAll(Map.ofEntries(Map.entry("name", name), Map.entry("code", code),
                Map.entry("fiscalYear", fiscalYear), Map.entry("startDate", startDate), Map.entry("endDate", endDate),
                Map.entry("startNotAfterEnd", endDate), Map.entry("periodInFiscalYear", startDate),
                Map.entry("budget", budget), Map.entry("agencyId", agency), Map.entry("responsibleName", responsibleName),
                Map.entry("responsiblePhone", responsiblePhone), Map.entry("coordinatorName", coordinatorName),
                Map.entry("coordinatorPhone", coordinatorPhone), Map.entry("rationale", rationale)));
    }

    void setData(ProjectData data, boolean isNew, boolean baselineEditable) {
        name.setValue(nz(data.name()));
        code.setValue(nz(data.code()));
        fiscalYear.setValue(data.fiscalYear() == 0 ? null : data.fiscalYear());
        startDate.setValue(data.startDate());
        endDate.setValue(data.endDate());
        budget.setValue(data.budget());
        agency.getListDataView().getItems().filter(a -> data.agencyId() != null && a.id() == data.agencyId())
                .findFirst().ifPresent(agency::setValue);
        responsibleName.setValue(nz(data.responsibleName()));
        responsiblePhone.setValue(nz(data.responsiblePhone()));
        coordinatorName.setValue(nz(data.coordinatorName()));
        coordinatorPhone.setValue(nz(data.coordinatorPhone()));
        rationale.setValue(nz(data.rationale()));
        objectives.setValues(data.objectives());
        qualityTargets.setValues(data.qualityTargets());
        quantityTargets.setValues(data.quantityTargets());
        planLinks.setFiscalYear(data.fiscalYear());
        planLinks.setValues(data.planNodeIds());
        code.setReadOnly(!isNew);
        agency.setReadOnly(!isNew);
        name.setReadOnly(!baselineEditable);
        fiscalYear.setReadOnly(!baselineEditable);
        startDate.setReadOnly(!baselineEditable);
        endDate.setReadOnly(!baselineEditable);
        budget.setReadOnly(!baselineEditable);
        objectives.setReadOnly(!baselineEditable);
        qualityTargets.setReadOnly(!baselineEditable);
        quantityTargets.setReadOnly(!baselineEditable);
        planLinks.setReadOnly(!baselineEditable);
        baselineNote.setVisible(!baselineEditable);
    }

    ProjectData getData(long version) {
        return new ProjectData(code.getValue(), name.getValue(), fiscalYear.getValue() == null ? 0 : fiscalYear.getValue(),
                startDate.getValue(), endDate.getValue(), budget.getValue(),
                agency.getValue() == null ? null : agency.getValue().id(), responsibleName.getValue(),
                responsiblePhone.getValue(), coordinatorName.getValue(), coordinatorPhone.getValue(),
                rationale.getValue(), objectives.getValues(), qualityTargets.getValues(), quantityTargets.getValues(),
                planLinks.getValues(), version);
    }

    /** Puts each broken rule next to its field; rules without a field are listed at the top of the form. */
    void showViolations(ConstraintViolationException e) {
        clearProblems();
        var unplaced = new ArrayList<String>();
        for (var violation : e.getConstraintViolations()) {
            var path = violation.getPropertyPath().toString();
            var property = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            var field = fieldsByProperty.get(property);
            var message = UiErrors.violation(violation);
            if (field instanceof HasValidation v) {
                v.setErrorMessage(message.contains(": ") ? message.substring(message.indexOf(": ") + 2) : message);
                v.setInvalid(true);
            } else {
                unplaced.add(message);
            }
        }
        problems.setText(String.join(" · ", unplaced));
        problems.setVisible(!unplaced.isEmpty());
    }

    void showProblem(String message) {
        problems.setText(message);
        problems.setVisible(true);
    }

    void clearProblems() {
        fieldsByProperty.values().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
            }
        });
        problems.setVisible(false);
    }

    /** Client-side check of the required fields, so the common slips are caught before a round trip. */
    boolean checkRequired() {
        clearProblems();
        boolean ok = true;
        ok &= required(name, name.isEmpty(), "project.name.required");
        ok &= required(fiscalYear, fiscalYear.isEmpty(), "project.fiscalYear.range");
        ok &= required(startDate, startDate.isEmpty(), "project.startDate.required");
        ok &= required(endDate, endDate.isEmpty(), "project.endDate.required");
        ok &= required(budget, budget.isEmpty(), "project.budget.required");
        ok &= required(agency, agency.isEmpty(), "project.agency.required");
        ok &= required(responsibleName, responsibleName.isEmpty(), "project.responsibleName.required");
        if (ok && startDate.getValue().isAfter(endDate.getValue())) {
            ok = required(endDate, true, "project.dates.order");
        }
        return ok;
    }

    private boolean required(HasValidation field, boolean missing, String key) {
        if (missing) {
            field.setErrorMessage(getTranslation(key));
            field.setInvalid(true);
        }
        return !missing;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
