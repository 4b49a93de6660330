package th.go.bangkok.tidtam.change.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import th.go.bangkok.tidtam.base.ui.LeanGrids;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.PageTab;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.base.ui.ValueEditor;
import th.go.bangkok.tidtam.change.ChangeRequestView;
import th.go.bangkok.tidtam.change.ChangeFilingService;
import th.go.bangkok.tidtam.change.ChangeService;
import th.go.bangkok.tidtam.change.ChangeStatus;
import th.go.bangkok.tidtam.project.Baseline;
import th.go.bangkok.tidtam.project.ProjectDetails;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;

/**
 * Tab คำขอเปลี่ยนแปลง of the project page: the project's requests and where each stands, "ขอเปลี่ยนแปลง" for its
 * officers while it runs. A request opens for editing while it is its requester's draft or returned, and to read
 * otherwise.
 */
@org.springframework.stereotype.Component
class ChangeTab implements PageTab<ProjectDetails> {

    private final ChangeService changes;
    private final ChangeFilingService filing;
    private final ProjectService projects;
    private final ValueEditor.Factory<Baseline> editors;

    ChangeTab(ChangeService changes, ChangeFilingService filing, ProjectService projects,
              ValueEditor.Factory<Baseline> editors) {
        this.changes = changes;
        this.filing = filing;
        this.projects = projects;
        this.editors = editors;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "project.tab.changes";
    }

    @Override
    public String slug() {
        return "changes";
    }

    @Override
    public Component create(ProjectDetails project, Runnable onChange) {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.addClassName("change-tab");
        boolean canAsk = project.can().edit() && project.status() == ProjectStatus.ACTIVE;
        if (canAsk) {
            var ask = new Button(layout.getTranslation("change.new"), VaadinIcon.EDIT.create(),
                    e -> new ChangeRequestDialog(filing, editors, project.code(), projects.baseline(project.code()),
                            null, onChange).open());
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            layout.add(ask);
        }
        var requests = changes.requests(project.code());
        if (requests.isEmpty()) {
            var empty = new Paragraph(layout.getTranslation(canAsk ? "change.emptyOfficer" : "change.empty"));
            empty.addClassName("empty-state");
            layout.add(empty);
            return layout;
        }
        var grid = new Grid<ChangeRequestView>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> layout.getTranslation(r.kind().messageKey())).setHeader(layout.getTranslation("change.kind"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(ChangeRequestView::reason).setHeader(layout.getTranslation("change.reason")).setFlexGrow(1);
        grid.addColumn(r -> r.submittedAt() == null ? "–" : ThaiDates.formatDateTime(r.submittedAt()))
                .setHeader(layout.getTranslation("change.submittedAt")).setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(r -> layout.getTranslation(r.status().messageKey())).setHeader(layout.getTranslation("project.field.status"))
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(r -> decision(layout, r)).setHeader(layout.getTranslation("change.decision")).setFlexGrow(1);
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        LeanGrids.lean(grid);
        grid.addItemClickListener(e -> open(project, e.getItem(), onChange));
        layout.add(grid);
        return layout;
    }

    @Override
    public void onNavigate(Component created, ProjectDetails project, QueryParameters parameters, Runnable onChange) {
        parameters.getSingleParameter("request").ifPresent(id -> {
            try {
                open(project, changes.get(Long.parseLong(id)), onChange);
            } catch (NumberFormatException | th.go.bangkok.tidtam.base.NotFoundException ignored) {
                // a stale link just shows the tab
            }
        });
    }

    private static String decision(Component c, ChangeRequestView r) {
        if (r.status() == ChangeStatus.APPROVED) {
            return c.getTranslation("project.baseline.approvedLine", c.getTranslation(r.kind().messageKey()), r.letterNo(),
                    ThaiDates.formatShort(r.letterDate()));
        }
        return r.decisionComment() == null ? "" : r.decisionComment();
    }

    private void open(ProjectDetails project, ChangeRequestView request, Runnable onChange) {
        if (request.mine() && request.status().editable()) {
            new ChangeRequestDialog(filing, editors, project.code(), projects.baseline(project.code()), request,
                    onChange).open();
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("change.dialogTitle"));
        dialog.setWidth("min(56rem, 95vw)");
        dialog.add(new ChangeDetails(changes, request));
        dialog.getFooter().add(new Button(dialog.getTranslation("action.close"), e -> dialog.close()));
        if (request.mine() && request.status() == ChangeStatus.SUBMITTED) {
            var withdraw = new Button(dialog.getTranslation("change.withdraw"), e -> Confirmations.ask(
                    dialog.getTranslation("change.withdraw"), dialog.getTranslation("change.withdraw.confirm"),
                    dialog.getTranslation("change.withdraw"), true, () -> {
                        if (UiActions.attempt(() -> filing.withdraw(request.id()))) {
                            dialog.close();
                            onChange.run();
                        }
                    }));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().add(withdraw);
        }
        dialog.open();
    }
}
