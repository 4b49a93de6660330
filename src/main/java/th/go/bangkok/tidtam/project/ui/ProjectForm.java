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
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.base.ui.RecordBinder;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/**
 * The project form, in the order and with the labels of the official form (sections 1.1–1.6). A buffered binder
 * holds the user's input until they save and checks it with the constraints the service checks on ProjectData, in
 * the service's words, before any call; the service validates again and its messages land next to the fields too.
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
    private final RecordBinder<ProjectData> binder = new RecordBinder<>(ProjectData.class);
    /** The version travels with the form, unseen, so a concurrent save is detected rather than overwritten. */
    private final ReadOnlyHasValue<Long> version = new ReadOnlyHasValue<>(v -> { });

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
        bind(agencies);
    }

    private void bind(List<AgencyNode> agencies) {
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(fiscalYear).withConverter(y -> y == null ? 0 : y, y -> y == 0 ? null : y).bind("fiscalYear");
        binder.forField(startDate).bind("startDate");
        binder.forField(endDate).bind("endDate");
        binder.forField(budget).bind("budget");
        binder.forField(agency).withConverter(a -> a == null ? null : a.id(), (Long id) -> id == null ? null
                : agencies.stream().filter(a -> a.id() == id).findFirst().orElse(null)).bind("agencyId");
        binder.forField(responsibleName).bind("responsibleName");
        binder.forField(responsiblePhone).bind("responsiblePhone");
        binder.forField(coordinatorName).bind("coordinatorName");
        binder.forField(coordinatorPhone).bind("coordinatorPhone");
        binder.forField(rationale).bind("rationale");
        binder.forField(objectives).bind("objectives");
        binder.forField(qualityTargets).bind("qualityTargets");
        binder.forField(quantityTargets).bind("quantityTargets");
        binder.forField(planLinks).bind("planNodeIds");
        binder.forField(version).bind("version");
    }

    void setData(ProjectData data, boolean isNew, boolean baselineEditable) {
        binder.readRecord(data);
        planLinks.setFiscalYear(data.fiscalYear());
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

    /**
     * What the user typed, with {@code version}, once it keeps every rule the service checks on it; otherwise empty,
     * each broken rule shown at its field (or at the top of the form) and the input kept as typed.
     */
    Optional<ProjectData> write(long version) {
        clearProblems();
        this.version.setValue(version);
        try {
            return Optional.of(binder.write());
        } catch (ValidationException e) {
            return Optional.empty();
        } catch (ConstraintViolationException e) {
            showViolations(e);
            return Optional.empty();
        }
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
}
