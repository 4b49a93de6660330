package th.go.bangkok.tidtam.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import th.go.bangkok.tidtam.base.ui.TableDownload;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.UserFilter;
import th.go.bangkok.tidtam.users.UserListItem;
import th.go.bangkok.tidtam.users.GroupMappingService;
import th.go.bangkok.tidtam.users.UserService;

/** /admin/users: every account, filtered and paged in the database; click a row to edit it. */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, title = "nav.admin.users", icon = "USERS")
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final AgencyService agencies;
    private final Grid<UserListItem> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final Select<Boolean> status = new Select<>();
    private final Span count = new Span();

    private final GroupMappingService groupMappings;

    UserAdminView(UserService users, AgencyService agencies, GroupMappingService groupMappings) {
        this.users = users;
        this.groupMappings = groupMappings;
        this.agencies = agencies;
        addClassName("user-admin-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setAriaLabel(getTranslation("users.search"));
        role.setPlaceholder(getTranslation("users.role.any"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setClearButtonVisible(true);
        role.setAriaLabel(getTranslation("field.role"));
        status.setItems(Boolean.TRUE, Boolean.FALSE);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("users.status.any"));
        status.setItemLabelGenerator(b -> b == null ? getTranslation("users.status.any")
                : getTranslation(b ? "users.status.enabled" : "users.status.disabled"));
        status.setAriaLabel(getTranslation("users.status"));
        search.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        var add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var export = TableDownload.buttons("tidtam-users", getTranslation("nav.admin.users"),
                List.of(getTranslation("field.username"), getTranslation("field.fullName"),
                        getTranslation("field.position"), getTranslation("field.role"), getTranslation("field.agency"),
                        getTranslation("field.phone"), getTranslation("users.status")),
                rows -> users.forEach(filter(), u -> rows.row(u.username(), u.fullName(), u.position(),
                        getTranslation(u.role().messageKey()), u.agencyName(), u.phone(),
                        getTranslation(u.enabled() ? "users.status.enabled" : "users.status.disabled"))));
        // who signs in with the city's accounts with what role and agency (docs/decisions/0027)
        var groups = new Button(getTranslation("groupMapping.open"), VaadinIcon.CLUSTER.create(),
                e -> new GroupMappingDialog(groupMappings, agencies.all()).open());
        groups.addClassName("group-mapping-open");
        var toolbar = new HorizontalLayout(search, role, status, count, export, groups, add);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(count);
        toolbar.getStyle().set("flex-wrap", "wrap");
        count.addClassName("result-count");

        grid.addColumn(UserListItem::username).setHeader(getTranslation("field.username")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(UserListItem::fullName).setHeader(getTranslation("field.fullName")).setSortProperty("fullName")
                .setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.role().messageKey())).setHeader(getTranslation("field.role"))
                .setSortProperty("role").setAutoWidth(true);
        grid.addColumn(UserListItem::agencyName).setHeader(getTranslation("field.agency")).setFlexGrow(1);
        grid.addColumn(UserListItem::phone).setHeader(getTranslation("field.phone")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.status.enabled" : "users.status.disabled"))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> users.find(filter(), pageable), pageable -> users.count(filter()));
        grid.addItemClickListener(e -> openEditor(e.getItem().id()));
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.setSizeFull();

        add(toolbar, grid);
        updateCount();
    }

    private UserFilter filter() {
        return new UserFilter(search.getValue(), role.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("list.count", users.count(filter())));
    }

    private void openEditor(Long id) {
        var editor = new UserEditor(users, agencies.all(), id, this::refresh);
        editor.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.users");
    }
}
