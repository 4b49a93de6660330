package th.go.bangkok.tidtam.strategy.ui;

import th.go.bangkok.tidtam.base.ui.Confirmations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;

/** /admin/plan: the 20-year plan, dimension → sub-issue → goal → indicator, with the years each node is valid. */
@Route("admin/plan")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 93, title = "nav.admin.plan", icon = "TREE_TABLE")
class PlanAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PlanService plan;
    private final Clock clock;
    private final TreeGrid<PlanNodeView> grid = new TreeGrid<>();
    private final Button addChild = new Button();
    private final Button edit = new Button();
    private final Button retire = new Button();
    private final Button delete = new Button();

    PlanAdminView(PlanService plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
        addClassName("plan-admin-view");
        setSizeFull();

        var addDimension = new Button(getTranslation("plan.addDimension"), VaadinIcon.PLUS.create(),
                e -> new PlanNodeEditor(PlanLevel.DIMENSION, null, defaultYear(), plan::createDimension, this::reload)
                        .open());
        addDimension.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addChild.setText(getTranslation("plan.addChild"));
        addChild.addClickListener(e -> selected().ifPresent(parent -> new PlanNodeEditor(parent.level().childLevel(),
                null, parent.validFromFy(), data -> plan.createChild(parent.id(), data), this::reload).open()));
        edit.setText(getTranslation("action.edit"));
        edit.addClickListener(e -> selected().ifPresent(node -> new PlanNodeEditor(node.level(), node,
                node.validFromFy(), data -> {
                    plan.update(node.id(), data);
                    return node.id();
                }, this::reload).open()));
        retire.setText(getTranslation("plan.retire"));
        retire.addClickListener(e -> selected().ifPresent(this::confirmRetire));
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));

        // the code and the short columns take what they need, the name the rest, wrapping rather than cut (issue #19)
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addHierarchyColumn(PlanNodeView::thaiCode).setHeader(getTranslation("plan.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PlanNodeView::nameTh).setHeader(getTranslation("field.nameTh")).setFlexGrow(1);
        grid.addColumn(n -> getTranslation(n.level().messageKey())).setHeader(getTranslation("field.level"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.validFromFy() + "–" + (n.validToFy() == null ? "" : n.validToFy()))
                .setHeader(getTranslation("plan.validYears")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.example() ? getTranslation("plan.example") : "").setHeader(getTranslation("plan.note"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addSelectionListener(e -> updateButtons());
        grid.setEmptyStateText(getTranslation("plan.empty"));
        grid.setSizeFull();

        add(new HorizontalLayout(addDimension, addChild, edit, retire, delete), grid);
        reload();
    }

    private int defaultYear() {
        return FiscalYear.current(clock).buddhistYear();
    }

    private Optional<PlanNodeView> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        var node = selected();
        addChild.setEnabled(node.isPresent() && node.get().level() != PlanLevel.INDICATOR);
        edit.setEnabled(node.isPresent());
        retire.setEnabled(node.isPresent());
        delete.setEnabled(node.isPresent());
    }

    private void reload() {
        var all = plan.all();
        var data = new TreeData<PlanNodeView>();
        all.stream().filter(n -> n.parentId() == null).forEach(n -> add(data, null, n, all));
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expandRecursively(data.getRootItems(), 3);
        updateButtons();
    }

    private static void add(TreeData<PlanNodeView> data, PlanNodeView parent, PlanNodeView node, List<PlanNodeView> all) {
        data.addItem(parent, node);
        all.stream().filter(n -> n.parentId() != null && n.parentId() == node.id())
                .forEach(child -> add(data, node, child, all));
    }

    private void confirmRetire(PlanNodeView node) {
        var year = new IntegerField(getTranslation("plan.retire.lastYear"));
        year.setValue(defaultYear());
        year.setMin(node.validFromFy());
        var dialog = Confirmations.dialog(getTranslation("plan.retire"), getTranslation("plan.retire"), false);
        dialog.setText(getTranslation("plan.retire.explain", node.printed()));
        dialog.add(year);
        dialog.addConfirmListener(e -> {
            if (year.getValue() != null && UiActions.attempt(() -> plan.retire(node.id(), year.getValue()))) {
                Notifications.success(getTranslation("saved"));
                reload();
            }
        });
        dialog.open();
    }

    private void confirmDelete(PlanNodeView node) {
        Confirmations.ask(getTranslation("plan.delete.title"), getTranslation("plan.delete.confirm", node.printed()),
                getTranslation("action.delete"), true, () -> {
                    if (UiActions.attempt(() -> plan.delete(node.id()))) {
                        Notifications.success(getTranslation("deleted"));
                        reload();
                    }
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.plan");
    }
}
