package th.go.bangkok.tidtam.project.ui;

import th.go.bangkok.tidtam.base.ui.Confirmations;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Objects;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditEntry;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.ConflictDialog;
import th.go.bangkok.tidtam.base.ui.LeanGrids;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.PageTab;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectDetails;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * /projects/{code}: the project in the order of the form, read first; "แก้ไข" turns it into the form. Tabs
 * hold the reports, the change requests and the history. An address of a project this user may not see
 * shows "not found or not permitted".
 *
 * <p>One file because reading and editing swap in place over the same loaded project and its tabs; the form itself is
 * {@link ProjectForm}.
 */
@Route("projects/:code")
@PermitAll
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final ProjectFilingService filing;
    private final AgencyService agencies;
    private final PlanService plan;
    private final CurrentUser currentUser;
    private final th.go.bangkok.tidtam.base.People people;
    private final java.util.List<PageTab<ProjectDetails>> extraTabs;
    private final VerticalLayout details = new VerticalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div header = new Div();
    /** Per tab, the holder its content is built into when first opened (null for the details, built at once). */
    private final java.util.List<Div> tabHolders = new ArrayList<>();
    private TabSheet tabSheet;
    private ProjectDetails project;
    private int selectedTab;

    ProjectView(ProjectService projects, ProjectFilingService filing, AgencyService agencies, PlanService plan,
                CurrentUser currentUser, java.util.List<PageTab<ProjectDetails>> extraTabs,
                th.go.bangkok.tidtam.base.People people) {
        this.people = people;
        this.extraTabs = extraTabs.stream().sorted(java.util.Comparator.comparingInt(PageTab::order)).toList();
        this.projects = projects;
        this.filing = filing;
        this.agencies = agencies;
        this.plan = plan;
        this.currentUser = currentUser;
        addClassName("project-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get("code").orElse("");
        try {
            project = projects.get(code);
        } catch (th.go.bangkok.tidtam.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        var wanted = parameters.getSingleParameter("tab").orElse(null);
        PageTab<ProjectDetails> opened = null;
        for (int i = 0; i < extraTabs.size(); i++) {
            if (extraTabs.get(i).slug().equals(wanted)) {
                opened = extraTabs.get(i);
                selectedTab = i + 1; // built open at that tab: the details are built only if asked for
            }
        }
        build();
        if (opened != null) {
            opened.onNavigate(content(selectedTab), project, parameters, this::reloadAfterTab);
        }
    }

    private void build() {
        removeAll();
        header.removeAll();
        var title = new H2(project.name());
        var status = new Span(getTranslation(project.status().messageKey()));
        status.getElement().getThemeList().add("badge");
        status.addClassName("status-" + project.status().name().toLowerCase());
        var code = new Span(project.code() + " · " + getTranslation("project.field.fiscalYearShort") + " "
                + project.fiscalYear());
        code.addClassName("project-code");
        header.add(code, status, title);
        header.addClassName("project-header");

        var tabs = new TabSheet();
        tabSheet = tabs;
        tabHolders.clear();
        tabs.setWidthFull();
        details.setPadding(false);
        tabs.add(getTranslation("project.tab.details"), details);
        tabHolders.add(null);
        // the other tabs are built when first opened: a session that only reads the details holds no report list,
        // change requests or history
        for (var tab : extraTabs) {
            tabs.add(getTranslation(tab.titleKey()), holder());
        }
        tabs.add(getTranslation("project.tab.history"), holder());
        details.removeAll(); // built when its tab is shown (a report opened from /reports/due never shows it)
        showActions();
        // a reload (after a report or a status change) keeps the user on the tab they were working in
        tabs.setSelectedIndex(selectedTab);
        content(tabs.getSelectedIndex());
        tabs.addSelectedChangeListener(e -> {
            selectedTab = tabs.getSelectedIndex();
            content(selectedTab);
        });
        add(header, actions, tabs);
    }

    private void showRead() {
        showDetails();
        showActions();
    }

    private void showDetails() {
        details.removeAll();
        details.add(new ProjectReadView(project));
        var versions = projects.versions(project.code());
        if (BaselineHistoryView.worthShowing(versions)) {
            details.add(new BaselineHistoryView(versions));
        }
    }

    /** The bar above the tabs: back, the form to print, and what the user may do with the project. */
    private void showActions() {
        actions.removeAll();
        var back = new Button(getTranslation("projects.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(ProjectNavigation.LIST));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(back);
        // the official form (report/ serves it at this address), in a new tab
        var print = new Anchor(ProjectNavigation.form(project.code()), "");
        print.setTarget("_blank");
        print.setRouterIgnore(true);
        print.addClassName("print-form");
        var printButton = new Button(getTranslation("project.printForm"), VaadinIcon.PRINT.create());
        printButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        printButton.setTabIndex(-1); // the link is the one tab stop; the button only shows
        print.add(printButton);
        actions.add(print);
        var can = project.can();
        if (can.edit()) {
            var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), e -> showForm(project.data()));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (can.submit()) {
            actions.add(confirmButton("project.submit", "project.submit.confirm", false, () -> filing.submit(project.code())));
        }
        if (can.close()) {
            actions.add(confirmButton("project.close", "project.close.confirm", false, () -> filing.close(project.code())));
        }
        if (can.delete()) {
            actions.add(confirmButton("project.delete", "project.delete.confirm", true, () -> {
                filing.delete(project.code());
                UI.getCurrent().navigate(ProjectNavigation.LIST);
            }));
        }
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true); // on a phone the buttons go to a second line instead of off the screen (issue #19)
    }

    private Button confirmButton(String key, String confirmKey, boolean destructive, Runnable action) {
        var button = new Button(getTranslation(key), e -> Confirmations.ask(getTranslation(key),
                getTranslation(confirmKey, project.name()), getTranslation(key), destructive, () -> {
                    if (UiActions.attempt(action)) {
                        Notifications.success(getTranslation("saved"));
                        if (!destructive) {
                            reload();
                        }
                    }
                }));
        if (destructive) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void showForm(ProjectData data) {
        var all = agencies.all();
        var form = new ProjectForm(all, AgencyNode.paths(all), plan.all());
        form.setData(data, false, project.can().editBaseline());
        details.removeAll();
        details.add(form);
        actions.removeAll();
        var save = new Button(getTranslation("action.save"), e -> save(form));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        actions.add(new Button(getTranslation("action.cancel"), e -> showRead()), save);
    }

    private void save(ProjectForm form) {
        var typed = form.write(project.version());
        if (typed.isEmpty()) {
            return;
        }
        var mine = typed.get();
        try {
            boolean saved = UiActions.attemptSave(() -> filing.update(project.code(), mine),
                    () -> showConflict(form, mine));
            if (saved) {
                Notifications.success(getTranslation("saved"));
                reload();
            }
        } catch (ConstraintViolationException e) {
            form.showViolations(e);
        }
    }

    private void showConflict(ProjectForm form, ProjectData mine) {
        var latest = projects.get(project.code());
        var stored = latest.data();
        var differences = new ArrayList<ConflictDialog.Difference>();
        diff(differences, "project.field.name", stored.name(), mine.name());
        diff(differences, "project.field.startDate", ThaiDates.formatShort(stored.startDate()), ThaiDates.formatShort(mine.startDate()));
        diff(differences, "project.field.endDate", ThaiDates.formatShort(stored.endDate()), ThaiDates.formatShort(mine.endDate()));
        diff(differences, "project.field.budget", String.valueOf(stored.budget()), String.valueOf(mine.budget()));
        diff(differences, "project.field.responsible", stored.responsibleName(), mine.responsibleName());
        diff(differences, "project.field.coordinator", stored.coordinatorName(), mine.coordinatorName());
        diff(differences, "project.section.rationale", stored.rationale(), mine.rationale());
        diff(differences, "project.section.1_4", String.join(" / ", stored.objectives()), String.join(" / ", mine.objectives()));
        new ConflictDialog(differences, () -> {
            project = latest;
            build();
        }, () -> {
            project = latest;
            var again = new ProjectData(mine.code(), mine.name(), mine.fiscalYear(), mine.startDate(), mine.endDate(),
                    mine.budget(), mine.agencyId(), mine.responsibleName(), mine.responsiblePhone(),
                    mine.coordinatorName(), mine.coordinatorPhone(), mine.rationale(), mine.objectives(),
                    mine.qualityTargets(), mine.quantityTargets(), mine.planNodeIds(), latest.version());
            if (UiActions.attempt(() -> filing.update(project.code(), again))) {
                Notifications.success(getTranslation("saved"));
                reload();
            }
        }).open();
    }

    private void diff(java.util.List<ConflictDialog.Difference> out, String key, String stored, String mine) {
        var a = stored == null ? "" : stored;
        var b = mine == null ? "" : mine;
        if (!Objects.equals(a.strip(), b.strip())) {
            out.add(new ConflictDialog.Difference(getTranslation(key), a, b));
        }
    }

    /** The project read again and the page rebuilt (after an edit saved, a status changed). */
    private void reload() {
        project = projects.get(project.code());
        build();
    }

    /**
     * The project read again after work in a tab (a report saved, a request sent): when it is as it was (the same
     * record: fields, version, money used, what the user may do), only the open tab is rebuilt and the other tabs are
     * built afresh when next opened; otherwise the whole page is (issue #17: saving a draft report rebuilt the
     * header, the details and every tab, some 340 changes sent for one row of the list).
     */
    private void reloadAfterTab() {
        var before = project;
        project = projects.get(project.code());
        if (!project.equals(before) || selectedTab <= 0) {
            build();
            return;
        }
        for (int i = 1; i < tabHolders.size(); i++) {
            tabHolders.get(i).removeAll();
        }
        content(selectedTab);
    }

    private Div holder() {
        var holder = new Div();
        holder.setWidthFull();
        tabHolders.add(holder);
        return holder;
    }

    /** The content of tab {@code index}, built into its holder the first time it is asked for. */
    private com.vaadin.flow.component.Component content(int index) {
        if (index <= 0 || index >= tabHolders.size()) {
            if (details.getComponentCount() == 0) {
                showDetails();
            }
            return details;
        }
        var holder = tabHolders.get(index);
        if (holder.getComponentCount() == 0) {
            holder.add(index <= extraTabs.size() ? extraTabs.get(index - 1).create(project, this::reloadAfterTab) : history());
        }
        return holder.getComponentAt(0);
    }

    private VerticalLayout history() {
        var grid = new Grid<AuditEntry>();
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> ThaiDates.formatDateTime(e.getOccurredAt())).setHeader(getTranslation("audit.when"))
                .setWidth("9.5rem").setFlexGrow(0);
        var entries = projects.history(project.code());
        var names = th.go.bangkok.tidtam.base.ui.PersonNames.of(people, this,
                entries.stream().map(AuditEntry::getActor).toList());
        grid.addColumn(e -> names.apply(e.getActor())).setHeader(getTranslation("audit.actor")).setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation(e.getAction().messageKey())).setHeader(getTranslation("audit.action"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.record." + e.getEntityType())).setHeader(getTranslation("audit.record"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(this::changes).setHeader(getTranslation("audit.changes")).setFlexGrow(1)
                .setTooltipGenerator(this::changes);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        LeanGrids.lean(grid);
        // on a phone a card per entry (issue #19)
        th.go.bangkok.tidtam.base.ui.PhoneCards.use(grid, () -> grid.addColumn(
                com.vaadin.flow.data.renderer.LitRenderer.<AuditEntry>of("""
                        <div class="history-card">
                          <span class="hint">${item.when} · ${item.who}</span>
                          <strong>${item.what}</strong>
                          <span>${item.changes}</span>
                        </div>""")
                        .withProperty("when", e -> ThaiDates.formatDateTime(e.getOccurredAt()))
                        .withProperty("who", e -> names.apply(e.getActor()))
                        .withProperty("what", e -> getTranslation(e.getAction().messageKey()) + " · "
                                + getTranslation("audit.record." + e.getEntityType()))
                        .withProperty("changes", this::changes))
                .setHeader(getTranslation("project.tab.history")));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        var layout = new VerticalLayout(grid);
        layout.setPadding(false);
        return layout;
    }

    /** What changed, in the form's words (AuditWords). */
    private String changes(AuditEntry entry) {
        if (entry.getChanges() != null) {
            return th.go.bangkok.tidtam.base.ui.AuditWords.text(this, entry.getEntityType(), entry.getChanges());
        }
        return entry.getSummary() == null ? "" : entry.getSummary();
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("nav.projects") : project.code() + " · " + project.name();
    }
}
