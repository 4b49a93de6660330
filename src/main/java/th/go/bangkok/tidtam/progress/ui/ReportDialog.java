package th.go.bangkok.tidtam.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.ConflictDialog;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.base.ui.EvidenceUploads;
import th.go.bangkok.tidtam.base.ui.FieldErrors;
import th.go.bangkok.tidtam.base.ui.RecordBinder;
import th.go.bangkok.tidtam.progress.EvidenceInfo;
import th.go.bangkok.tidtam.base.files.EvidenceType;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.progress.FileableMonth;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportFilingService;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.progress.ReportingCalendar;

/**
 * One month's report as the form prints it, prefilled with last month's progress (or the draft, or the returned
 * report with the coordinator's comment). Where the project has a plan, the form proposes เป็นไปตามแผน or
 * ล่าช้ากว่าแผน from it until the officer chooses. Evidence files go up with the report: บันทึกร่าง keeps a draft,
 * ส่งรายงาน submits, and a report of 100 % asks whether to close the project.
 *
 * <p>One file because the form's fields, their checks and the proposal from the plan share one binder and one draft.
 */
class ReportDialog extends Dialog {

    private final BuddhistDatePicker date = new BuddhistDatePicker(getTranslation("report.date"));
    private final TextArea steps = new TextArea(getTranslation("report.steps"));
    private final BigDecimalField pct = new BigDecimalField(getTranslation("report.progress"));
    private final BigDecimalField disbursed = new BigDecimalField(getTranslation("report.disbursed"));
    private final RadioButtonGroup<Boolean> onPlan = new RadioButtonGroup<>(getTranslation("report.planQuestion"));
    private final RadioButtonGroup<Boolean> onTarget = new RadioButtonGroup<>(getTranslation("report.targetQuestion"));
    private final TextField reason = new TextField(getTranslation("report.decreaseReason"));
    /** The version travels with the form, unseen, so a concurrent save is detected rather than overwritten. */
    private final ReadOnlyHasValue<Long> version = new ReadOnlyHasValue<>(v -> { });
    /** Buffered: the report is what the fields hold when it is sent, checked as the service checks it. */
    private final RecordBinder<ProgressReportData> binder = new RecordBinder<>(ProgressReportData.class);
    private final Span problem = new Span();
    /** The first field found missing on ส่งรายงาน has the focus (the others are marked too). */
    private final FieldErrors errors = new FieldErrors(date, steps, pct, disbursed, onPlan, onTarget);
    private final Div storedFiles = new Div();
    private final List<EvidenceUpload> pending = Collections.synchronizedList(new ArrayList<>());
    private final ProgressService progress;
    private final ReportFilingService filing;
    private final String code;
    private final FileableMonth month;
    private final BigDecimal planned;
    private final Runnable closeProject;
    private final Runnable onSaved;
    private final List<EvidenceInfo> evidence;
    private boolean planChosenByHand;
    private boolean saved;

    ReportDialog(ProgressService progress, ReportFilingService filing, ReportingCalendar calendar, String code,
                 FileableMonth month, ReportView existing, ReportView previous, BigDecimal planned, Runnable closeProject,
                 Runnable onSaved) {
        this.progress = progress;
        this.filing = filing;
        this.code = code;
        this.month = month;
        this.planned = planned;
        this.closeProject = closeProject;
        this.onSaved = onSaved;
        this.evidence = new ArrayList<>(existing == null ? List.of() : existing.evidence());
        bind();
        addClassName("report-dialog");
        setHeaderTitle(getTranslation("report.dialogTitle", ThaiDates.formatMonth(month.month())));
        setWidth("min(52rem, 95vw)");
        steps.setMaxLength(Limits.RATIONALE);
        steps.setMinHeight("8rem");
        steps.setHelperText(getTranslation("report.steps.help"));
        pct.setSuffixComponent(new Span("%"));
        disbursed.setSuffixComponent(new Span(getTranslation("project.baht")));
        onPlan.setItems(true, false);
        onPlan.setItemLabelGenerator(b -> getTranslation(b ? "report.onPlan" : "report.behindPlan"));
        onTarget.setItems(true, false);
        onTarget.setItemLabelGenerator(b -> getTranslation(b ? "report.onTarget" : "report.offTarget"));
        reason.setMaxLength(Limits.LIST_ITEM);
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert"); // read out as it changes (WCAG 4.1.3)
        date.setHelperText(getTranslation("report.date.help", ThaiDates.formatShort(month.dueDate()),
                ThaiDates.formatShort(month.lastDay())));
        if (planned != null) {
            pct.setHelperText(getTranslation("report.plannedThisMonth", planned.toPlainString()));
            onPlan.setHelperText(getTranslation("report.planProposed"));
        }
        if (existing != null) {
            fill(existing);
        } else {
            var today = calendar.today();
            binder.readRecord(new ProgressReportData(today.isAfter(month.lastDay()) ? month.lastDay()
                    : today.isBefore(month.month().atDay(1)) ? month.month().atDay(1) : today, null,
                    previous == null ? null : previous.progress(), null, null, null, null, 0));
            proposeOnPlan();
        }
        pct.addValueChangeListener(e -> proposeOnPlan());
        onPlan.addValueChangeListener(e -> planChosenByHand |= e.isFromClient());

        var form = new FormLayout(date, pct, disbursed, steps, onPlan, onTarget, reason);
        form.setColspan(steps, 3);
        form.setColspan(reason, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        add(problem, form, evidenceSection());
        steps.focus();

        var save = new Button(getTranslation("project.saveDraft"), e -> send(false));
        var submit = new Button(getTranslation("report.submit"), e -> send(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save, submit);
        addDialogCloseActionListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && saved) {
                onSaved.run();
            }
        });
    }

    private void bind() {
        binder.forField(date).bind("reportDate");
        binder.forField(steps).bind("steps");
        binder.forField(pct).bind("progress");
        binder.forField(disbursed).bind("disbursed");
        binder.forField(onPlan).bind("onPlan");
        binder.forField(onTarget).bind("onTarget");
        binder.forField(reason).bind("decreaseReason");
        binder.forField(version).bind("version");
    }

    private void fill(ReportView report) {
        binder.readRecord(new ProgressReportData(report.reportDate(), report.steps(), report.progress(),
                report.disbursed(), report.onPlan(), report.onTarget(), report.decreaseReason(), report.version()));
        planChosenByHand = report.onPlan() != null;
        if (report.returnComment() != null) {
            problem.setText(getTranslation("report.returnedComment", report.returnComment()));
        }
    }

    /** เป็นไปตามแผน when the progress reaches the month's plan, ล่าช้ากว่าแผน below it; the officer's choice wins. */
    private void proposeOnPlan() {
        if (planned != null && pct.getValue() != null && !planChosenByHand) {
            onPlan.setValue(pct.getValue().compareTo(planned) >= 0);
        }
    }

    private Div evidenceSection() {
        var section = new Div();
        section.addClassName("evidence-section");
        var label = new NativeLabel(getTranslation("report.evidence"));
        label.addClassName("section-label");
        var upload = EvidenceUploads.create(pending, EvidenceType.MAX_FILES - evidence.size(), problem::setText);
        var help = new Span(getTranslation("evidence.help"));
        help.addClassName("hint");
        showStoredFiles();
        section.add(label, storedFiles, upload, help);
        return section;
    }

    private void showStoredFiles() {
        storedFiles.removeAll();
        storedFiles.addClassName("stored-evidence");
        for (var file : evidence) {
            var name = new Span(file.fileName() + " · " + sizeText(file.sizeBytes()));
            var remove = new Button(VaadinIcon.TRASH.create(), e -> Confirmations.ask(getTranslation("evidence.remove"),
                    getTranslation("evidence.remove.confirm", file.fileName()), getTranslation("evidence.remove"), true,
                    () -> {
                        if (UiActions.attempt(() -> filing.removeEvidence(code, month.month(), file.id()), problem::setText)) {
                            evidence.remove(file);
                            saved = true;
                            showStoredFiles();
                        }
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("evidence.remove") + " " + file.fileName());
            var row = new Div(name, remove);
            row.addClassName("stored-evidence-row");
            storedFiles.add(row);
        }
    }

    private static String sizeText(int bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / (1024.0 * 1024)) : Math.max(1, bytes / 1024) + " KB";
    }

    private void send(boolean submit) {
        problem.setText("");
        var written = binder.writeOrShow(errors, this::showViolations);
        if (written.isEmpty()) {
            return;
        }
        var data = written.get();
        if (submit) {
            if (!complete(data)) {
                problem.setText(getTranslation("report.submit.incomplete"));
                return;
            }
            confirmSubmit(data);
            return;
        }
        store(false, data);
    }

    /** A report sent must be complete (the service checks it again); each missing field says so at the field. */
    private boolean complete(ProgressReportData data) {
        boolean ok = true;
        if (data.steps().isBlank()) {
            ok = errors.mark(steps, getTranslation("report.submit.required"));
        }
        if (data.progress() == null) {
            ok = errors.mark(pct, getTranslation("report.submit.required"));
        }
        if (data.disbursed() == null) {
            ok = errors.mark(disbursed, getTranslation("report.submit.disbursedZero"));
        }
        if (data.onPlan() == null) {
            ok = errors.mark(onPlan, getTranslation("report.submit.required"));
        }
        if (data.onTarget() == null) {
            ok = errors.mark(onTarget, getTranslation("report.submit.required"));
        }
        return ok;
    }

    /** What will be sent, to be confirmed: the figures as the form prints them. */
    private void confirmSubmit(ProgressReportData data) {
        var lines = new ArrayList<String>();
        lines.add(getTranslation("report.submit.confirmIntro"));
        lines.add("");
        lines.add(getTranslation("report.date") + ": " + ThaiDates.formatShort(data.reportDate()));
        lines.add(getTranslation("report.progress") + ": " + data.progress().toPlainString() + " %");
        lines.add(getTranslation("report.disbursed") + ": " + Baht.format(data.disbursed()));
        lines.add(getTranslation("report.planQuestion") + ": "
                + getTranslation(data.onPlan() ? "report.onPlan" : "report.behindPlan"));
        lines.add(getTranslation("report.targetQuestion") + ": "
                + getTranslation(data.onTarget() ? "report.onTarget" : "report.offTarget"));
        var text = data.steps().strip();
        lines.add(getTranslation("report.steps") + ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
        int files = evidence.size() + pending.size();
        if (files > 0) {
            lines.add(getTranslation("report.submit.files", files));
        }
        var dialog = Confirmations.dialog(getTranslation("report.submit.confirmTitle",
                ThaiDates.formatMonth(month.month())), getTranslation("report.submit.confirm"), false);
        var summary = new Div(String.join("\n", lines));
        summary.addClassName("submit-summary");
        summary.getStyle().set("white-space", "pre-line");
        dialog.setText(summary);
        dialog.addConfirmListener(e -> store(true, data));
        dialog.open();
    }

    /** บันทึกร่าง or ส่งรายงาน: one call, one transaction (a refused submission keeps nothing). */
    private void store(boolean submit, ProgressReportData data) {
        problem.setText("");
        var files = List.copyOf(pending);
        try {
            boolean ok = UiActions.attemptSave(() -> {
                if (submit) {
                    var result = filing.saveAndSubmit(code, month.month(), data, files);
                    saved = true;
                    pending.removeAll(files);
                    if (result.complete()) {
                        askToClose();
                    }
                } else {
                    version.setValue(filing.save(code, month.month(), data, files));
                    saved = true;
                    pending.removeAll(files);
                }
            }, problem::setText, () -> showConflict(data));
            if (ok) {
                Notifications.success(getTranslation(submit ? "report.submitted" : "saved"));
                close();
            }
        } catch (ConstraintViolationException e) {
            showViolations(e);
        }
    }

    /** The report's broken rules, found by the form or by the service, above the form. */
    private void showViolations(ConstraintViolationException e) {
        problem.setText(e.getConstraintViolations().stream().map(UiErrors::violation).collect(Collectors.joining("\n")));
    }

    /** Someone saved this report meanwhile: show theirs next to what this user typed; the input stays. */
    private void showConflict(ProgressReportData mine) {
        var stored = progress.reports(code).stream()
                .filter(r -> r.month().equals(month.month()) && r.monthSeq() == 0).findFirst().orElse(null);
        if (stored == null) {
            return;
        }
        var differences = new ArrayList<ConflictDialog.Difference>();
        difference(differences, "report.date", ThaiDates.formatShort(stored.reportDate()), ThaiDates.formatShort(mine.reportDate()));
        difference(differences, "report.steps", stored.steps(), mine.steps());
        difference(differences, "report.progress", text(stored.progress()), text(mine.progress()));
        difference(differences, "report.disbursed", stored.disbursed() == null ? "" : Baht.formatAmount(stored.disbursed()),
                mine.disbursed() == null ? "" : Baht.formatAmount(mine.disbursed()));
        new ConflictDialog(differences, () -> fill(stored), () -> {
            version.setValue(stored.version());
            store(false, new ProgressReportData(mine.reportDate(), mine.steps(), mine.progress(), mine.disbursed(),
                    mine.onPlan(), mine.onTarget(), mine.decreaseReason(), stored.version()));
        }).open();
    }

    private void difference(List<ConflictDialog.Difference> list, String key, String stored, String mine) {
        var a = stored == null ? "" : stored;
        var b = mine == null ? "" : mine;
        if (!a.equals(b)) {
            list.add(new ConflictDialog.Difference(getTranslation(key), a, b));
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private void askToClose() {
        Confirmations.ask(getTranslation("report.complete.title"), getTranslation("report.complete.question"),
                getTranslation("report.complete.close"), false, () -> {
                    if (UiActions.attempt(closeProject)) {
                        Notifications.success(getTranslation("report.complete.closed"));
                        onSaved.run();
                    }
                });
    }
}
