package th.go.bangkok.tidtam.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.GroupMappingService;
import th.go.bangkok.tidtam.users.GroupMappingView;

/**
 * The administrator's mapping from the groups of the city's directory / OIDC provider to a role and an agency:
 * people in a mapped group get an account at their first sign-in (docs/decisions/0027).
 */
class GroupMappingDialog extends Dialog {

    private final GroupMappingService mappings;
    private final Map<Long, String> agencyPaths;
    private final Grid<GroupMappingView> grid = new Grid<>();
    private final TextField group = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Long> agency = new ComboBox<>();

    GroupMappingDialog(GroupMappingService mappings, List<AgencyNode> agencyList) {
        this.mappings = mappings;
        this.agencyPaths = AgencyNode.paths(agencyList);
        addClassName("group-mapping-dialog");
        setHeaderTitle(getTranslation("groupMapping.title"));
        setWidth("min(960px, 96vw)");

        group.setLabel(getTranslation("groupMapping.group"));
        group.setMaxLength(200);
        role.setLabel(getTranslation("field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        agency.setLabel(getTranslation("field.agency"));
        agency.setItems(agencyList.stream().map(AgencyNode::id).sorted((a, b) -> path(a).compareTo(path(b))).toList());
        agency.setItemLabelGenerator(this::path);
        agency.setClearButtonVisible(true);
        agency.setWidth("24em");
        var map = new Button(getTranslation("groupMapping.map"), VaadinIcon.PLUS.create(), e -> map());
        map.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        map.addClassName("group-mapping-add");
        var form = new HorizontalLayout(group, role, agency, map);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");

        grid.addColumn(GroupMappingView::externalGroup).setHeader(getTranslation("groupMapping.group")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(m -> getTranslation(m.role().messageKey())).setHeader(getTranslation("field.role"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.agencyId() == null ? "" : path(m.agencyId())).setHeader(getTranslation("field.agency"))
                .setFlexGrow(2);
        grid.addComponentColumn(m -> {
            var remove = new Button(VaadinIcon.TRASH.create(), e -> remove(m));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("groupMapping.remove", m.externalGroup()));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("groupMapping.empty"));
        grid.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("groupMapping.help")), form, grid);
        var close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(close);
        refresh();
    }

    private void map() {
        if (UiActions.attempt(() -> mappings.map(group.getValue(), role.getValue(), agency.getValue()))) {
            Notifications.success(getTranslation("saved"));
            group.clear();
            refresh();
        }
    }

    /** Asked first: the group's people lose what it gave them at their next sign-in. */
    void remove(GroupMappingView mapping) {
        Confirmations.ask(getTranslation("groupMapping.remove", mapping.externalGroup()),
                getTranslation("groupMapping.remove.confirm", mapping.externalGroup()),
                getTranslation("action.delete"), true, () -> {
                    if (UiActions.attempt(() -> mappings.remove(mapping.id()))) {
                        refresh();
                    }
                });
    }

    private void refresh() {
        grid.setItems(mappings.list());
    }

    private String path(Long id) {
        return agencyPaths.getOrDefault(id, "");
    }
}
