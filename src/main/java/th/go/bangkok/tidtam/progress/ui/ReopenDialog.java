package th.go.bangkok.tidtam.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportReviewService;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.progress.ReportingCalendar;
import th.go.bangkok.tidtam.project.ProjectDetails;

/**
 * เปิดรอบรายงานอีกครั้ง: a coordinator lets one project file the report of a closed month it missed, with a reason,
 * for a few days. Months whose report was submitted are not offered: they stay frozen.
 */
class ReopenDialog extends Dialog {

    /** The closed months of the project's reporting period without a filed report, newest first. */
    static List<YearMonth> reopenable(ReportingCalendar calendar, ProjectDetails project, List<ReportView> reports) {
        var months = new ArrayList<YearMonth>();
        var last = YearMonth.from(project.endDate()).plusMonths(ProgressService.MONTHS_AFTER_END);
        for (var m = calendar.lastClosedMonth(); !m.isBefore(YearMonth.from(project.startDate())); m = m.minusMonths(1)) {
            var month = m;
            if (!m.isAfter(last) && reports.stream().noneMatch(r -> r.month().equals(month) && r.status().isFiled())) {
                months.add(m);
            }
        }
        return months;
    }

    ReopenDialog(ReportReviewService review, ReportingCalendar calendar, ProjectDetails project, List<ReportView> reports,
                 Runnable onSaved) {
        addClassName("reopen-dialog");
        setHeaderTitle(getTranslation("reopen.title"));
        setWidth("min(36rem, 95vw)");
        var months = reopenable(calendar, project, reports);
        var month = new ComboBox<YearMonth>(getTranslation("reopen.month"), months);
        month.setItemLabelGenerator(ThaiDates::formatMonth);
        month.setRequiredIndicatorVisible(true);
        if (!months.isEmpty()) {
            month.setValue(months.getFirst());
        }
        var reason = new TextArea(getTranslation("reopen.reason"));
        reason.setMaxLength(Limits.LIST_ITEM);
        reason.setRequiredIndicatorVisible(true);
        var days = new IntegerField(getTranslation("reopen.days"));
        days.setValue(7);
        days.setMin(1);
        days.setStepButtonsVisible(true);
        var problem = new Span();
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert"); // read out as it changes (WCAG 4.1.3)
        var form = new FormLayout(month, days, reason);
        form.setColspan(reason, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        add(new Paragraph(getTranslation(months.isEmpty() ? "reopen.nothing" : "reopen.explain")), problem, form);
        var save = new Button(getTranslation("reopen.action"), e -> {
            if (month.isEmpty()) {
                problem.setText(getTranslation("reopen.month.required"));
                return;
            }
            if (UiActions.attempt(() -> review.reopen(project.code(), month.getValue(), reason.getValue(),
                    days.getValue() == null ? 0 : days.getValue()), problem::setText)) {
                Notifications.success(getTranslation("reopen.done", ThaiDates.formatMonth(month.getValue())));
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(!months.isEmpty());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        reason.focus();
    }
}
