package th.go.bangkok.tidtam.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.EvidenceUploads;
import th.go.bangkok.tidtam.base.ui.LeanSelect;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.ReadRow;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.indicator.FiscalQuarter;
import th.go.bangkok.tidtam.indicator.IndicatorDetails;
import th.go.bangkok.tidtam.indicator.IndicatorResultService;
import th.go.bangkok.tidtam.indicator.IndicatorService;
import th.go.bangkok.tidtam.indicator.IndicatorTargetService;
import th.go.bangkok.tidtam.indicator.LinkedProject;
import th.go.bangkok.tidtam.indicator.ResultStatus;
import th.go.bangkok.tidtam.indicator.ResultView;
import th.go.bangkok.tidtam.indicator.TargetKind;
import th.go.bangkok.tidtam.project.ProjectNavigation;

/**
 * /indicators/{id}: where the indicator sits in the plan; its target for the chosen year with the status; the four
 * quarters with their results, review and evidence (บันทึกผล for the owning agency, ยอมรับ / ส่งกลับแก้ไข for
 * coordinators while the quarter is open); the results against the target as a chart; the targets of other years;
 * and the projects linked to it with their progress, behind-plan flag and money, each linking to the project.
 *
 * <p>One file because the year's target, quarters, chart and other years are rebuilt together whenever the year or a
 * result changes; the dialogs are {@link TargetDialog} and {@link ResultDialog}.
 */
@Route("indicators/:id")
@PermitAll
class IndicatorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IndicatorService indicators;
    private final IndicatorTargetService targets;
    private final IndicatorResultService results;
    private final AgencyService agencies;
    private final LeanSelect<Integer> year = new LeanSelect<>();
    private final Div yearPanel = new Div();
    private IndicatorDetails details;
    private long id;
    private String title = "";

    IndicatorView(IndicatorService indicators, IndicatorTargetService targets, IndicatorResultService results,
                  AgencyService agencies) {
        this.indicators = indicators;
        this.targets = targets;
        this.results = results;
        this.agencies = agencies;
        addClassName("indicator-view");
        setMaxWidth("80rem");
        yearPanel.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Indicator", event.getRouteParameters().get("id").orElse(""));
        }
        Integer wanted;
        try {
            wanted = event.getLocation().getQueryParameters().getSingleParameter("fy").map(Integer::valueOf)
                    .orElse(null);
        } catch (NumberFormatException e) {
            wanted = null; // a mistyped address opens the current year
        }
        load(wanted);
    }

    private void load(Integer wantedYear) {
        details = indicators.details(id);
        var node = details.indicator();
        title = node.thaiCode() + " " + node.nameTh();
        removeAll();
        var back = new RouterLink(getTranslation("indicator.back"), IndicatorsView.class);
        back.addClassName("back-link");
        var chain = new Div();
        chain.addClassName("indicator-chain");
        for (var n : details.chain().subList(0, details.chain().size() - 1)) {
            chain.add(new Paragraph(n.printed()));
        }
        var heading = new H3(getTranslation("indicator.heading", node.thaiCode()) + " " + node.nameTh());
        heading.addClassName("indicator-heading");
        add(back, chain, heading);

        int current = indicators.currentQuarter().fiscalYear();
        var years = new ArrayList<Integer>(details.years().stream().map(y -> y.target().fiscalYear()).toList());
        if (details.canSetTargets()) {
            for (int fy = current + 1; fy >= current - 1; fy--) {
                if (!years.contains(fy) && node.validFor(th.go.bangkok.tidtam.base.FiscalYear.of(fy))) {
                    years.add(fy);
                }
            }
        }
        years.sort((a, b) -> b - a);
        year.setLabel(getTranslation("project.field.fiscalYear"));
        year.setItems(years);
        var chosen = wantedYear != null && years.contains(wantedYear) ? wantedYear
                : years.contains(current) ? Integer.valueOf(current) : years.isEmpty() ? null : years.getFirst();
        var toolbar = new HorizontalLayout(year);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (details.canSetTargets()) {
            var set = new Button(getTranslation("indicator.target.set"), VaadinIcon.BULLSEYE.create(), e -> {
                var existing = yearView(year.getValue());
                new TargetDialog(indicators, targets, agencies, id, title, year.getValue(),
                        existing == null ? null : existing.target(), () -> load(year.getValue())).open();
            });
            set.addClassName("set-target");
            toolbar.add(set);
        }
        add(toolbar, yearPanel);
        year.addValueChangeListener(e -> showYear(e.getValue()));
        if (chosen != null) {
            year.setValue(chosen);
            showYear(chosen);
        } else {
            yearPanel.removeAll();
            yearPanel.add(empty("indicator.noTargetYet"));
        }
        add(new H4(getTranslation("indicator.years")), yearsGrid(), new H4(getTranslation("indicator.projects",
                details.projects().size())), projects());
    }

    private IndicatorDetails.YearView yearView(Integer fy) {
        return fy == null ? null : details.years().stream().filter(y -> y.target().fiscalYear() == fy).findFirst()
                .orElse(null);
    }

    private void showYear(Integer fy) {
        yearPanel.removeAll();
        var view = yearView(fy);
        if (view == null) {
            yearPanel.add(empty(details.canSetTargets() ? "indicator.noTargetThisYear.coordinator"
                    : "indicator.noTargetThisYear"));
            return;
        }
        var t = view.target();
        var facts = new Div();
        facts.addClassName("indicator-facts");
        facts.add(fact("indicator.col.target", IndicatorTexts.target(this, t)));
        if (t.kind() != TargetKind.MILESTONE) {
            facts.add(fact("indicator.field.baseline", t.baseline() == null ? "–" : IndicatorTexts.number(t.baseline())),
                    fact("indicator.field.direction", getTranslation(t.direction().messageKey())));
        }
        facts.add(fact("indicator.field.owner", t.ownerName()));
        var status = new Div(new Span(getTranslation("indicator.col.status") + " "), IndicatorTexts.badge(this,
                view.status()));
        status.addClassName("indicator-year-status");
        yearPanel.add(status, facts, new H4(getTranslation("indicator.quarters")), quarters(view));
        if (t.kind() != TargetKind.MILESTONE && view.results().stream().anyMatch(r -> r.value() != null)) {
            var labels = new IndicatorChart.Labels(getTranslation("indicator.quarterWord"),
                    getTranslation("indicator.chart.results"), getTranslation("indicator.chart.target"),
                    getTranslation("indicator.chart.expected"));
            var image = new Image(DownloadHandler.fromInputStream(event -> {
                var png = IndicatorChart.png(t, view.results(), labels);
                return new DownloadResponse(new ByteArrayInputStream(png), "indicator.png", "image/png", png.length);
            }).inline(), getTranslation("indicator.chart.alt"));
            image.addClassName("indicator-chart");
            yearPanel.add(image);
        }
    }

    private Component quarters(IndicatorDetails.YearView view) {
        var grid = new Grid<FiscalQuarter>();
        grid.addClassName("indicator-quarters");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(q -> getTranslation("indicator.quarterShort", q.quarter()) + " (" + ThaiDates.formatMonthShort(
                java.time.YearMonth.from(q.firstDay())) + " – " + ThaiDates.formatMonthShort(java.time.YearMonth.from(
                q.lastDay())) + ")").setHeader(getTranslation("indicator.col.quarter")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> IndicatorTexts.result(this, view.target(), result(view, q)))
                .setHeader(getTranslation("indicator.field.result")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> {
            var r = result(view, q);
            return r == null ? "" : (r.note() == null ? "" : r.note())
                    + (r.reviewComment() != null && r.status() == ResultStatus.RETURNED
                    ? " — " + getTranslation("indicator.result.returnedWith", r.reviewComment()) : "");
        }).setHeader(getTranslation("indicator.field.note")).setFlexGrow(1);
        grid.addComponentColumn(q -> {
            var r = result(view, q);
            var span = new Span(r == null ? "" : getTranslation(r.status().messageKey())
                    + (r.frozen() ? " · " + getTranslation("indicator.result.frozen") : ""));
            span.addClassName("result-status");
            return span;
        }).setHeader(getTranslation("indicator.col.review")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(q -> {
            var r = result(view, q);
            var files = new Div();
            if (r != null) {
                r.evidence().forEach(f -> files.add(new Div(EvidenceUploads.downloadLink(f.fileName(),
                        () -> indicators.evidenceFile(r.id(), f.id())))));
            }
            return files;
        }).setHeader(getTranslation("indicator.col.evidence")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(q -> actions(view, q)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(java.util.stream.IntStream.rangeClosed(1, 4)
                .mapToObj(n -> new FiscalQuarter(view.target().fiscalYear(), n)).toList());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    private Component actions(IndicatorDetails.YearView view, FiscalQuarter q) {
        var r = result(view, q);
        var row = new HorizontalLayout();
        row.setSpacing(false);
        boolean open = view.openQuarters().contains(q.quarter());
        if (view.canEnter() && open && (r == null || r.status() != ResultStatus.ACCEPTED)) {
            var enter = new Button(getTranslation(r == null ? "indicator.result.enter" : "indicator.result.edit"),
                    VaadinIcon.EDIT.create(), e -> new ResultDialog(results, view.target(), q, r,
                    () -> load(view.target().fiscalYear())).open());
            enter.addThemeVariants(ButtonVariant.LUMO_SMALL);
            enter.addClassName("enter-result");
            row.add(enter);
        }
        if (view.canReview() && r != null && !r.frozen()) {
            if (r.status() == ResultStatus.SUBMITTED) {
                var accept = new Button(getTranslation("indicator.result.accept"), VaadinIcon.CHECK.create(),
                        e -> Confirmations.ask(getTranslation("indicator.result.accept"),
                                getTranslation("indicator.result.acceptConfirm", q.quarter(),
                                        IndicatorTexts.result(this, view.target(), r)),
                                getTranslation("indicator.result.accept"), false, () -> {
                                    if (UiActions.attempt(() -> results.accept(r.id(), r.version()))) {
                                        Notifications.success(getTranslation("indicator.result.accepted.done"));
                                        load(view.target().fiscalYear());
                                    }
                                }));
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                accept.addClassName("accept-result");
                row.add(accept);
            }
            if (r.status() != ResultStatus.RETURNED) {
                var back = new Button(getTranslation("indicator.result.return"), VaadinIcon.REPLY.create(),
                        e -> returnDialog(view, r));
                back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                back.addClassName("return-result");
                row.add(back);
            }
        }
        return row;
    }

    private void returnDialog(IndicatorDetails.YearView view, ResultView r) {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("indicator.result.return"));
        var comment = new TextArea(getTranslation("indicator.result.comment"));
        comment.setWidthFull();
        comment.setMaxLength(1000);
        dialog.add(comment);
        var send = new Button(getTranslation("indicator.result.return"), e -> {
            if (UiActions.attempt(() -> results.returnForRevision(r.id(), comment.getValue(), r.version()))) {
                dialog.close();
                load(view.target().fiscalYear());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private static ResultView result(IndicatorDetails.YearView view, FiscalQuarter q) {
        return view.results().stream().filter(r -> r.quarter().equals(q)).findFirst().orElse(null);
    }

    private Component yearsGrid() {
        var grid = new Grid<IndicatorDetails.YearView>();
        grid.addClassName("indicator-years");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(y -> y.target().fiscalYear()).setHeader(getTranslation("project.field.fiscalYearShort"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(y -> IndicatorTexts.target(this, y.target())).setHeader(getTranslation("indicator.col.target"));
        grid.addColumn(y -> {
            var counted = y.results().stream().filter(ResultView::counts).reduce((a, b) -> b).orElse(null);
            return IndicatorTexts.result(this, y.target(), counted);
        }).setHeader(getTranslation("indicator.col.latest"));
        grid.addComponentColumn(y -> IndicatorTexts.badge(this, y.status())).setHeader(getTranslation("indicator.col.status"));
        grid.addColumn(y -> y.target().ownerName()).setHeader(getTranslation("indicator.field.owner")).setFlexGrow(2);
        grid.setItems(details.years());
        grid.setAllRowsVisible(true);
        grid.setVisible(!details.years().isEmpty());
        return grid;
    }

    private Component projects() {
        if (details.projects().isEmpty()) {
            return empty("indicator.noProjects");
        }
        var grid = new Grid<LinkedProject>();
        grid.addClassName("indicator-projects");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> new Anchor(ProjectNavigation.project(p.code()), p.code()))
                .setHeader(getTranslation("project.field.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LinkedProject::name).setHeader(getTranslation("project.field.name")).setFlexGrow(3);
        grid.addColumn(LinkedProject::fiscalYear).setHeader(getTranslation("project.field.fiscalYearShort"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.progress() == null ? "–" : p.progress().setScale(2) + " %")
                .setHeader(getTranslation("project.field.progress")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.behindPlan() == null ? "–" : getTranslation(p.behindPlan() ? "indicator.behind.yes"
                : "indicator.behind.no")).setHeader(getTranslation("indicator.col.behind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Baht.formatAmount(p.budget())).setHeader(getTranslation("indicator.col.budget"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Baht.formatAmount(p.disbursed())).setHeader(getTranslation("project.field.used"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(details.projects());
        grid.setAllRowsVisible(details.projects().size() <= 25);
        return grid;
    }

    private Component fact(String label, String value) {
        return ReadRow.of(getTranslation(label), value);
    }

    private Component empty(String key) {
        var p = new Paragraph(getTranslation(key));
        p.addClassName("empty-state");
        return p;
    }
}
