package th.go.bangkok.tidtam.change.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import th.go.bangkok.tidtam.base.ui.LeanGrids;
import th.go.bangkok.tidtam.base.ui.LeanSelect;
import th.go.bangkok.tidtam.base.ui.PhoneCards;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.change.ChangeFilter;
import th.go.bangkok.tidtam.change.ChangeKind;
import th.go.bangkok.tidtam.change.ChangeRequestView;
import th.go.bangkok.tidtam.change.ChangeDecisionService;
import th.go.bangkok.tidtam.change.ChangeService;
import th.go.bangkok.tidtam.change.ChangeStatus;
import th.go.bangkok.tidtam.project.StaleBaselineException;
import th.go.bangkok.tidtam.security.Role;

/**
 * /approvals, the head's home: the requests waiting for their office, oldest first with their age in days (paged
 * in the database), and below them the decided ones, filtered by outcome and kind. A request opens with the
 * project, the reason, before → after and the evidence, and อนุมัติ (letter number and date), ไม่อนุมัติ (reason)
 * or ส่งกลับแก้ไข (comment). {@code ?request=12} opens one request, as the bell's link does.
 */
@Route("approvals")
@RolesAllowed(Role.Names.HEAD)
@Menu(order = 15, title = "nav.approvals", icon = "CHECK_SQUARE_O")
class ApprovalsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ChangeService changes;
    private final ChangeDecisionService decisions;
    private final Grid<ChangeRequestView> pending = new Grid<>();
    private final Grid<ChangeRequestView> decided = new Grid<>();
    private final LeanSelect<ChangeStatus> outcome = new LeanSelect<>();
    private final LeanSelect<ChangeKind> kind = new LeanSelect<>();
    private final Span pendingCount = new Span();
    private final java.time.Clock clock;

    ApprovalsView(ChangeService changes, ChangeDecisionService decisions, java.time.Clock clock) {
        this.changes = changes;
        this.decisions = decisions;
        this.clock = clock;
        addClassName("approvals-view");
        setSizeFull();

        pending.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        columns(pending, true);
        pending.setItemsPageable(changes::pending, pageable -> changes.countPending());
        pending.setEmptyStateText(getTranslation("approvals.pending.empty"));
        pending.addItemClickListener(e -> open(e.getItem().id()));
        pending.setHeight("22rem");

        outcome.setLabel(getTranslation("approvals.filter.status"));
        outcome.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        outcome.setEmptySelectionCaption(getTranslation("approvals.filter.any"));
        outcome.setItems(ChangeStatus.APPROVED, ChangeStatus.REJECTED, ChangeStatus.RETURNED, ChangeStatus.WITHDRAWN);
        outcome.addValueChangeListener(e -> decided.getDataProvider().refreshAll());
        kind.setLabel(getTranslation("approvals.filter.kind"));
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setEmptySelectionCaption(getTranslation("approvals.filter.any"));
        kind.setItems(ChangeKind.values());
        kind.addValueChangeListener(e -> decided.getDataProvider().refreshAll());
        decided.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        columns(decided, false);
        decided.setItemsPageable(pageable -> changes.decided(filter(), pageable), pageable -> changes.countDecided(filter()));
        decided.setEmptyStateText(getTranslation("approvals.decided.empty"));
        decided.addItemClickListener(e -> open(e.getItem().id()));
        decided.setMinHeight("16rem");

        var filters = new HorizontalLayout(outcome, kind);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H3(getTranslation("approvals.pending")), pendingCount, pending, new H3(getTranslation("approvals.decided")),
                filters, decided);
        setFlexGrow(1, decided);
        refreshCount();
    }

    private ChangeFilter filter() {
        return new ChangeFilter(outcome.getValue(), kind.getValue());
    }

    private void refreshCount() {
        pendingCount.setText(getTranslation("approvals.count", changes.countPending()));
    }

    private void columns(Grid<ChangeRequestView> grid, boolean waiting) {
        grid.addColumn(r -> r.projectCode() + " · " + r.projectName()).setHeader(getTranslation("project.field.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("change.kind"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(ChangeRequestView::requestedBy).setHeader(getTranslation("change.requestedBy"))
                .setWidth("11rem").setFlexGrow(0);
        if (waiting) {
            grid.addColumn(r -> ThaiDates.formatDateTime(r.submittedAt())).setHeader(getTranslation("change.submittedAt"))
                    .setWidth("9.5rem").setFlexGrow(0);
            grid.addColumn(r -> getTranslation("change.ageDays", r.ageDays())).setHeader(getTranslation("change.age"))
                    .setWidth("7rem").setFlexGrow(0);
        } else {
            grid.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("change.decision"))
                    .setWidth("9rem").setFlexGrow(0);
            grid.addColumn(r -> r.letterNo() == null ? (r.decisionComment() == null ? "" : r.decisionComment())
                            : r.letterNo() + " · " + ThaiDates.formatShort(r.letterDate()))
                    .setHeader(getTranslation("change.letterNo")).setFlexGrow(1);
        }
        LeanGrids.lean(grid);
        // on a phone a card per request (issue #19: the table squeezed the project's name to a word a line)
        PhoneCards.use(grid, () -> grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<ChangeRequestView>of("""
                        <div class="change-card">
                          <strong>${item.name}</strong>
                          <span>${item.kind} · ${item.who}</span>
                          <span>${item.state}</span>
                        </div>""")
                .withProperty("name", r -> r.projectCode() + " · " + r.projectName())
                .withProperty("kind", r -> getTranslation(r.kind().messageKey()))
                .withProperty("who", ChangeRequestView::requestedBy)
                .withProperty("state", r -> waiting
                        ? ThaiDates.formatDateTime(r.submittedAt()) + " · " + getTranslation("change.ageDays", r.ageDays())
                        : getTranslation(r.status().messageKey()) + (r.letterNo() == null ? "" : " · " + r.letterNo())))
                .setHeader(getTranslation(waiting ? "approvals.pending" : "approvals.decided")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("request").ifPresent(id -> {
            try {
                open(Long.parseLong(id));
            } catch (NumberFormatException | th.go.bangkok.tidtam.base.NotFoundException ignored) {
                // a stale link shows the list
            }
        });
    }

    private void open(long id) {
        var request = changes.get(id);
        var dialog = new Dialog();
        dialog.addClassName("decision-dialog");
        dialog.setHeaderTitle(getTranslation("change.dialogTitle"));
        dialog.setWidth("min(60rem, 96vw)");
        var problem = new Span();
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert"); // read out as it changes (WCAG 4.1.3)
        dialog.add(problem, new ChangeDetails(changes, request));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        if (request.status() == ChangeStatus.SUBMITTED) {
            var letterNo = new TextField(getTranslation("change.letterNo"));
            letterNo.setHelperText(getTranslation("change.letterNo.help"));
            letterNo.setMaxLength(40);
            var letterDate = new BuddhistDatePicker(getTranslation("change.letterDate"));
            letterDate.setValue(clock.instant().atZone(ThaiDates.ZONE).toLocalDate());
            var comment = new TextArea(getTranslation("change.comment"));
            comment.setMaxLength(Limits.LIST_ITEM);
            comment.setHelperText(getTranslation("change.reject.reason") + " / " + getTranslation("change.return.comment"));
            var form = new FormLayout(letterNo, letterDate, comment);
            form.setColspan(comment, 2);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
            dialog.add(form);
            // what is missing is said at its field first; the service checks the same again
            var approve = new Button(getTranslation("change.approve"), e -> {
                if (required(letterNo, letterNo.getValue().isBlank(), "change.letterNo.required")
                        & required(letterDate, letterDate.isEmpty(), "change.letter.dateRequired")) {
                    decide(dialog, problem, () -> decisions.approve(id, letterNo.getValue(), letterDate.getValue(),
                            request.version()), "change.approved");
                }
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            var reject = new Button(getTranslation("change.reject"), e -> {
                if (required(comment, comment.getValue().isBlank(), "change.reject.reasonRequired")) {
                    decide(dialog, problem, () -> decisions.reject(id, comment.getValue(), request.version()), "saved");
                }
            });
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var back = new Button(getTranslation("change.return"), e -> {
                if (required(comment, comment.getValue().isBlank(), "change.return.commentRequired")) {
                    decide(dialog, problem, () -> decisions.returnForRevision(id, comment.getValue(), request.version()),
                            "saved");
                }
            });
            dialog.getFooter().add(back, reject, approve);
            letterNo.focus();
        }
        dialog.open();
    }

    /** Marks the field when {@code missing} (with the message at it) and says whether it is filled. */
    private boolean required(com.vaadin.flow.component.HasValidation field, boolean missing, String key) {
        field.setErrorMessage(missing ? getTranslation(key) : null);
        field.setInvalid(missing);
        return !missing;
    }

    private void decide(Dialog dialog, Span problem, Runnable action, String doneKey) {
        var stale = new StaleBaselineException[1];
        boolean ok = UiActions.attempt(() -> {
            try {
                action.run();
            } catch (StaleBaselineException e) {
                stale[0] = e;
                throw e;
            }
        }, problem::setText);
        if (ok) {
            Notifications.success(getTranslation(doneKey));
            dialog.close();
            pending.getDataProvider().refreshAll();
            decided.getDataProvider().refreshAll();
            refreshCount();
        } else if (stale[0] != null) {
            showStale(stale[0].moved());
        }
    }

    /** The approval was refused because the project moved: what changed, then and now. */
    private void showStale(List<StaleBaselineException.Moved> moved) {
        var grid = new Grid<StaleBaselineException.Moved>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(m -> getTranslation(m.field().messageKey())).setHeader(getTranslation("change.field"));
        grid.addComponentColumn(m -> ChangeDetails.multiline(m.then())).setHeader(getTranslation("change.stale.then"));
        grid.addComponentColumn(m -> ChangeDetails.multiline(m.now())).setHeader(getTranslation("change.stale.now"));
        grid.setItems(moved);
        grid.setAllRowsVisible(true);
        var stale = new Dialog(new Paragraph(getTranslation("change.stale.explain")), grid);
        stale.setHeaderTitle(getTranslation("change.stale.title"));
        stale.setWidth("min(48rem, 95vw)");
        stale.getFooter().add(new Button(getTranslation("action.close"), e -> stale.close()));
        stale.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.approvals");
    }
}
