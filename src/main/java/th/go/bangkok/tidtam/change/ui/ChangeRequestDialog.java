package th.go.bangkok.tidtam.change.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.files.EvidenceType;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.base.ui.EvidenceUploads;
import th.go.bangkok.tidtam.base.ui.FieldErrors;
import th.go.bangkok.tidtam.base.ui.RecordBinder;
import th.go.bangkok.tidtam.base.ui.ValueEditor;
import th.go.bangkok.tidtam.change.ChangeKind;
import th.go.bangkok.tidtam.change.ChangeRequestData;
import th.go.bangkok.tidtam.change.ChangeRequestView;
import th.go.bangkok.tidtam.change.ChangeFilingService;
import th.go.bangkok.tidtam.project.Baseline;

/**
 * ขอเปลี่ยนแปลง: the officer's request. The current baseline stands on the left, the proposed values are edited on
 * the right, and the before → after table shows what would change. Kinds without a field on the form (method,
 * expense items, other) are described in words. บันทึกร่าง keeps a draft; ยื่นคำขอ submits it to the heads.
 */
class ChangeRequestDialog extends Dialog {

    private final RadioButtonGroup<ChangeKind> kind = new RadioButtonGroup<>(getTranslation("change.kind"));
    private final TextArea reason = new TextArea(getTranslation("change.reason"));
    private final TextArea description = new TextArea(getTranslation("change.description"));
    private final ValueEditor<Baseline> proposed;
    private final Baseline current;
    private final Div diff = new Div();
    private final Span problem = new Span();
    private final FieldErrors errors = new FieldErrors(kind, reason, description);
    /** The version travels with the form, unseen, so a concurrent save is detected rather than overwritten. */
    private final ReadOnlyHasValue<Long> version = new ReadOnlyHasValue<>(v -> { });
    /** Buffered: the request is what the fields hold when it is sent, checked as the service checks it. */
    private final RecordBinder<ChangeRequestData> binder = new RecordBinder<>(ChangeRequestData.class);
    private final HorizontalLayout sideBySide;
    private final List<EvidenceUpload> pending = Collections.synchronizedList(new ArrayList<>());
    private final ChangeFilingService changes;
    private final String projectCode;
    private final Runnable onSaved;
    private Long id;

    ChangeRequestDialog(ChangeFilingService changes, ValueEditor.Factory<Baseline> editors, String projectCode,
                        Baseline current, ChangeRequestView existing, Runnable onSaved) {
        this.changes = changes;
        this.projectCode = projectCode;
        this.current = current;
        this.onSaved = onSaved;
        this.proposed = editors.create();
        addClassName("change-dialog");
        setHeaderTitle(getTranslation("change.dialogTitle"));
        setWidth("min(72rem, 96vw)");
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert"); // read out as it changes (WCAG 4.1.3)
        kind.setItems(ChangeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        reason.setMaxLength(Limits.RATIONALE);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        description.setMaxLength(Limits.RATIONALE);
        description.setWidthFull();
        description.setHelperText(getTranslation("change.description.help"));

        var currentColumn = new VerticalLayout(new H4(getTranslation("change.current")), currentValues(current));
        currentColumn.setPadding(false);
        currentColumn.addClassName("change-current");
        var proposedColumn = new VerticalLayout(new H4(getTranslation("change.proposed")), proposed.component());
        proposedColumn.setPadding(false);
        sideBySide = new HorizontalLayout(currentColumn, proposedColumn);
        sideBySide.setWidthFull();
        sideBySide.setFlexGrow(1, currentColumn);
        sideBySide.setFlexGrow(2, proposedColumn);
        sideBySide.addClassName("change-side-by-side");

        var refresh = new Button(getTranslation("change.diff.refresh"), e -> showDiff());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var upload = EvidenceUploads.create(pending, EvidenceType.MAX_FILES
                - (existing == null ? 0 : existing.evidence().size()), problem::setText);

        bind();
        if (existing != null) {
            id = existing.id();
            binder.readRecord(new ChangeRequestData(existing.kind(), existing.reason(), existing.description(),
                    existing.proposed(), existing.version()));
            if (existing.decisionComment() != null) {
                problem.setText(getTranslation("change.comment") + ": " + existing.decisionComment());
            }
        } else {
            binder.readRecord(new ChangeRequestData(ChangeKind.TARGETS, null, null, current, 0));
        }
        kind.addValueChangeListener(e -> showKind());
        showKind();
        showDiff();
        var evidenceLabel = new H4(getTranslation("change.evidence"));
        add(problem, kind, reason, description, sideBySide, new HorizontalLayout(new H4(getTranslation("change.diff")), refresh),
                diff, evidenceLabel);
        if (existing != null && !existing.evidence().isEmpty()) {
            add(new Span(existing.evidence().stream().map(f -> f.fileName()).collect(Collectors.joining(", "))));
        }
        add(upload);
        reason.focus();

        var save = new Button(getTranslation("change.saveDraft"), e -> save(false));
        var submit = new Button(getTranslation("change.submit"), e -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
        if (existing != null) {
            var withdraw = new Button(getTranslation("change.withdraw"), e -> Confirmations.ask(
                    getTranslation("change.withdraw"), getTranslation("change.withdraw.confirm"),
                    getTranslation("change.withdraw"), true, () -> {
                        if (UiActions.attempt(() -> changes.withdraw(id), problem::setText)) {
                            close();
                            onSaved.run();
                        }
                    }));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(withdraw);
        }
        getFooter().add(save, submit);
    }

    private void bind() {
        binder.forField(kind).bind("kind");
        binder.forField(reason).bind("reason");
        binder.forField(description).bind("description");
        // the proposed baseline is the project feature's editor, read whole when the request is written
        binder.forField(new ReadOnlyHasValue<Baseline>(proposed::setValue) {
            @Override
            public Baseline getValue() {
                return proposed.getValue();
            }
        }).bind("proposed");
        binder.forField(version).bind("version");
    }

    /** Each field's name above its value, a term and its description, so the two never run together. */
    private DescriptionList currentValues(Baseline baseline) {
        var values = new DescriptionList();
        values.addClassName("change-current-values");
        for (var field : Baseline.Field.values()) {
            var value = new DescriptionList.Description(baseline.text(field));
            value.addClassName("report-steps");
            values.add(new DescriptionList.Term(getTranslation(field.messageKey())), value);
        }
        return values;
    }

    private void showKind() {
        var structured = kind.getValue() == null || kind.getValue().structured();
        sideBySide.setVisible(structured);
        description.setRequiredIndicatorVisible(!structured);
    }

    private void showDiff() {
        diff.removeAll();
        try {
            var value = proposed.getValue();
            var fields = current.differencesFrom(value);
            if (fields.isEmpty()) {
                diff.add(new Span(getTranslation("change.diff.none")));
            } else {
                diff.add(ChangeDetails.diff(this, current, value, fields));
            }
        } catch (RuntimeException e) {
            diff.add(new Span(getTranslation("change.diff.none")));
        }
    }

    private void save(boolean submit) {
        problem.setText("");
        showDiff();
        var written = binder.writeOrShow(errors, this::showViolations);
        if (written.isEmpty()) {
            return;
        }
        var data = written.get();
        var files = List.copyOf(pending);
        try {
            boolean ok = UiActions.attempt(() -> {
                var saved = submit ? changes.saveAndSubmit(id, projectCode, data, files)
                        : changes.saveDraft(id, projectCode, data, files);
                id = saved.id();
                version.setValue(saved.version());
                pending.removeAll(files);
            }, problem::setText);
            if (ok) {
                Notifications.success(getTranslation(submit ? "change.submitted" : "saved"));
                close();
                onSaved.run();
            }
        } catch (ConstraintViolationException e) {
            showViolations(e);
        }
    }

    /** A broken rule of the request's own fields shows at the field (where a screen reader reads it); others on top. */
    private void showViolations(ConstraintViolationException e) {
        var unplaced = new java.util.ArrayList<String>();
        for (var violation : e.getConstraintViolations()) {
            com.vaadin.flow.component.HasValidation field = switch (violation.getPropertyPath().toString()) {
                case "kind" -> kind;
                case "reason" -> reason;
                case "description" -> description;
                default -> null;
            };
            var message = UiErrors.violation(violation);
            if (field == null) {
                unplaced.add(message);
            } else {
                errors.mark(field, message.contains(": ") ? message.substring(message.indexOf(": ") + 2) : message);
            }
        }
        problem.setText(String.join("\n", unplaced));
    }
}
