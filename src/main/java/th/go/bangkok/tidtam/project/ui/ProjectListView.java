package th.go.bangkok.tidtam.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.ui.CellTooltips;
import th.go.bangkok.tidtam.base.ui.LeanGrids;
import th.go.bangkok.tidtam.base.ui.Markup;
import th.go.bangkok.tidtam.base.ui.ListAction;
import th.go.bangkok.tidtam.base.ui.PhoneCards;
import th.go.bangkok.tidtam.base.ui.TableDownload;
import th.go.bangkok.tidtam.project.ProjectFilter;
import th.go.bangkok.tidtam.project.ProjectListItem;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * /projects: every project the user may see, paged in the database. Each filter is a query parameter
 * (?fy=2569&office=3&status=ACTIVE&q=…), so a filtered list can be bookmarked and shared.
 */
@Route("projects")
@PermitAll
@Menu(order = 10, title = "nav.projects", icon = "FOLDER_OPEN")
class ProjectListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final ComboBox<Integer> fiscalYear = new ComboBox<>();
    private final ComboBox<AgencyNode> office = new ComboBox<>();
    private final ComboBox<AgencyNode> unit = new ComboBox<>();
    private final ComboBox<PlanNodeView> dimension = new ComboBox<>();
    /** A combo box, not a Select: a Select keeps a component per item in every session. */
    private final ComboBox<ProjectStatus> status = new ComboBox<>();
    private final TextField text = new TextField();
    /** "only mine", for those who can own projects (officers, administrators); null for the others. */
    private final Checkbox mine;
    /** ?mine=1 for a user without the box (it cannot be changed on screen, as when the box was hidden). */
    private boolean mineFromAddress;
    private final Grid<ProjectListItem> grid = new Grid<>();
    private final Span count = new Span();
    private final List<AgencyNode> agencies;
    private boolean restoring;

    ProjectListView(ProjectService projects, AgencyService agencyService, PlanService plan, Clock clock,
                    AuthenticationContext authentication, java.util.List<ListAction<ProjectFilter>> listActions) {
        this.projects = projects;
        this.agencies = agencyService.all();
        addClassName("project-list-view");
        setSizeFull();

        int current = FiscalYear.current(clock).buddhistYear();
        fiscalYear.setItems(IntStream.rangeClosed(current - 6, current + 1).boxed().sorted((a, b) -> b - a).toList());
        fiscalYear.setPlaceholder(getTranslation("projects.filter.anyYear"));
        fiscalYear.setAriaLabel(getTranslation("project.field.fiscalYear"));
        fiscalYear.setWidth("11rem");
        office.setItems(agencies.stream().filter(a -> a.level() == AgencyLevel.OFFICE).toList());
        office.setItemLabelGenerator(AgencyNode::nameTh);
        office.setPlaceholder(getTranslation("projects.filter.anyOffice"));
        office.setAriaLabel(getTranslation("projects.filter.office"));
        unit.setItemLabelGenerator(AgencyNode::nameTh);
        unit.setPlaceholder(getTranslation("projects.filter.anyUnit"));
        unit.setAriaLabel(getTranslation("projects.filter.unit"));
        unit.setEnabled(false);
        dimension.setItems(plan.all().stream().filter(n -> n.level() == PlanLevel.DIMENSION).toList());
        dimension.setItemLabelGenerator(PlanNodeView::printed);
        dimension.setPlaceholder(getTranslation("projects.filter.anyDimension"));
        dimension.setAriaLabel(getTranslation("projects.filter.dimension"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setPlaceholder(getTranslation("projects.filter.anyStatus"));
        status.setAriaLabel(getTranslation("project.field.status"));
        text.setPlaceholder(getTranslation("projects.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setAriaLabel(getTranslation("projects.filter.text"));
        text.addClassName("project-search");
        text.setWidth("19rem"); // the whole placeholder shows (issue #19: it was cut at 1440 px)
        mine = authentication.hasAnyRole(Role.Names.OFFICER, Role.Names.ADMIN)
                ? new Checkbox(getTranslation("projects.filter.mine")) : null;
        if (mine != null) {
            mine.addValueChangeListener(e -> filtersChanged());
        }
        for (var combo : List.<ComboBox<?>>of(fiscalYear, office, unit, dimension, status)) {
            combo.setClearButtonVisible(true);
        }
        office.addValueChangeListener(e -> {
            var chosen = e.getValue();
            unit.setItems(chosen == null ? List.of() : agencies.stream().filter(a -> isBelow(a, chosen)).toList());
            unit.setEnabled(chosen != null);
            if (!restoring) {
                unit.clear();
            }
            filtersChanged();
        });
        fiscalYear.addValueChangeListener(e -> filtersChanged());
        unit.addValueChangeListener(e -> filtersChanged());
        dimension.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        text.addValueChangeListener(e -> filtersChanged());

        var export = TableDownload.buttons("tidtam-projects", getTranslation("nav.projects"), List.of(
                getTranslation("project.field.code"), getTranslation("project.field.name"),
                getTranslation("project.field.fiscalYear"), getTranslation("project.field.agency"),
                getTranslation("project.field.status"), getTranslation("project.field.budget"),
                getTranslation("project.field.used"), getTranslation("project.field.progress")),
                rows -> projects.forEach(filter(), p -> rows.row(p.code(), p.name(), p.fiscalYear(), p.agencyName(),
                        getTranslation(p.status().messageKey()), p.budget(), p.used(), p.progress())));
        var toolbar = new HorizontalLayout(text, fiscalYear, office, unit, dimension, status);
        if (mine != null) {
            toolbar.add(mine);
        }
        toolbar.add(count, export);
        // what other features offer for the listed projects (พิมพ์ทั้งหมด, the printed forms)
        listActions.forEach(action -> toolbar.add(action.create(this::filter)));
        if (authentication.hasAnyRole(Role.Names.OFFICER, Role.Names.ADMIN)) {
            var add = new Button(getTranslation("projects.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(NewProjectView.class));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        toolbar.expand(count);
        count.addClassName("result-count");

        // every column within 1280 px beside the menu (issue #19: the last two were cut): fixed widths for the figures,
        // their headers wrap, narrower cell padding; the name and the agency take what is left
        grid.addClassName("many-columns");
        grid.addColumn(ProjectListItem::code).setHeader(header("project.field.code")).setSortProperty("code")
                .setAutoWidth(true).setFlexGrow(0);
        var name = grid.addColumn(p -> (p.mine() ? "★ " : "") + p.name()).setHeader(header("project.field.name"))
                .setSortProperty("name").setWidth("8rem").setFlexGrow(3);
        grid.addColumn(ProjectListItem::fiscalYear).setHeader(header("project.field.fiscalYearShort"))
                .setSortProperty("fiscalYear").setWidth("4.75rem").setFlexGrow(0);
        var agency = grid.addColumn(ProjectListItem::agencyName).setHeader(header("project.field.agency"))
                .setWidth("7.5rem").setFlexGrow(1);
        CellTooltips.show(grid, name, agency); // the whole name on hover, from the cell's own text
        grid.addColumn(p -> getTranslation(p.status().messageKey())).setHeader(header("project.field.status"))
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Baht.formatAmount(p.budget())).setHeader(header("project.field.budget"))
                .setSortProperty("budget").setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(p -> Baht.formatAmount(p.used())).setHeader(header("project.field.used"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(p -> p.progress() == null ? "" : p.progress().toPlainString() + " %")
                .setHeader(header("project.field.progress")).setTextAlign(ColumnTextAlign.END)
                .setWidth("6.5rem").setFlexGrow(0);
        cardsOnAPhone();
        LeanGrids.lean(grid);
        grid.setItemsPageable(pageable -> projects.find(filter(), pageable), pageable -> projects.count(filter()));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ProjectNavigation.project(e.getItem().code())));
        grid.setEmptyStateText(getTranslation("projects.empty"));
        grid.setSizeFull();
        add(toolbar, grid);
    }

    /**
     * A header that wraps to a second line instead of being cut (issue #19). Its text is markup: one node in every
     * session instead of two, eight columns on the page every coordinator opens most (issue #17).
     */
    private Span header(String key) {
        var header = new Span();
        header.getElement().setProperty("innerHTML", Markup.escape(getTranslation(key)));
        header.addClassName("column-header");
        return header;
    }

    /**
     * Below 700 px one column, a card per project, instead of the table (issue #19: on a phone the table scrolled
     * sideways and showed little more than the code), as /reports/due does.
     */
    private void cardsOnAPhone() {
        PhoneCards.use(grid, () -> grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<ProjectListItem>of("""
                        <div class="project-card">
                          <strong>${item.name}</strong>
                          <span>${item.code} · ${item.status}</span>
                          <span class="hint">${item.agency}</span>
                          <span>${item.money}</span>
                        </div>""")
                .withProperty("name", p -> (p.mine() ? "★ " : "") + p.name())
                .withProperty("code", p -> p.code() + " · " + getTranslation("project.field.fiscalYearShort") + " "
                        + p.fiscalYear())
                .withProperty("status", p -> getTranslation(p.status().messageKey()))
                .withProperty("agency", ProjectListItem::agencyName)
                .withProperty("money", p -> getTranslation("project.field.budget") + " " + Baht.formatAmount(p.budget())
                        + (p.progress() == null ? "" : " · " + getTranslation("project.field.progress") + " "
                        + p.progress().toPlainString() + " %")))
                .setHeader(getTranslation("nav.projects")));
    }

    private boolean isBelow(AgencyNode node, AgencyNode office) {
        if (node.parentId() == null) {
            return false;
        }
        if (node.parentId() == office.id()) {
            return true;
        }
        return agencies.stream().anyMatch(a -> a.id() == node.parentId() && a.parentId() != null
                && a.parentId() == office.id());
    }

    private ProjectFilter filter() {
        return new ProjectFilter(fiscalYear.getValue(), office.getValue() == null ? null : office.getValue().id(),
                unit.getValue() == null ? null : unit.getValue().id(),
                dimension.getValue() == null ? null : dimension.getValue().id(), status.getValue(),
                text.getValue().isBlank() ? null : text.getValue(), mine == null ? mineFromAddress : mine.getValue());
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        var params = new LinkedHashMap<String, String>();
        var f = filter();
        put(params, "fy", f.fiscalYear());
        put(params, "office", f.officeId());
        put(params, "unit", f.agencyId());
        put(params, "dimension", f.dimensionId());
        put(params, "status", f.status());
        put(params, "q", f.text());
        if (f.mineOnly()) {
            params.put("mine", "1");
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, ProjectNavigation.list(params));
        refresh();
    }

    private static void put(Map<String, String> params, String key, Object value) {
        if (value != null) {
            params.put(key, value.toString());
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("list.count", projects.count(filter())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            // a year the list does not offer (fy=0, fy=99999999999) is a mistyped address: every year, as without one
            fiscalYear.setValue(number(params, "fy").filter(fy -> fiscalYear.getListDataView().getItems()
                    .anyMatch(year -> year.longValue() == fy)).map(Long::intValue).orElse(null));
            office.setValue(number(params, "office").flatMap(this::agency).orElse(null));
            unit.setValue(number(params, "unit").flatMap(this::agency).orElse(null));
            dimension.setValue(number(params, "dimension").flatMap(id -> dimension.getListDataView().getItems()
                    .filter(d -> d.id() == id).findFirst()).orElse(null));
            status.setValue(params.getSingleParameter("status").flatMap(s -> java.util.Arrays.stream(
                    ProjectStatus.values()).filter(v -> v.name().equals(s)).findFirst()).orElse(null));
            text.setValue(params.getSingleParameter("q").orElse(""));
            var mineOnly = params.getSingleParameter("mine").filter("1"::equals).isPresent();
            if (mine != null) {
                mine.setValue(mineOnly);
            } else {
                mineFromAddress = mineOnly;
            }
        } finally {
            restoring = false;
        }
        refresh();
    }

    private java.util.Optional<AgencyNode> agency(long id) {
        return agencies.stream().filter(a -> a.id() == id).findFirst();
    }

    private static java.util.Optional<Long> number(QueryParameters params, String key) {
        return params.getSingleParameter(key).flatMap(v -> {
            try {
                return java.util.Optional.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.projects");
    }
}
