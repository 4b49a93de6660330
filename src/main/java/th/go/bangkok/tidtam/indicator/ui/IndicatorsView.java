package th.go.bangkok.tidtam.indicator.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.LeanSelect;
import th.go.bangkok.tidtam.base.ui.TableDownload;
import th.go.bangkok.tidtam.indicator.IndicatorFilter;
import th.go.bangkok.tidtam.indicator.IndicatorNavigation;
import th.go.bangkok.tidtam.indicator.IndicatorRow;
import th.go.bangkok.tidtam.indicator.IndicatorService;
import th.go.bangkok.tidtam.indicator.IndicatorTargetService;
import th.go.bangkok.tidtam.indicator.IndicatorStatus;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * /indicators: the 20-year plan of a fiscal year as a tree (dimension → sub-issue → goal → indicator), each
 * indicator with its target, latest result and status, each line with the projects of the year behind it, their
 * budget and disbursement. Filters by dimension, owning agency and status, all kept in the address
 * ({@code /indicators?fy=2570&dimension=7&status=OFF_TRACK}); the counts per status; Excel and CSV; for coordinators
 * and administrators "กำหนดเป้าหมาย" on each indicator. A click on an indicator opens /indicators/{id}.
 */
@Route("indicators")
@PermitAll
@Menu(order = 8, title = "nav.indicators", icon = "BULLSEYE")
class IndicatorsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The column of the target buttons, a coordinator's and an administrator's only. */
    static final String TARGET_COLUMN = "setTarget";

    private final IndicatorService indicators;
    private final IndicatorTargetService targets;
    private final AgencyService agencies;
    private final boolean coordinating;
    private final LeanSelect<Integer> fiscalYear = new LeanSelect<>();
    private final LeanSelect<PlanNodeView> dimension = new LeanSelect<>();
    private final ComboBox<AgencyNode> agency = new ComboBox<>();
    private final LeanSelect<IndicatorStatus> status = new LeanSelect<>();
    private final TreeGrid<IndicatorRow> tree = new TreeGrid<>();
    private final Div counts = new Div();
    private final Paragraph empty = new Paragraph();
    private List<IndicatorRow> rows = List.of();
    private boolean navigating;

    IndicatorsView(IndicatorService indicators, IndicatorTargetService targets, AgencyService agencies, PlanService plan,
                   CurrentUser currentUser) {
        this.indicators = indicators;
        this.targets = targets;
        this.agencies = agencies;
        var role = currentUser.require().role();
        this.coordinating = role == Role.COORDINATOR || role == Role.ADMIN;
        addClassName("indicators-view");
        int current = indicators.currentQuarter().fiscalYear();
        fiscalYear.setLabel(getTranslation("project.field.fiscalYear"));
        fiscalYear.setItems(IntStream.rangeClosed(current - 4, current + 1).boxed().sorted((a, b) -> b - a).toList());
        fiscalYear.setValue(current);
        dimension.setLabel(getTranslation("indicator.filter.dimension"));
        dimension.setEmptySelectionCaption(getTranslation("indicator.filter.all"));
        dimension.setItemLabelGenerator(PlanNodeView::printed);
        dimension.setItems(plan.all().stream().filter(n -> n.level() == PlanLevel.DIMENSION).toList());
        dimension.setWidth("18rem");
        var all = agencies.all();
        var paths = AgencyNode.paths(all);
        agency.setLabel(getTranslation("indicator.filter.agency"));
        agency.setItems(all.stream().sorted(java.util.Comparator.comparing(a -> paths.get(a.id()))).toList());
        agency.setItemLabelGenerator(a -> paths.get(a.id()));
        agency.setClearButtonVisible(true);
        agency.setWidth("20rem");
        status.setLabel(getTranslation("indicator.filter.status"));
        status.setEmptySelectionCaption(getTranslation("indicator.filter.all"));
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setItems(IndicatorStatus.values());
        for (var field : List.of(fiscalYear, dimension, status)) {
            field.addValueChangeListener(e -> changed());
        }
        agency.addValueChangeListener(e -> changed());
        var toolbar = new HorizontalLayout(fiscalYear, dimension, agency, status, TableDownload.buttons(
                format -> TableDownload.stream(format, "tidtam-indicators-" + fiscalYear.getValue(),
                        out -> indicators.export(fiscalYear.getValue(), filter(), format, getLocale(), out))));
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        counts.addClassName("indicator-counts");
        var help = new Details(getTranslation("indicator.help.title"), new Paragraph(getTranslation("indicator.help.rule")));
        help.addClassName("indicator-help");
        columns();
        tree.addClassName("indicator-tree");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.setAllRowsVisible(true);
        tree.addItemClickListener(e -> {
            if (e.getItem().level() == PlanLevel.INDICATOR) {
                UI.getCurrent().navigate(IndicatorNavigation.indicator(e.getItem().id()));
            }
        });
        empty.addClassName("empty-state");
        empty.setText(getTranslation(role == Role.HEAD ? "indicator.empty.head" : "indicator.empty"));
        add(new H3(getTranslation("indicator.title")), toolbar, help, counts, empty, tree);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.indicators");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters();
        navigating = true;
        try {
            q.getSingleParameter("fy").map(Integer::valueOf).filter(fy -> fiscalYear.getItems().contains(fy))
                    .ifPresent(fiscalYear::setValue);
            q.getSingleParameter("dimension").ifPresent(code -> dimension.getItems().stream()
                    .filter(n -> n.code().equals(code)).findFirst().ifPresent(dimension::setValue));
            q.getSingleParameter("status").ifPresent(s -> {
                try {
                    status.setValue(IndicatorStatus.valueOf(s));
                } catch (IllegalArgumentException ignored) {
                    // an old bookmark: all statuses
                }
            });
            q.getSingleParameter("agency").map(Long::valueOf).ifPresent(id -> agency.getListDataView().getItems()
                    .filter(a -> a.id() == id).findFirst().ifPresent(agency::setValue));
        } catch (NumberFormatException ignored) {
            // a mistyped address shows the defaults
        } finally {
            navigating = false;
        }
        refresh();
    }

    private void changed() {
        if (navigating) {
            return;
        }
        var params = new HashMap<String, String>();
        params.put("fy", String.valueOf(fiscalYear.getValue()));
        if (dimension.getValue() != null) {
            params.put("dimension", dimension.getValue().code());
        }
        if (status.getValue() != null) {
            params.put("status", status.getValue().name());
        }
        if (agency.getValue() != null) {
            params.put("agency", String.valueOf(agency.getValue().id()));
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, IndicatorNavigation.list(params));
        refresh();
    }

    private void refresh() {
        rows = indicators.tree(fiscalYear.getValue(), filter());
        var data = new TreeData<IndicatorRow>();
        var byId = new HashMap<Long, IndicatorRow>();
        for (var row : rows) {
            var parent = row.parentId() == null ? null : byId.get(row.parentId());
            data.addItem(parent, row);
            byId.put(row.id(), row);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(rows.stream().filter(r -> r.parentId() == null).toList(), 3);
        boolean none = rows.stream().noneMatch(r -> r.level() == PlanLevel.INDICATOR);
        empty.setVisible(none);
        tree.setVisible(!none);
        showCounts();
    }

    private IndicatorFilter filter() {
        return new IndicatorFilter(dimension.getValue() == null ? null : dimension.getValue().id(),
                agency.getValue() == null ? null : agency.getValue().id(), status.getValue());
    }

    private void showCounts() {
        counts.removeAll();
        Map<IndicatorStatus, Long> byStatus = new EnumMap<>(IndicatorStatus.class);
        rows.stream().filter(r -> r.status() != null).forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
        long withoutTarget = rows.stream().filter(r -> r.level() == PlanLevel.INDICATOR && r.target() == null).count();
        for (var s : IndicatorStatus.values()) {
            var badge = IndicatorTexts.badge(this, s);
            badge.setText(getTranslation(s.messageKey()) + " " + byStatus.getOrDefault(s, 0L));
            counts.add(badge);
        }
        if (withoutTarget > 0) {
            var none = new Span(getTranslation("indicator.count.noTarget", withoutTarget));
            none.addClassName("hint");
            counts.add(none);
        }
    }

    private void columns() {
        // every column within 1280 px beside the menu (issue #19: the disbursed column was cut): the texts wrap in
        // fixed widths, the figures keep theirs, narrower cell padding; the plan's names take what is left. The status
        // column is as wide as its longest badge on screen (ไม่เป็นไปตามเป้า at most): the plan's 11rem leave room for it
        tree.addClassName("many-columns");
        tree.addHierarchyColumn(r -> code(r) + " " + r.name()).setHeader(getTranslation("indicator.col.plan"))
                .setWidth("11rem").setFlexGrow(3);
        tree.addColumn(r -> r.target() == null ? (r.level() == PlanLevel.INDICATOR
                        ? getTranslation("indicator.noTarget") : "") : IndicatorTexts.target(this, r.target()))
                .setHeader(getTranslation("indicator.col.target")).setWidth("8rem").setFlexGrow(0);
        tree.addColumn(r -> r.target() == null ? "" : IndicatorTexts.result(this, r.target(), r.latest())
                        + (r.latest() == null ? "" : " (" + getTranslation("indicator.quarterShort", r.latest().quarter().quarter()) + ")"))
                .setHeader(getTranslation("indicator.col.latest")).setWidth("7rem").setFlexGrow(0);
        // the status badge and the target button are markup the browser draws in each row, not two components a row
        // (some forty of the 84 nodes a coordinator's /indicators opened with, issue #17)
        tree.addColumn(IndicatorTexts.badgeRenderer(this, IndicatorRow::status, r -> r.level() == PlanLevel.INDICATOR))
                .setHeader(getTranslation("indicator.col.status"))
                .setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(IndicatorRow::projects).setHeader(getTranslation("indicator.col.projects"))
                .setTextAlign(ColumnTextAlign.END).setWidth("4.5rem").setFlexGrow(0);
        tree.addColumn(r -> Baht.formatAmount(r.budget())).setHeader(getTranslation("indicator.col.budget"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        tree.addColumn(r -> Baht.formatAmount(r.disbursed())).setHeader(getTranslation("indicator.col.disbursed"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        if (coordinating) {
            // the icon alone, its words as its name and tooltip: the column stays narrow (issue #19); only an
            // indicator's row shows it
            tree.addColumn(LitRenderer.<IndicatorRow>of("""
                            <vaadin-button class="set-target" theme="small tertiary icon" ?hidden=${!item.words} \
                            aria-label="${item.words}" @click=${setTarget}>\
                            <vaadin-icon icon="vaadin:bullseye"></vaadin-icon>\
                            <vaadin-tooltip slot="tooltip" text="${item.words}"></vaadin-tooltip></vaadin-button>""")
                    .withProperty("words", r -> r.level() != PlanLevel.INDICATOR ? ""
                            : getTranslation(r.target() == null ? "indicator.target.set" : "indicator.target.edit"))
                    .withFunction("setTarget", r -> {
                        if (r.level() == PlanLevel.INDICATOR) {
                            new TargetDialog(indicators, targets, agencies, r.id(), code(r) + " " + r.name(),
                                    fiscalYear.getValue(), r.target(), this::refresh).open();
                        }
                    })).setKey(TARGET_COLUMN).setAutoWidth(true).setFlexGrow(0);
        }
    }

    private static String code(IndicatorRow r) {
        return ThaiDates.toThaiDigits(r.code());
    }
}
