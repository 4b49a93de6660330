package th.go.bangkok.tidtam.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import th.go.bangkok.tidtam.audit.AuditEntry;
import th.go.bangkok.tidtam.audit.AuditFilter;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.security.Role;

/** /admin/audit: who changed what and when, newest first, filtered and paged in the database. */
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 92, title = "nav.admin.audit", icon = "RECORDS")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> ENTITY_TYPES = List.of("", "User", "Agency", "Session", "Project", "ProgressReport",
            "ProgressPlan", "ReportReopening", "ChangeRequest", "PlanNode", "IndicatorTarget", "IndicatorResult",
            "LegacyAgencyMapping");

    private final AuditService audit;
    private final TextField actor = new TextField();
    private final Select<String> entityType = new Select<>();
    private final BuddhistDatePicker from = new BuddhistDatePicker();
    private final BuddhistDatePicker to = new BuddhistDatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();

    /** The names of the actors on the pages shown so far, looked up a page at a time. */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();
    private final th.go.bangkok.tidtam.base.People people;

    AuditView(AuditService audit, th.go.bangkok.tidtam.base.People people) {
        this.audit = audit;
        this.people = people;
        addClassName("audit-view");
        setSizeFull();

        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        entityType.setLabel(getTranslation("audit.entityType"));
        entityType.setItems(ENTITY_TYPES);
        entityType.setItemLabelGenerator(t -> t.isEmpty() ? getTranslation("audit.entityType.any")
                : getTranslation("audit.entity." + t));
        entityType.setValue("");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        actor.addValueChangeListener(e -> refresh());
        entityType.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(actor, entityType, from, to, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        count.addClassName("result-count");

        // widths of their own, not the rows' (issue #19: long names in a page of entries left the changes' header cut)
        grid.addColumn(e -> ThaiDates.formatDateTime(e.getOccurredAt())).setHeader(getTranslation("audit.when"))
                .setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(e -> actor(e.getActor())).setHeader(getTranslation("audit.actor")).setWidth("11rem")
                .setFlexGrow(1).setTooltipGenerator(e -> actor(e.getActor()));
        grid.addColumn(e -> getTranslation(e.getAction().messageKey())).setHeader(getTranslation("audit.action"))
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.entity." + e.getEntityType()) + " #" + e.getEntityId())
                .setHeader(getTranslation("audit.record")).setWidth("13rem").setFlexGrow(1);
        grid.addColumn(this::changes).setHeader(getTranslation("audit.changes")).setWidth("12rem").setFlexGrow(3)
                .setTooltipGenerator(this::changes);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(e -> String.join("\n",
                th.go.bangkok.tidtam.base.ui.AuditWords.lines(this, e.getEntityType(), e.getChanges()))));
        grid.setItemsPageable(pageable -> withNames(audit.find(filter(), PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt", "id")))),
                pageable -> audit.count(filter()));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
        add(filters, grid);
        updateCount();
    }

    private java.util.List<AuditEntry> withNames(java.util.List<AuditEntry> page) {
        var unknown = page.stream().map(AuditEntry::getActor).filter(a -> a != null && !names.containsKey(a)).toList();
        if (!unknown.isEmpty()) {
            var found = people.names(unknown);
            unknown.forEach(a -> names.put(a, found.get(a)));
        }
        return page;
    }

    /** What changed, in the screens' words (the stored text stays as it was written). */
    private String changes(AuditEntry e) {
        return e.getChanges() != null ? th.go.bangkok.tidtam.base.ui.AuditWords.text(this, e.getEntityType(), e.getChanges())
                : e.getSummary() == null ? "" : e.getSummary();
    }

    /** The person's name with the username the filter takes; "ระบบ" for the jobs. */
    private String actor(String username) {
        if (username == null) {
            return "";
        }
        if (th.go.bangkok.tidtam.base.People.SYSTEM.equals(username)) {
            return getTranslation("people.system");
        }
        var name = names.get(username);
        return name == null ? username : name + " (" + username + ")";
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), entityType.getValue(), null, from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("list.count", audit.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.audit");
    }
}
