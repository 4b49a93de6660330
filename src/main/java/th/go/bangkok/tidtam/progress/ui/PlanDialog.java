package th.go.bangkok.tidtam.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.ConflictDialog;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.progress.PlanView;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportFilingService;
import th.go.bangkok.tidtam.project.ProjectDetails;

/**
 * แผนการดำเนินงาน: the planned cumulative % for each month of the project, one field per month. "แบ่งเท่ากันทุกเดือน"
 * fills a straight line to 100 % as a starting point; empty months have no plan.
 */
class PlanDialog extends Dialog {

    private final Map<YearMonth, BigDecimalField> fields = new LinkedHashMap<>();
    private final Span problem = new Span();
    private long version;

    PlanDialog(ProgressService progress, ReportFilingService filing, ProjectDetails project, PlanView plan, Runnable onSaved) {
        this.version = plan.version();
        addClassName("plan-dialog");
        setHeaderTitle(getTranslation("plan.title"));
        setWidth("min(52rem, 95vw)");
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert"); // read out as it changes (WCAG 4.1.3)
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30rem", 4));
        var first = YearMonth.from(project.startDate());
        var last = YearMonth.from(project.endDate());
        for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            var field = new BigDecimalField(ThaiDates.formatMonth(month));
            field.setSuffixComponent(new Span("%"));
            field.setValue(plan.planned(month));
            fields.put(month, field);
            form.add(field);
        }
        var even = new Button(getTranslation("plan.even"), e -> {
            long months = ChronoUnit.MONTHS.between(first, last) + 1;
            int i = 1;
            for (var field : fields.values()) {
                field.setValue(BigDecimal.valueOf(100L * i++).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP));
            }
        });
        even.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("plan.explain")), problem, form);
        var save = new Button(getTranslation("action.save"), e -> save(progress, filing, project, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(even, new Button(getTranslation("action.cancel"), e -> close()), save);
        fields.values().stream().findFirst().ifPresent(BigDecimalField::focus);
    }

    private void save(ProgressService progress, ReportFilingService filing, ProjectDetails project, Runnable onSaved) {
        var planned = new LinkedHashMap<YearMonth, BigDecimal>();
        fields.forEach((month, field) -> planned.put(month, field.getValue()));
        problem.setText("");
        if (UiActions.attemptSave(() -> filing.savePlan(project.code(), planned, version), () -> conflict(progress, filing, project))) {
            Notifications.success(getTranslation("saved"));
            close();
            onSaved.run();
        }
    }

    private void conflict(ProgressService progress, ReportFilingService filing, ProjectDetails project) {
        var stored = progress.plan(project.code());
        var differences = new ArrayList<ConflictDialog.Difference>();
        fields.forEach((month, field) -> {
            var theirs = stored.planned(month);
            var mine = field.getValue();
            if (theirs == null ? mine != null : mine == null || theirs.compareTo(mine) != 0) {
                differences.add(new ConflictDialog.Difference(ThaiDates.formatMonth(month),
                        theirs == null ? "" : theirs.toPlainString(), mine == null ? "" : mine.toPlainString()));
            }
        });
        new ConflictDialog(differences, () -> {
            version = stored.version();
            fields.forEach((month, field) -> field.setValue(stored.planned(month)));
        }, () -> {
            version = stored.version();
            save(progress, filing, project, () -> { });
        }).open();
    }
}
