package th.go.bangkok.tidtam.tracking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.Markup;
import th.go.bangkok.tidtam.base.ui.LeanGrids;
import th.go.bangkok.tidtam.base.ui.LeanSelect;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.base.ui.TableDownload;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.tracking.AgencyRow;
import th.go.bangkok.tidtam.tracking.Concern;
import th.go.bangkok.tidtam.tracking.ConcernReport;
import th.go.bangkok.tidtam.tracking.DimensionFigures;
import th.go.bangkok.tidtam.tracking.Headline;
import th.go.bangkok.tidtam.tracking.MissingReport;
import th.go.bangkok.tidtam.tracking.MonthCompleteness;
import th.go.bangkok.tidtam.tracking.TrackingExports;
import th.go.bangkok.tidtam.tracking.TrackingPeriod;
import th.go.bangkok.tidtam.tracking.TrackingService;
import th.go.bangkok.tidtam.tracking.TrackingTable;

/**
 * /tracking, the coordinators' home (and the heads', for their office): a fiscal year and a month, the headline
 * figures, completeness by agency as a tree, then the lists to act on (ยังไม่รายงาน with reminders, behind plan,
 * not on target) and the charts (completeness by month, disbursement by office, projects per plan dimension),
 * each chart with its table. Every list and table downloads as Excel and CSV.
 *
 * <p>One file because every section is rebuilt from the same year, month and scope in one pass; the charts themselves
 * are drawn by {@link TrackingCharts}.
 */
@Route("tracking")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.HEAD})
@Menu(order = 5, title = "nav.tracking", icon = "DASHBOARD")
class TrackingView extends VerticalLayout implements HasDynamicTitle {

    private final TrackingService tracking;
    private final TrackingExports exports;
    private final LeanSelect<Integer> fiscalYear = new LeanSelect<>();
    private final LeanSelect<YearMonth> month = new LeanSelect<>();
    private final Div cards = new Div();
    private final TreeGrid<AgencyRow> agencies = new TreeGrid<>();
    private final Grid<MissingReport> missing = new Grid<>();
    private final Span missingTitle = new Span();
    private final Map<Concern, WholeRows<ConcernReport>> concernGrids = new EnumMap<>(Concern.class);
    private WholeRows<MissingReport> missingRows;
    private final Map<Concern, Span> concernTitles = new EnumMap<>(Concern.class);
    private final ComboBox<AgencyRow> agencyPicker = new ComboBox<>();
    private final Div charts = new Div();
    private final Div panels = new Div();
    private final List<th.go.bangkok.tidtam.base.ui.DashboardPanel> dashboardPanels;
    private Long agencyFilter;
    private String agencyFilterName;

    TrackingView(TrackingService tracking, TrackingExports exports,
                 List<th.go.bangkok.tidtam.base.ui.DashboardPanel> dashboardPanels) {
        this.tracking = tracking;
        this.exports = exports;
        this.dashboardPanels = dashboardPanels;
        addClassName("tracking-view");
        var current = tracking.currentPeriod();
        fiscalYear.setLabel(getTranslation("project.field.fiscalYear"));
        fiscalYear.setItems(IntStream.rangeClosed(current.fiscalYear() - 4, current.fiscalYear()).boxed()
                .sorted((a, b) -> b - a).toList());
        fiscalYear.setValue(current.fiscalYear());
        month.setLabel(getTranslation("report.month"));
        month.setItemLabelGenerator(ThaiDates::formatMonth);
        months(current.fiscalYear());
        month.setValue(current.month());
        fiscalYear.addValueChangeListener(e -> {
            months(e.getValue());
            month.setValue(e.getValue() == current.fiscalYear() ? current.month()
                    : YearMonth.from(FiscalYear.of(e.getValue()).lastDay()));
        });
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        agencyPicker.setLabel(getTranslation("tracking.agencyFilter"));
        agencyPicker.setItemLabelGenerator(r -> TrackingExports.indent(r) + r.name());
        agencyPicker.setClearButtonVisible(true);
        agencyPicker.setWidth("22rem");
        agencyPicker.addValueChangeListener(e -> {
            agencyFilter = e.getValue() == null ? null : e.getValue().agencyId();
            agencyFilterName = e.getValue() == null ? null : e.getValue().name();
            if (e.getValue() != null) {
                openInTree(e.getValue());
            }
            refreshLists();
        });
        var toolbar = new HorizontalLayout(fiscalYear, month, agencyPicker);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        cards.addClassName("tracking-cards");

        agencyColumns();
        agencies.addItemClickListener(e -> {
            if (e.getItem().equals(agencyPicker.getValue())) {
                openInTree(e.getItem()); // chosen already, and closed since with its arrow
            } else {
                agencyPicker.setValue(e.getItem());
            }
        });
        var lists = new TabSheet();
        lists.addClassName("tracking-lists");
        lists.setWidthFull();
        lists.add(new Tab(getTranslation("tracking.missing")), missingPanel());
        // a concern's list is built when its tab is first opened: a page open computes only what is on screen
        var concernOf = new java.util.HashMap<Tab, Concern>();
        for (var concern : Concern.values()) {
            var holder = new Div();
            holder.setWidthFull();
            concernOf.put(lists.add(new Tab(getTranslation(concern.messageKey())), holder), concern);
        }
        lists.addSelectedChangeListener(e -> {
            var concern = concernOf.get(e.getSelectedTab());
            if (concern != null && !concernGrids.containsKey(concern)) {
                var holder = (Div) lists.getComponent(e.getSelectedTab());
                holder.add(concernPanel(concern));
                refreshConcern(concern);
            }
        });
        charts.addClassName("tracking-charts");

        panels.addClassName("tracking-panels");
        panels.setWidthFull();
        add(toolbar, cards, panels, heading("tracking.byAgency", TrackingTable.AGENCIES), agencies, lists,
                new H3(getTranslation("tracking.charts")), charts);
        refresh();
    }

    private void months(int fy) {
        var first = YearMonth.from(FiscalYear.of(fy).firstDay());
        month.setItems(IntStream.range(0, 12).mapToObj(first::plusMonths).toList());
    }

    private TrackingPeriod period() {
        return new TrackingPeriod(fiscalYear.getValue(), month.getValue());
    }

    private void refresh() {
        var period = period();
        var overview = tracking.overview(period);
        showCards(overview.headline());
        var rows = overview.agencies();
        agencies.setDataProvider(new TreeDataProvider<>(tree(rows)));
        agencyPicker.setItems(rows);
        agencyFilter = null;
        // a coordinator's tree starts as its offices (some 60 rows, each with its totals; a click on the arrow opens
        // one), a head's single office starts open: all 450 rows at once made a long page, sent row by row (issue #17)
        var offices = rows.stream().filter(r -> r.parentId() == null).toList();
        if (offices.size() == 1) {
            agencies.expand(offices);
        }
        refreshLists();
        showCharts(period, offices);
        panels.removeAll();
        for (var panel : dashboardPanels) {
            var component = panel.create(period.fiscalYear());
            if (component != null) {
                panels.add(component);
            }
        }
    }

    /**
     * The rollup's agency tree (some 450 rows), built once for every viewer of the same figures: the rollup list is
     * one instance for all of them (FigureCache), and a tree per session held 60 KB of it (issue #17). Nobody
     * changes a tree once built; each session wraps it in its own provider, which only reads it.
     */
    static TreeData<AgencyRow> tree(List<AgencyRow> rows) {
        synchronized (TREES) {
            var tree = TREES.get(rows);
            if (tree == null) {
                tree = new TreeData<>();
                var byId = new HashMap<Long, AgencyRow>();
                for (var row : rows) {
                    var parent = row.parentId() == null ? null : byId.get(row.parentId());
                    tree.addItem(parent, row);
                    byId.put(row.agencyId(), row);
                }
                if (TREES.size() >= 16) {
                    TREES.clear(); // rollups recomputed since: their trees go with them
                }
                TREES.put(rows, tree);
            }
            return tree;
        }
    }

    /** The chosen office or unit opened in the tree, and the rows above it, so that its own units show. */
    private void openInTree(AgencyRow row) {
        if (!(agencies.getDataProvider() instanceof TreeDataProvider<AgencyRow> provider)
                || !provider.getTreeData().contains(row)) {
            return;
        }
        var path = new java.util.ArrayList<AgencyRow>();
        for (var r = row; r != null; r = provider.getTreeData().getParent(r)) {
            path.add(r);
        }
        agencies.expand(path);
    }

    /** Trees by the identity of their rollup list (a list equal in content is another rollup's). */
    private static final Map<List<AgencyRow>, TreeData<AgencyRow>> TREES = new java.util.IdentityHashMap<>();

    private void refreshLists() {
        var count = tracking.countMissing(period(), agencyFilter);
        missingTitle.setText(agencyFilter == null ? getTranslation("tracking.missing.count", count)
                : getTranslation("tracking.missing.countOf", count, agencyFilterName));
        missing.deselectAll();
        missingRows.reset();
        concernGrids.keySet().forEach(this::refreshConcern);
    }

    private void refreshConcern(Concern concern) {
        var n = tracking.countConcerns(period(), concern, agencyFilter);
        concernTitles.get(concern).setText(agencyFilter == null
                ? getTranslation("tracking.concern.count", n)
                : getTranslation("tracking.concern.countOf", n, agencyFilterName));
        concernGrids.get(concern).reset();
    }

    /**
     * The eight figures as the inner HTML of one element (escaped text, the same markup as components would make):
     * a session holds one node for them instead of 28.
     */
    private void showCards(Headline h) {
        cards.getElement().setProperty("innerHTML", String.join("",
                card("tracking.card.active", String.valueOf(h.activeProjects()), null),
                card("tracking.card.reported", h.reported() + " / " + h.activeProjects(),
                        getTranslation("tracking.percent", h.reportedPercent().toPlainString())),
                card("tracking.card.missing", String.valueOf(h.missing()), null),
                card("tracking.card.late", String.valueOf(h.late()), null),
                card("tracking.card.behind", String.valueOf(h.behindPlan()), null),
                card("tracking.card.offTarget", String.valueOf(h.offTarget()), null),
                card("tracking.card.money", Baht.format(h.disbursed()),
                        getTranslation("tracking.card.moneyOf", Baht.format(h.budget()), h.disbursedPercent().toPlainString())),
                card("tracking.card.staleChanges", String.valueOf(h.staleChangeRequests()), null)));
    }

    private String card(String labelKey, String figure, String sub) {
        return "<div class=\"tracking-card\"><span class=\"tracking-card-label\">" + Markup.escape(getTranslation(labelKey))
                + "</span><span class=\"tracking-card-figure\">" + Markup.escape(figure) + "</span>"
                + (sub == null ? "" : "<span class=\"hint\">" + Markup.escape(sub) + "</span>") + "</div>";
    }

    private void agencyColumns() {
        agencies.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // every column within 1280 px beside the menu (issue #19): the agency's name wraps in what is left
        agencies.addClassName("many-columns");
        agencies.addHierarchyColumn(AgencyRow::name).setHeader(getTranslation("tracking.agency")).setWidth("11rem").setFlexGrow(3);
        number(agencies.addColumn(LitRenderer.<AgencyRow>of("<a href=\"${item.href}\">${item.projects}</a>")
                .withProperty("href", this::projectsHref).withProperty("projects", AgencyRow::projects)),
                "tracking.col.projects");
        number(agencies.addColumn(AgencyRow::reported), "tracking.col.reported");
        number(agencies.addColumn(AgencyRow::missing), "tracking.col.missing").setPartNameGenerator(r -> r.missing() > 0 ? "attention" : null);
        number(agencies.addColumn(AgencyRow::late), "tracking.col.late");
        number(agencies.addColumn(AgencyRow::behindPlan), "tracking.col.behind");
        number(agencies.addColumn(r -> Baht.formatAmount(r.budget())), "tracking.col.budget").setWidth("8rem");
        number(agencies.addColumn(r -> Baht.formatAmount(r.disbursed())), "tracking.col.disbursed").setWidth("8rem");
        number(agencies.addColumn(r -> r.disbursedPercent().toPlainString() + " %"), "tracking.col.disbursedPercent");
        agencies.setAllRowsVisible(true);
        LeanGrids.lean(agencies);
    }

    private static <T> Grid.Column<T> number(Grid.Column<T> column, String header) {
        return column.setHeader(column.getGrid().getTranslation(header)).setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5rem").setFlexGrow(0);
    }

    /** The row's project count (a link drawn by the browser) opens /projects filtered to the year and that office or unit. */
    private String projectsHref(AgencyRow row) {
        var filters = new java.util.LinkedHashMap<String, Object>();
        filters.put("fy", fiscalYear.getValue());
        filters.put("status", "ACTIVE");
        filters.put(row.parentId() == null ? "office" : "unit", row.agencyId());
        return ProjectNavigation.list(filters);
    }

    private Component missingPanel() {
        missing.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        missing.addColumn(r -> r.projectCode() + " · " + r.projectName()).setHeader(getTranslation("project.field.name"))
                .setFlexGrow(3);
        missing.addColumn(MissingReport::agencyPath).setHeader(getTranslation("tracking.agency")).setFlexGrow(2);
        missing.addColumn(r -> whom(r.responsibleName(), r.responsiblePhone()))
                .setHeader(getTranslation("tracking.responsible")).setFlexGrow(2);
        missing.addColumn(r -> r.lastReportDate() == null ? getTranslation("tracking.never")
                : ThaiDates.formatShort(r.lastReportDate())).setHeader(getTranslation("tracking.lastReport")).setWidth("8rem").setFlexGrow(0);
        missing.addColumn(r -> r.daysOverdue() == 0 ? "–" : getTranslation("due.overdue", r.daysOverdue()))
                .setHeader(getTranslation("tracking.overdue")).setWidth("8rem").setFlexGrow(0);
        missing.addColumn(r -> r.lastReminderAt() == null ? "" : ThaiDates.formatDateTime(r.lastReminderAt()))
                .setHeader(getTranslation("tracking.lastReminder")).setWidth("9rem").setFlexGrow(0);
        missing.setSelectionMode(Grid.SelectionMode.MULTI);
        LeanGrids.lean(missing);
        // a click on a row ticks it, as people expect of a list to act on
        missing.addItemClickListener(e -> {
            if (missing.getSelectedItems().contains(e.getItem())) {
                missing.deselect(e.getItem());
            } else {
                missing.select(e.getItem());
            }
        });
        missingRows = new WholeRows<>(missing, pageable -> tracking.missing(period(), agencyFilter, pageable),
                () -> tracking.countMissing(period(), agencyFilter));
        missing.setEmptyStateText(getTranslation("tracking.missing.none"));
        var remind = new Button(getTranslation("tracking.remind"), VaadinIcon.BELL.create(), e -> remindSelected());
        remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(missingTitle, remind, downloads(TrackingTable.MISSING));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return new VerticalLayout(bar, missing, missingRows.more());
    }

    private Component concernPanel(Concern concern) {
        var grid = new Grid<ConcernReport>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<ConcernReport>of("<a href=\"${item.href}\">${item.text}</a>")
                        .withProperty("href", r -> ProjectNavigation.tab(r.projectCode(), ProjectNavigation.TAB_REPORTS))
                        .withProperty("text", r -> r.projectCode() + " · " + r.projectName()))
                .setHeader(getTranslation("project.field.name")).setFlexGrow(3);
        grid.addColumn(ConcernReport::agencyPath).setHeader(getTranslation("tracking.agency")).setFlexGrow(2);
        grid.addColumn(r -> whom(r.responsibleName(), r.responsiblePhone()))
                .setHeader(getTranslation("tracking.responsible")).setFlexGrow(2);
        grid.addColumn(r -> ThaiDates.formatShort(r.reportDate()) + (r.late() ? " · " + getTranslation("tracking.col.late") : ""))
                .setHeader(getTranslation("tracking.reportDate")).setWidth("9rem").setFlexGrow(0);
        number(grid.addColumn(r -> r.progress() == null ? "–" : r.progress().toPlainString() + " %"), "tracking.col.progress")
                .setWidth("7.5rem");
        number(grid.addColumn(r -> r.disbursed() == null ? "–" : Baht.formatAmount(r.disbursed())), "tracking.col.disbursed")
                .setWidth("8.5rem");
        LeanGrids.lean(grid);
        var rows = new WholeRows<>(grid, pageable -> tracking.concerns(period(), concern, agencyFilter, pageable),
                () -> tracking.countConcerns(period(), concern, agencyFilter));
        grid.setEmptyStateText(getTranslation(concern.messageKey() + ".none"));
        concernGrids.put(concern, rows);
        var title = new Span();
        concernTitles.put(concern, title);
        var table = concern == Concern.BEHIND_PLAN ? TrackingTable.BEHIND_PLAN : TrackingTable.OFF_TARGET;
        var bar = new HorizontalLayout(title, downloads(table));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new VerticalLayout(bar, grid, rows.more());
    }

    private String whom(String name, String phone) {
        return name + (phone == null ? "" : " · " + getTranslation("tracking.phone", phone));
    }

    private void remindSelected() {
        var codes = missing.getSelectedItems().stream().map(MissingReport::projectCode).toList();
        if (codes.isEmpty()) {
            Notifications.error(getTranslation("tracking.remind.nothingChosen"));
            return;
        }
        Confirmations.ask(getTranslation("tracking.remind"), getTranslation("tracking.remind.confirm", codes.size()),
                getTranslation("tracking.remind"), false, () -> {
                    var sent = new int[1];
                    if (UiActions.attempt(() -> sent[0] = tracking.remind(period(), codes))) {
                        Notifications.success(getTranslation("tracking.remind.sent", sent[0]));
                        refreshLists();
                    }
                });
    }

    private void showCharts(TrackingPeriod period, List<AgencyRow> offices) {
        charts.removeAll();
        var locale = getLocale();
        var byMonth = tracking.completenessByMonth(period);
        var dimensions = tracking.byDimension(period);
        charts.add(chart(TrackingTable.MONTHS, () -> TrackingCharts.months(byMonth, labels("report.month", "tracking.col.reportedPercent", "tracking.col.reportedPercent", null)),
                () -> monthTable(byMonth), byMonth.isEmpty()));
        charts.add(chart(TrackingTable.OFFICES, () -> TrackingCharts.offices(offices, labels("tracking.office", "tracking.chart.millionBaht", "tracking.col.budget", "tracking.col.disbursed")),
                () -> moneyTable(offices, AgencyRow::name, AgencyRow::projects, AgencyRow::budget,
                        AgencyRow::disbursed, "tracking.office"), offices.isEmpty()));
        charts.add(chart(TrackingTable.DIMENSIONS, () -> TrackingCharts.dimensions(dimensions, locale,
                        labels("tracking.dimension", "tracking.col.projects",
                                "tracking.col.projects", null)),
                () -> moneyTable(dimensions, d -> d.label(locale), DimensionFigures::projects,
                        DimensionFigures::budget, DimensionFigures::disbursed, "tracking.dimension"),
                dimensions.isEmpty()));
    }

    private TrackingCharts.Labels labels(String category, String value, String first, String second) {
        return new TrackingCharts.Labels(getTranslation(category), getTranslation(value),
                getTranslation(first), second == null ? null : getTranslation(second));
    }

    /**
     * A chart as an image drawn when the browser asks for it, a button to see its numbers as a table (built when first
     * asked for: a session that never looks holds no grid), downloads.
     */
    private Component chart(TrackingTable table, Supplier<byte[]> png, Supplier<Grid<?>> numbersTable, boolean empty) {
        var title = new H4(getTranslation(table.titleKey()));
        var panel = new Div(title);
        panel.addClassName("tracking-chart");
        if (empty) {
            var none = new Span(getTranslation("tracking.chart.empty"));
            none.addClassName("hint");
            panel.add(none);
            return panel;
        }
        var image = new Image(DownloadHandler.fromInputStream(event -> {
            var bytes = png.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), table.fileName() + ".png", "image/png",
                    bytes.length);
        }).inline(), getTranslation(table.titleKey()));
        image.addClassName("tracking-chart-image");
        var toggle = new Button(getTranslation("tracking.chart.showTable"), VaadinIcon.TABLE.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var shown = new Grid<?>[1];
        toggle.addClickListener(e -> {
            if (shown[0] == null) {
                shown[0] = numbersTable.get();
                shown[0].setVisible(false);
                panel.add(shown[0]);
            }
            var numbers = shown[0];
            boolean showTable = !numbers.isVisible();
            numbers.setVisible(showTable);
            image.setVisible(!showTable);
            toggle.setText(getTranslation(showTable ? "tracking.chart.showChart" : "tracking.chart.showTable"));
            toggle.setIcon(showTable ? VaadinIcon.BAR_CHART.create() : VaadinIcon.TABLE.create());
        });
        var bar = new HorizontalLayout(toggle, downloads(table));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        panel.add(bar, image);
        return panel;
    }

    private Grid<MonthCompleteness> monthTable(List<MonthCompleteness> rows) {
        var grid = new Grid<MonthCompleteness>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(m -> ThaiDates.formatMonth(m.month())).setHeader(getTranslation("report.month")).setFlexGrow(2);
        number(grid.addColumn(MonthCompleteness::expected), "tracking.col.expected");
        number(grid.addColumn(MonthCompleteness::reported), "tracking.col.reported");
        number(grid.addColumn(MonthCompleteness::missing), "tracking.col.missing");
        number(grid.addColumn(m -> m.reportedPercent().toPlainString() + " %"), "tracking.col.reportedPercent");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return LeanGrids.lean(grid);
    }

    private <T> Grid<T> moneyTable(List<T> rows, Function<T, String> name, Function<T, Long> projects,
                                   Function<T, java.math.BigDecimal> budget, Function<T, java.math.BigDecimal> disbursed,
                                   String nameHeader) {
        var grid = new Grid<T>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(name::apply).setHeader(getTranslation(nameHeader)).setFlexGrow(3);
        number(grid.addColumn(projects::apply), "tracking.col.projects");
        number(grid.addColumn(r -> Baht.formatAmount(budget.apply(r))), "tracking.col.budget").setWidth("9rem");
        number(grid.addColumn(r -> Baht.formatAmount(disbursed.apply(r))), "tracking.col.disbursed").setWidth("9rem");
        number(grid.addColumn(r -> th.go.bangkok.tidtam.tracking.Percent.of(disbursed.apply(r), budget.apply(r))
                .toPlainString() + " %"), "tracking.col.disbursedPercent");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return LeanGrids.lean(grid);
    }

    /** Excel and CSV of one table, written by the service for the caller's scope and the chosen period. */
    private Component downloads(TrackingTable table) {
        return TableDownload.buttons(format -> TableDownload.stream(format, table.fileName(),
                out -> exports.write(table, period(), agencyFilter, format, getLocale(), out)));
    }

    private Component heading(String titleKey, TrackingTable table) {
        var bar = new HorizontalLayout(new H3(getTranslation(titleKey)), downloads(table));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tracking");
    }
}
