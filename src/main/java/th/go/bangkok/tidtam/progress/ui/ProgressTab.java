package th.go.bangkok.tidtam.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.EvidenceUploads;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.LeanGrids;
import th.go.bangkok.tidtam.base.ui.PageTab;
import th.go.bangkok.tidtam.base.ui.PhoneCards;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.progress.EvidenceInfo;
import th.go.bangkok.tidtam.progress.FileableMonth;
import th.go.bangkok.tidtam.progress.PlanView;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportFilingService;
import th.go.bangkok.tidtam.progress.ReportReviewService;
import th.go.bangkok.tidtam.progress.ReportStatus;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.progress.ReportingCalendar;
import th.go.bangkok.tidtam.project.ProjectDetails;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.security.Role;

/**
 * Tab รายงานความก้าวหน้า of the project page: the chart of actual against planned progress, the reports in order as
 * the form prints them, the months the officer can file (รายงานเดือนนี้), the plan, and the coordinator's return
 * and reopening. {@code ?tab=reports&report=2026-03} opens that month's report straight away.
 *
 * <p>One file because the chart, the reports, the months to file and the plan are rebuilt together after every action
 * on the tab; its dialogs are classes of their own.
 */
@org.springframework.stereotype.Component
class ProgressTab implements PageTab<ProjectDetails> {

    private final ProgressService progress;
    private final ReportFilingService filing;
    private final ReportReviewService review;
    private final ProjectFilingService projects;
    private final ReportingCalendar calendar;
    private final AuthenticationContext authentication;

    ProgressTab(ProgressService progress, ReportFilingService filing, ReportReviewService review,
                ProjectFilingService projects, ReportingCalendar calendar, AuthenticationContext authentication) {
        this.progress = progress;
        this.filing = filing;
        this.review = review;
        this.projects = projects;
        this.calendar = calendar;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 10;
    }

    /** What {@link #create} read for an editor, handed to {@link #onNavigate} of the same request. */
    private record Read(List<FileableMonth> months, List<ReportView> reports, PlanView plan) {
    }

    @Override
    public String titleKey() {
        return "project.tab.reports";
    }

    @Override
    public String slug() {
        return "reports";
    }

    @Override
    public Component create(ProjectDetails project, Runnable onChange) {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.addClassName("progress-tab");
        var reports = progress.reports(project.code());
        var plan = progress.plan(project.code());
        var actions = new HorizontalLayout();
        actions.addClassName("progress-actions");
        actions.setWrap(true);
        if (project.can().edit()) {
            var months = progress.fileableMonths(project.code());
            // for onNavigate in the same request (a report opened from its address): nothing read twice
            ComponentUtil.setData(layout, Read.class, new Read(months, reports, plan));
            for (var month : months) {
                var button = new Button(label(layout, month), VaadinIcon.EDIT.create(),
                        e -> openReport(project, month, reports, plan, onChange));
                if (!month.owed()) {
                    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                } else if (month.month().equals(calendar.currentMonth())) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                actions.add(button);
            }
            if (project.status() == ProjectStatus.DRAFT || project.status() == ProjectStatus.ACTIVE) {
                actions.add(new Button(layout.getTranslation("plan.edit"), VaadinIcon.CHART_LINE.create(),
                        e -> new PlanDialog(progress, filing, project, plan, onChange).open()));
            }
        }
        if (authentication.hasRole(Role.Names.COORDINATOR) && project.status() == ProjectStatus.ACTIVE
                && !ReopenDialog.reopenable(calendar, project, reports).isEmpty()) {
            actions.add(new Button(layout.getTranslation("reopen.action"), VaadinIcon.UNLOCK.create(),
                    e -> new ReopenDialog(review, calendar, project, reports, onChange).open()));
        }
        layout.add(actions);
        for (var reopening : progress.reopenings(project.code())) {
            if (!reopening.openUntil().isBefore(calendar.today())) {
                var note = new Paragraph(layout.getTranslation("reopen.note", ThaiDates.formatMonth(reopening.month()),
                        ThaiDates.formatShort(reopening.openUntil()), reopening.reason(), reopening.reopenedBy()));
                note.addClassName("reopen-note");
                layout.add(note);
            }
        }
        reports.stream().filter(r -> r.status() == ReportStatus.RETURNED && r.returnComment() != null && !r.missed())
                .forEach(r -> {
                    var note = new Paragraph(layout.getTranslation("report.returnedWith", ThaiDates.formatMonth(r.month()),
                            r.returnComment()));
                    note.addClassName("return-note");
                    layout.add(note);
                });
        if (reports.isEmpty() && plan.isEmpty()) {
            var empty = new Paragraph(layout.getTranslation(project.can().edit() && project.status() == ProjectStatus.ACTIVE
                    ? "project.tab.reports.emptyOfficer" : "project.tab.reports.empty"));
            empty.addClassName("empty-state");
            layout.add(empty);
            return layout;
        }
        layout.add(chart(layout, project, reports, plan));
        if (!reports.isEmpty()) {
            layout.add(grid(layout, project, reports, onChange));
        }
        return layout;
    }

    @Override
    public void onNavigate(Component created, ProjectDetails project, QueryParameters parameters, Runnable onChange) {
        var read = created == null ? null : ComponentUtil.getData(created, Read.class);
        if (read != null) {
            ComponentUtil.setData(created, Read.class, null); // used once, by the request that read it
        }
        var wanted = parameters.getSingleParameter("report").orElse(null);
        if (wanted == null || !project.can().edit()) {
            return;
        }
        try {
            var month = YearMonth.parse(wanted);
            var months = read != null ? read.months() : progress.fileableMonths(project.code());
            months.stream().filter(m -> m.month().equals(month)).findFirst().ifPresent(m -> {
                var reports = read != null ? read.reports() : progress.reports(project.code());
                var plan = read != null ? read.plan() : progress.plan(project.code());
                openReport(project, m, reports, plan, onChange);
            });
        } catch (java.time.format.DateTimeParseException ignored) {
            // a mistyped address just shows the tab
        }
    }

    private String label(Component c, FileableMonth month) {
        if (!month.owed()) {
            return c.getTranslation("report.monthAfterEnd", ThaiDates.formatMonth(month.month()));
        }
        if (month.month().equals(calendar.currentMonth())) {
            return c.getTranslation("report.thisMonth");
        }
        return c.getTranslation(month.reopened() ? "report.monthReopened" : "report.monthOf",
                ThaiDates.formatMonth(month.month()), ThaiDates.formatShort(month.lastDay()));
    }

    private void openReport(ProjectDetails project, FileableMonth month, List<ReportView> reports, PlanView plan,
                            Runnable onChange) {
        var existing = reports.stream().filter(r -> r.month().equals(month.month()) && r.monthSeq() == 0).findFirst()
                .orElse(null);
        var previous = reports.stream().filter(r -> r.month().isBefore(month.month()) && r.progress() != null)
                .reduce((a, b) -> b).orElse(null);
        new ReportDialog(progress, filing, calendar, project.code(), month, existing, previous, plan.planned(month.month()),
                () -> projects.close(project.code()), onChange).open();
    }

    private Component chart(Component c, ProjectDetails project, List<ReportView> reports, PlanView plan) {
        var actual = new TreeMap<YearMonth, BigDecimal>();
        reports.stream().filter(r -> r.progress() != null && !r.missed()).forEach(r -> actual.put(r.month(), r.progress()));
        var box = new Div();
        box.addClassName("progress-chart-box");
        box.add(new Svg(ProgressChart.svg(YearMonth.from(project.startDate()), YearMonth.from(project.endDate()), actual,
                plan.months(), c.getTranslation("chart.title"), c.getTranslation("chart.actual"),
                c.getTranslation("chart.plan"))));
        if (plan.isEmpty()) {
            var hint = new Span(c.getTranslation("chart.noPlan"));
            hint.addClassName("hint");
            box.add(hint);
        }
        return box;
    }

    private Grid<ReportView> grid(Component c, ProjectDetails project, List<ReportView> reports, Runnable onChange) {
        var grid = new Grid<ReportView>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.number() == null ? "–" : String.valueOf(r.number()))
                .setHeader(c.getTranslation("report.numberShort")).setWidth("4.5rem").setFlexGrow(0);
        // read-only cells are markup the browser draws, not components the session holds (#17: a year of reports
        // was some hundred components on every open of the project page)
        grid.addColumn(twoLinesOf(r -> ThaiDates.formatMonth(r.month()), r -> ThaiDates.formatShort(r.reportDate())))
                .setHeader(c.getTranslation("report.monthAndDate")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<ReportView>of("<span class=\"report-steps\">${item.steps}</span>")
                        .withProperty("steps", r -> r.steps() == null ? "" : r.steps()))
                .setHeader(c.getTranslation("report.steps")).setFlexGrow(1).setWidth("10rem");
        grid.addColumn(twoLinesOf(r -> r.progress() == null ? "–" : r.progress().toPlainString() + " %",
                        r -> r.planned() == null ? null : c.getTranslation("report.planShort",
                                r.planned().toPlainString())))
                .setHeader(c.getTranslation("report.progressShort")).setTextAlign(ColumnTextAlign.END).setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(twoLinesOf(r -> r.disbursed() == null ? "–" : Baht.formatAmount(r.disbursed()),
                        r -> r.disbursementRound() == null ? null : c.getTranslation("report.round",
                                r.disbursementRound())))
                .setHeader(c.getTranslation("report.disbursed")).setTextAlign(ColumnTextAlign.END).setWidth("9rem")
                .setFlexGrow(0);
        boolean coordinator = authentication.hasRole(Role.Names.COORDINATOR);
        grid.addComponentColumn(r -> statusCell(c, project, r, coordinator, onChange))
                .setHeader(c.getTranslation("report.judgementsAndStatus")).setWidth("11rem").setFlexGrow(0)
                .setTooltipGenerator(r -> r.returnComment() == null ? "" : r.returnComment());
        if (reports.stream().anyMatch(r -> !r.evidence().isEmpty())) {
            grid.addComponentColumn(r -> evidence(project, r.evidence())).setHeader(c.getTranslation("report.evidence"))
                    .setWidth("9rem").setFlexGrow(0);
        }
        if (reports.stream().anyMatch(ReportView::frozen)) {
            // the official form as the project stood at the end of a closed month (report/ serves the address)
            grid.addComponentColumn(r -> {
                if (!r.frozen()) {
                    return new Span();
                }
                var link = new com.vaadin.flow.component.html.Anchor(
                        ProjectNavigation.formAsOf(project.code(), r.month()), c.getTranslation("report.printAsOf"));
                link.setRouterIgnore(true);
                link.setTarget("_blank");
                link.addClassName("print-as-of");
                return link;
            }).setHeader(c.getTranslation("project.printForm")).setWidth("8rem").setFlexGrow(0);
        }
        grid.setItems(reports);
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(r -> r.missed() ? "missed" : r.late() ? "late" : null);
        LeanGrids.lean(grid);
        cardsOnAPhone(c, grid, project, coordinator, onChange);
        return grid;
    }

    private Div statusCell(Component c, ProjectDetails project, ReportView r, boolean coordinator, Runnable onChange) {
        var cell = twoLines(judgement(c, r), badges(c, r));
        if (coordinator) {
            cell.add(returnButton(c, project, r, onChange));
        }
        if (project.can().edit()) {
            cell.add(withdrawButton(c, project, r, onChange));
        }
        return cell;
    }

    /** On a phone a card per report, as /reports/due (issue #19: the table scrolled sideways, the steps a word a line). */
    private void cardsOnAPhone(Component c, Grid<ReportView> grid, ProjectDetails project, boolean coordinator,
                               Runnable onChange) {
        PhoneCards.use(grid, () -> grid.addComponentColumn(r -> reportCard(c, project, r, coordinator, onChange))
                .setHeader(c.getTranslation("project.tab.reports")).setFlexGrow(1));
    }

    private Div reportCard(Component c, ProjectDetails project, ReportView r, boolean coordinator, Runnable onChange) {
        var month = new Span((r.number() == null ? "" : c.getTranslation(
                "report.numberShort") + " " + r.number() + " · ") + ThaiDates.formatMonth(r.month())
                + (r.reportDate() == null ? "" : " · " + ThaiDates.formatShort(r.reportDate())));
        month.addClassName("report-card-title");
        var figures = twoLines(c.getTranslation("report.progressShort") + " " + (r.progress() == null ? "–"
                        : r.progress().toPlainString() + " %") + " · " + c.getTranslation("report.disbursed") + " "
                        + (r.disbursed() == null ? "–" : Baht.formatAmount(r.disbursed())),
                r.planned() == null ? null : c.getTranslation("report.planShort", r.planned().toPlainString()));
        var steps = new Span(r.steps() == null ? "" : r.steps());
        steps.addClassName("report-steps");
        var box = new Div(month, figures, statusCell(c, project, r, coordinator, onChange), steps);
        box.addClassName("report-card");
        if (!r.evidence().isEmpty()) {
            box.add(evidence(project, r.evidence()));
        }
        return box;
    }

    /** {@link #twoLines} drawn by the browser: a main line and, when there is one, a smaller grey line under it. */
    private static LitRenderer<ReportView> twoLinesOf(Function<ReportView, String> main,
                                                     Function<ReportView, String> sub) {
        return LitRenderer.<ReportView>of("<div><span>${item.main}</span>"
                        + "<span class=\"report-cell-sub\" ?hidden=${!item.sub}>${item.sub}</span></div>")
                .withProperty("main", main::apply).withProperty("sub", sub::apply);
    }

    private static Div twoLines(String main, String sub) {
        var cell = new Div(new Span(main));
        if (sub != null) {
            var second = new Span(sub);
            second.addClassName("report-cell-sub");
            cell.add(second);
        }
        return cell;
    }

    private Component evidence(ProjectDetails project, List<EvidenceInfo> files) {
        var list = new Div();
        list.addClassName("evidence-list");
        for (var file : files) {
            list.add(EvidenceUploads.downloadLink(file.fileName(), () -> progress.evidenceFile(project.code(), file.id())));
        }
        return list;
    }

    private static String judgement(Component c, ReportView r) {
        var parts = new ArrayList<String>();
        if (r.onPlan() != null) {
            parts.add(c.getTranslation(r.onPlan() ? "report.onPlan" : "report.behindPlan"));
        }
        if (r.onTarget() != null) {
            parts.add(c.getTranslation(r.onTarget() ? "report.onTarget" : "report.offTarget"));
        }
        return String.join(", ", parts);
    }

    private static String badges(Component c, ReportView r) {
        var parts = new ArrayList<String>();
        if (r.missed()) {
            parts.add(c.getTranslation("report.missed"));
        } else {
            parts.add(c.getTranslation(r.frozen() ? "report.frozen" : r.status().messageKey()));
        }
        if (r.late()) {
            parts.add(c.getTranslation("report.late"));
        }
        return String.join(" · ", parts);
    }

    /** ถอนรายงานเพื่อแก้ไข: the project's officer takes a sent report back while its month is open. */
    private Component withdrawButton(Component c, ProjectDetails project, ReportView r, Runnable onChange) {
        if (r.status() != ReportStatus.SUBMITTED || r.frozen() || calendar.isClosed(r.month())) {
            return new Span();
        }
        var month = ThaiDates.formatMonth(r.month());
        var button = new Button(c.getTranslation("report.withdraw"), VaadinIcon.ARROW_BACKWARD.create(),
                e -> Confirmations.ask(c.getTranslation("report.withdraw"), c.getTranslation("report.withdraw.confirm", month),
                        c.getTranslation("report.withdraw"), false, () -> {
                            if (UiActions.attempt(() -> filing.withdraw(project.code(), r.month()))) {
                                Notifications.success(c.getTranslation("report.withdraw.done",
                                        ThaiDates.formatShort(calendar.closeDate(r.month()).minusDays(1))));
                                onChange.run();
                            }
                        }));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("withdraw-report");
        return button;
    }

    private Component returnButton(Component c, ProjectDetails project, ReportView r, Runnable onChange) {
        if (r.status() != ReportStatus.SUBMITTED || r.frozen()) {
            return new Span();
        }
        var button = new Button(c.getTranslation("report.return"), VaadinIcon.REPLY.create(), e -> {
            var comment = new TextArea(c.getTranslation("report.return.comment"));
            comment.setWidthFull();
            comment.setMaxLength(th.go.bangkok.tidtam.base.Limits.LIST_ITEM);
            comment.setHelperText(c.getTranslation("report.return.explain"));
            var dialog = Confirmations.ask(c.getTranslation("report.return"), c.getTranslation("report.return.explain"),
                    c.getTranslation("report.return"), false, () -> {
                        if (UiActions.attempt(() -> review.returnForRevision(project.code(), r.month(), comment.getValue()))) {
                            Notifications.success(c.getTranslation("saved"));
                            onChange.run();
                        }
                    });
            dialog.add(comment);
            comment.focus();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
