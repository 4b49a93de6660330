package th.go.bangkok.tidtam.agency.ui;

import th.go.bangkok.tidtam.base.ui.Confirmations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Optional;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.security.Role;

/**
 * /admin/agencies: the office / division / group tree. The whole tree is a few hundred rows, so it is read
 * in one query (docs/decisions/0005-agency-tree-in-memory.md); an agency in use cannot be deleted.
 */
@Route("admin/agencies")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 91, title = "nav.admin.agencies", icon = "SITEMAP")
class AgencyAdminView extends VerticalLayout implements HasDynamicTitle {

    private final AgencyService agencies;
    private final TreeGrid<AgencyNode> grid = new TreeGrid<>();
    private final Button addChild = new Button();
    private final Button edit = new Button();
    private final Button delete = new Button();

    AgencyAdminView(AgencyService agencies) {
        this.agencies = agencies;
        addClassName("agency-admin-view");
        setSizeFull();

        var addOffice = new Button(getTranslation("agency.addOffice"), VaadinIcon.PLUS.create(),
                e -> new AgencyEditor(null, AgencyLevel.OFFICE, null, data -> agencies.createOffice(data), this::reload)
                        .open());
        addOffice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addChild.setText(getTranslation("agency.addChild"));
        addChild.addClickListener(e -> selected().ifPresent(parent -> new AgencyEditor(null,
                parent.level().childLevel(), null, data -> agencies.createChild(parent.id(), data), this::reload).open()));
        edit.setText(getTranslation("action.edit"));
        edit.addClickListener(e -> selected().ifPresent(node -> new AgencyEditor(node, node.level(), node,
                data -> {
                    agencies.update(node.id(), data);
                    return node.id();
                }, this::reload).open()));
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));

        grid.addHierarchyColumn(AgencyNode::nameTh).setHeader(getTranslation("agency.shortName")).setFlexGrow(2);
        grid.addColumn(AgencyNode::officialName).setHeader(getTranslation("agency.officialName")).setFlexGrow(3);
        grid.addColumn(AgencyNode::nameEn).setHeader(getTranslation("field.nameEn")).setFlexGrow(2);
        grid.addColumn(n -> getTranslation(n.level().messageKey())).setHeader(getTranslation("field.level"))
                .setAutoWidth(true);
        grid.addColumn(AgencyNode::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addSelectionListener(e -> updateButtons());
        grid.setEmptyStateText(getTranslation("agency.empty"));
        grid.setSizeFull();

        add(new HorizontalLayout(addOffice, addChild, edit, delete), grid);
        reload();
    }

    private Optional<AgencyNode> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        var node = selected();
        addChild.setEnabled(node.isPresent() && node.get().level() != AgencyLevel.GROUP);
        edit.setEnabled(node.isPresent());
        delete.setEnabled(node.isPresent());
    }

    private void reload() {
        var data = new TreeData<AgencyNode>();
        var all = agencies.all();
        var byId = new HashMap<Long, AgencyNode>();
        all.forEach(n -> byId.put(n.id(), n));
        all.stream().filter(n -> n.parentId() == null).forEach(n -> addWithChildren(data, null, n, all));
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expand(data.getRootItems());
        updateButtons();
    }

    private static void addWithChildren(TreeData<AgencyNode> data, AgencyNode parent, AgencyNode node,
                                        java.util.List<AgencyNode> all) {
        data.addItem(parent, node);
        all.stream().filter(n -> node.id() == (n.parentId() == null ? -1 : n.parentId()))
                .forEach(child -> addWithChildren(data, node, child, all));
    }

    private void confirmDelete(AgencyNode node) {
        Confirmations.ask(getTranslation("agency.delete.title"), getTranslation("agency.delete.confirm", node.nameTh()),
                getTranslation("action.delete"), true, () -> {
                    if (UiActions.attempt(() -> agencies.delete(node.id()))) {
                        Notifications.success(getTranslation("deleted"));
                        reload();
                    }
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.agencies");
    }
}
