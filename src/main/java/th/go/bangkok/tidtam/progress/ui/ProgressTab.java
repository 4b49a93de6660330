package th.go.bangkok.tidtam.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.format.DateTimeFormatter;
import java.time.chrono.ThaiBuddhistChronology;
import java.util.ArrayList;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.PageTab;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportStatus;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.progress.ReportingCalendar;
import th.go.bangkok.tidtam.project.ProjectDetails;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.security.Role;

/** Tab รายงานความก้าวหน้า of the project page: the reports in order, this month's report, the coordinator's return. */
@org.springframework.stereotype.Component
class ProgressTab implements PageTab<ProjectDetails> {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", ThaiDates.THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE);

    private final ProgressService progress;
    private final ReportingCalendar calendar;
    private final AuthenticationContext authentication;

    ProgressTab(ProgressService progress, ReportingCalendar calendar, AuthenticationContext authentication) {
        this.progress = progress;
        this.calendar = calendar;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "project.tab.reports";
    }

    @Override
    public Component create(ProjectDetails project, Runnable onChange) {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.addClassName("progress-tab");
        var reports = progress.reports(project.code());
        var actions = new HorizontalLayout();
        var month = calendar.currentMonth();
        boolean inWindow = !month.isBefore(java.time.YearMonth.from(project.startDate()))
                && !month.isAfter(java.time.YearMonth.from(project.endDate()).plusMonths(ProgressService.MONTHS_AFTER_END));
        if (project.can().edit() && project.status() == ProjectStatus.ACTIVE && inWindow) {
            var current = reports.stream().filter(r -> r.month().equals(month)).findFirst();
            if (current.isEmpty() || current.get().status() != ReportStatus.SUBMITTED) {
                var last = reports.isEmpty() ? null : reports.getLast();
                var open = new Button(layout.getTranslation("report.thisMonth"), VaadinIcon.EDIT.create(),
                        e -> new ReportDialog(progress, calendar, project.code(), month, current.orElse(null), last,
                                onChange).open());
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(open);
            }
        }
        layout.add(actions);
        if (reports.isEmpty()) {
            layout.add(new Paragraph(layout.getTranslation("project.tab.reports.empty")));
            return layout;
        }
        var grid = new Grid<ReportView>();
        grid.addColumn(ReportView::number).setHeader(layout.getTranslation("report.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> MONTH.format(r.month().atDay(1))).setHeader(layout.getTranslation("report.month"))
                .setAutoWidth(true);
        grid.addColumn(r -> ThaiDates.formatShort(r.reportDate())).setHeader(layout.getTranslation("report.date"))
                .setAutoWidth(true);
        grid.addColumn(ReportView::steps).setHeader(layout.getTranslation("report.steps")).setFlexGrow(2)
                .setTooltipGenerator(r -> r.steps() == null ? "" : r.steps());
        grid.addColumn(r -> r.progress() == null ? "–" : r.progress().toPlainString() + " %")
                .setHeader(layout.getTranslation("report.progress")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.disbursed() == null ? "–" : Baht.formatAmount(r.disbursed())
                        + (r.disbursementRound() == null ? "" : " (" + layout.getTranslation("report.round", r.disbursementRound()) + ")"))
                .setHeader(layout.getTranslation("report.disbursed")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> judgement(layout, r)).setHeader(layout.getTranslation("report.judgements")).setAutoWidth(true);
        grid.addColumn(r -> badges(layout, r)).setHeader(layout.getTranslation("report.statusColumn")).setAutoWidth(true)
                .setTooltipGenerator(r -> r.returnComment() == null ? "" : r.returnComment());
        if (authentication.hasRole(Role.Names.COORDINATOR)) {
            grid.addComponentColumn(r -> returnButton(layout, project, r, onChange)).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(reports);
        grid.setAllRowsVisible(true);
        layout.add(grid);
        reports.stream().filter(r -> r.status() == ReportStatus.RETURNED && r.returnComment() != null).forEach(r ->
                layout.add(new Paragraph(layout.getTranslation("report.returnedWith", MONTH.format(r.month().atDay(1)),
                        r.returnComment()))));
        return layout;
    }

    private static String judgement(Component c, ReportView r) {
        var parts = new ArrayList<String>();
        if (r.onPlan() != null) {
            parts.add(c.getTranslation(r.onPlan() ? "report.onPlan" : "report.behindPlan"));
        }
        if (r.onTarget() != null) {
            parts.add(c.getTranslation(r.onTarget() ? "report.onTarget" : "report.offTarget"));
        }
        return String.join(" · ", parts);
    }

    private static String badges(Component c, ReportView r) {
        var parts = new ArrayList<String>();
        parts.add(c.getTranslation(r.frozen() ? "report.frozen" : r.status().messageKey()));
        if (r.late()) {
            parts.add(c.getTranslation("report.late"));
        }
        return String.join(" · ", parts);
    }

    private Component returnButton(Component c, ProjectDetails project, ReportView r, Runnable onChange) {
        if (r.status() != ReportStatus.SUBMITTED || r.frozen()) {
            return new com.vaadin.flow.component.html.Span();
        }
        return new Button(c.getTranslation("report.return"), e -> {
            var comment = new TextArea(c.getTranslation("report.return.comment"));
            comment.setWidthFull();
            var dialog = Confirmations.ask(c.getTranslation("report.return"), c.getTranslation("report.return.explain"),
                    c.getTranslation("report.return"), false, () -> {
                        if (UiActions.attempt(() -> progress.returnForRevision(project.code(), r.month(), comment.getValue()))) {
                            Notifications.success(c.getTranslation("saved"));
                            onChange.run();
                        }
                    });
            dialog.add(comment);
        });
    }
}
