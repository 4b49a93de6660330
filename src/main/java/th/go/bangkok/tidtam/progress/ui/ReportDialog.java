package th.go.bangkok.tidtam.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.time.YearMonth;
import java.util.stream.Collectors;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.progress.ReportingCalendar;

/**
 * รายงานเดือนนี้: the month's report as the form prints it, prefilled with last month's progress (or the draft
 * or returned report). Save keeps a draft; ส่งรายงาน submits it.
 */
class ReportDialog extends Dialog {

    private final BuddhistDatePicker date = new BuddhistDatePicker(getTranslation("report.date"));
    private final TextArea steps = new TextArea(getTranslation("report.steps"));
    private final BigDecimalField pct = new BigDecimalField(getTranslation("report.progress"));
    private final BigDecimalField disbursed = new BigDecimalField(getTranslation("report.disbursed"));
    private final RadioButtonGroup<Boolean> onPlan = new RadioButtonGroup<>(getTranslation("report.planQuestion"));
    private final RadioButtonGroup<Boolean> onTarget = new RadioButtonGroup<>(getTranslation("report.targetQuestion"));
    private final TextField reason = new TextField(getTranslation("report.decreaseReason"));
    private final Span problem = new Span();

    ReportDialog(ProgressService progress, ReportingCalendar calendar, String code, YearMonth month, ReportView existing,
                 ReportView last, Runnable onSaved) {
        setHeaderTitle(getTranslation("report.dialogTitle", ProgressTab.MONTH.format(month.atDay(1))));
        setWidth("min(48rem, 95vw)");
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
        if (existing != null) {
            date.setValue(existing.reportDate());
            steps.setValue(existing.steps() == null ? "" : existing.steps());
            pct.setValue(existing.progress());
            disbursed.setValue(existing.disbursed());
            onPlan.setValue(existing.onPlan());
            onTarget.setValue(existing.onTarget());
            reason.setValue(existing.decreaseReason() == null ? "" : existing.decreaseReason());
            if (existing.returnComment() != null) {
                problem.setText(getTranslation("report.returnedComment", existing.returnComment()));
            }
        } else {
            date.setValue(calendar.today());
            pct.setValue(last == null ? null : last.progress());
        }
        var form = new FormLayout(date, pct, disbursed, steps, onPlan, onTarget, reason);
        form.setColspan(steps, 3);
        form.setColspan(reason, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        add(problem, form);
        steps.focus();

        long version = existing == null ? 0 : existing.version();
        var save = new Button(getTranslation("project.saveDraft"), e -> {
            if (send(progress, code, month, version, false)) {
                close();
                onSaved.run();
            }
        });
        var submit = new Button(getTranslation("report.submit"), e -> {
            if (send(progress, code, month, version, true)) {
                close();
                onSaved.run();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save, submit);
    }

    private boolean send(ProgressService progress, String code, YearMonth month, long version, boolean submit) {
        if (date.isEmpty()) {
            date.setErrorMessage(getTranslation("report.date.required"));
            date.setInvalid(true);
            return false;
        }
        var data = new ProgressReportData(date.getValue(), steps.getValue(), pct.getValue(), disbursed.getValue(),
                onPlan.getValue(), onTarget.getValue(), reason.getValue(), version);
        try {
            boolean ok = UiActions.attempt(() -> {
                progress.save(code, month, data);
                if (submit) {
                    progress.submit(code, month);
                }
            }, problem::setText);
            if (ok) {
                Notifications.success(getTranslation(submit ? "report.submitted" : "saved"));
            }
            return ok;
        } catch (ConstraintViolationException e) {
            problem.setText(e.getConstraintViolations().stream().map(UiErrors::violation)
                    .collect(Collectors.joining("\n")));
            return false;
        }
    }
}
