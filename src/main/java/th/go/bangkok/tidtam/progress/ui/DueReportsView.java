package th.go.bangkok.tidtam.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.internal.HtmlUtils;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import th.go.bangkok.tidtam.base.ui.CellTooltips;
import th.go.bangkok.tidtam.base.ui.LeanGrids;
import th.go.bangkok.tidtam.base.ui.PhoneCards;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.UiNavigation;
import th.go.bangkok.tidtam.progress.DueReport;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.security.Role;

/**
 * /reports/due: the officer's reports still owed (this month's, last month's until it closes), with the due date
 * and the days left or overdue; one click opens that month's report in the project.
 */
@Route("reports/due")
@RolesAllowed(Role.Names.OFFICER)
@Menu(order = 20, title = "nav.reportsDue", icon = "CALENDAR_CLOCK")
class DueReportsView extends VerticalLayout implements HasDynamicTitle {

    DueReportsView(ProgressService progress) {
        addClassName("due-reports-view");
        setSizeFull();
        var due = progress.due();
        var intro = new Paragraph(due.isEmpty() ? getTranslation("due.none") : getTranslation("due.intro", due.size()));
        var grid = new Grid<DueReport>();
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DueReport::projectCode).setHeader(getTranslation("project.field.code")).setWidth("9.5rem")
                .setFlexGrow(0);
        var name = grid.addColumn(DueReport::projectName).setHeader(getTranslation("project.field.name"))
                .setFlexGrow(3);
        CellTooltips.show(grid, name); // the whole name on hover, from the cell's own text
        grid.addColumn(d -> ThaiDates.formatMonth(d.month())).setHeader(getTranslation("report.month")).setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(d -> ThaiDates.formatShort(d.dueDate())).setHeader(getTranslation("due.date")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(this::when).setHeader(getTranslation("due.when")).setWidth("7.5rem").setFlexGrow(0)
                .setPartNameGenerator(d -> d.daysLeft() < 0 ? "attention overdue" : null); // overdue stands out
        grid.addColumn(this::status)
                .setHeader(getTranslation("project.field.status")).setFlexGrow(2);
        grid.setItems(due);
        // the button of each row is markup drawn in the browser, one click handler for the whole column: an officer
        // with 200 reports due held 200 buttons and their icons in the session, and built them at every open (#17)
        var fill = grid.addColumn(LitRenderer.<DueReport>of("<vaadin-button theme=\"small primary\" @click=${fill}>"
                        + "<vaadin-icon icon=\"vaadin:edit\" slot=\"prefix\"></vaadin-icon>"
                        + HtmlUtils.escape(getTranslation("due.fill")) + "</vaadin-button>")
                .withFunction("fill", DueReportsView::open))
                .setAutoWidth(true).setFlexGrow(0).setKey("fill");
        // on a phone one column, a card per report: name, month, due and status, and the button (issue #19: the
        // table squeezed the name to a word a line and pushed the button off the screen)
        PhoneCards.use(grid, () -> grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<DueReport>of("""
                        <div class="due-card">
                          <strong>${item.name}</strong>
                          <span>${item.month} · ${item.due}</span>
                          <span class="${item.overdue ? 'due-overdue' : ''}">${item.when}</span>
                          <span>${item.status}</span>
                        </div>""")
                .withProperty("name", d -> d.projectCode() + " · " + d.projectName())
                .withProperty("month", d -> ThaiDates.formatMonth(d.month()))
                .withProperty("due", d -> getTranslation("due.date") + " " + ThaiDates.formatShort(d.dueDate()))
                .withProperty("when", this::when)
                .withProperty("overdue", d -> d.daysLeft() < 0)
                .withProperty("status", this::status)).setHeader(getTranslation("nav.reportsDue")), List.of(fill));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("due.none"));
        grid.setSizeFull();
        add(intro, LeanGrids.lean(grid));
    }

    private String when(DueReport d) {
        return d.daysLeft() >= 0 ? getTranslation("due.daysLeft", d.daysLeft()) : getTranslation("due.overdue", -d.daysLeft());
    }

    private String status(DueReport d) {
        return d.status() == null ? getTranslation("due.missing") : getTranslation(d.status().messageKey())
                + (d.returnComment() == null ? "" : ": " + d.returnComment());
    }

    /** One click: the project's reports tab with this month's report open. */
    private static void open(DueReport due) {
        UiNavigation.to(ProjectNavigation.report(due.projectCode(), due.month()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reportsDue");
    }
}
