package th.go.bangkok.tidtam.tracking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.PageRequest;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.base.ui.XlsxDownload;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.tracking.AgencyRow;
import th.go.bangkok.tidtam.tracking.Headline;
import th.go.bangkok.tidtam.tracking.MissingReport;
import th.go.bangkok.tidtam.tracking.TrackingPeriod;
import th.go.bangkok.tidtam.tracking.TrackingService;

/**
 * /tracking, the coordinators' home (and the heads', for their office): a fiscal year and a month, the headline
 * figures, completeness by agency as a tree, and ยังไม่รายงาน, the projects still missing the month's report
 * with whom to call, from which reminders go out. Every table downloads as Excel.
 */
@Route("tracking")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.HEAD})
@Menu(order = 5, title = "nav.tracking", icon = "DASHBOARD")
class TrackingView extends VerticalLayout implements HasDynamicTitle {

    private final TrackingService tracking;
    private final Select<Integer> fiscalYear = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final Div cards = new Div();
    private final TreeGrid<AgencyRow> agencies = new TreeGrid<>();
    private final Grid<MissingReport> missing = new Grid<>();
    private final Span missingTitle = new Span();
    private final com.vaadin.flow.component.combobox.ComboBox<AgencyRow> agencyPicker =
            new com.vaadin.flow.component.combobox.ComboBox<>();
    private Long agencyFilter;
    private String agencyFilterName;

    TrackingView(TrackingService tracking) {
        this.tracking = tracking;
        addClassName("tracking-view");
        var current = tracking.currentPeriod();
        fiscalYear.setLabel(getTranslation("project.field.fiscalYear"));
        fiscalYear.setItems(IntStream.rangeClosed(current.fiscalYear() - 4, current.fiscalYear()).boxed()
                .sorted((a, b) -> b - a).toList());
        fiscalYear.setValue(current.fiscalYear());
        month.setLabel(getTranslation("report.month"));
        month.setItemLabelGenerator(ThaiDates::formatMonth);
        months(current.fiscalYear());
        month.setValue(current.month());
        fiscalYear.addValueChangeListener(e -> {
            months(e.getValue());
            month.setValue(e.getValue() == current.fiscalYear() ? current.month()
                    : YearMonth.from(FiscalYear.of(e.getValue()).lastDay()));
        });
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        var toolbar = new HorizontalLayout(fiscalYear, month, exportAgencies(), exportMissing());
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        cards.addClassName("tracking-cards");

        agencyColumns();
        agencies.addItemClickListener(e -> agencyPicker.setValue(e.getItem()));
        agencyPicker.setLabel(getTranslation("tracking.agency"));
        agencyPicker.setItemLabelGenerator(r -> indent(r) + r.name());
        agencyPicker.setClearButtonVisible(true);
        agencyPicker.setWidth("22rem");
        agencyPicker.addValueChangeListener(e -> {
            agencyFilter = e.getValue() == null ? null : e.getValue().agencyId();
            agencyFilterName = e.getValue() == null ? null : e.getValue().name();
            refreshMissing();
        });
        missingColumns();
        missing.setSelectionMode(Grid.SelectionMode.MULTI);
        // a click on a row ticks it, as people expect of a list to act on
        missing.addItemClickListener(e -> {
            if (missing.getSelectedItems().contains(e.getItem())) {
                missing.deselect(e.getItem());
            } else {
                missing.select(e.getItem());
            }
        });
        missing.setItemsPageable(pageable -> tracking.missing(period(), agencyFilter, pageable),
                pageable -> tracking.countMissing(period(), agencyFilter));
        missing.setEmptyStateText(getTranslation("tracking.missing.none"));
        missing.setHeight("28rem");
        var remind = new Button(getTranslation("tracking.remind"), VaadinIcon.BELL.create(), e -> remindSelected());
        remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var missingBar = new HorizontalLayout(agencyPicker, missingTitle, remind);
        missingBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        missingBar.setWrap(true);

        add(toolbar, cards, new H3(getTranslation("tracking.byAgency")), agencies,
                new H3(getTranslation("tracking.missing")), missingBar, missing);
        refresh();
    }

    private void months(int fy) {
        var first = YearMonth.from(FiscalYear.of(fy).firstDay());
        month.setItems(IntStream.range(0, 12).mapToObj(first::plusMonths).toList());
    }

    private TrackingPeriod period() {
        return new TrackingPeriod(fiscalYear.getValue(), month.getValue());
    }

    private void refresh() {
        var period = period();
        showCards(tracking.headline(period));
        var rows = tracking.byAgency(period);
        var data = new TreeData<AgencyRow>();
        var byId = new HashMap<Long, AgencyRow>();
        for (var row : rows) {
            var parent = row.parentId() == null ? null : byId.get(row.parentId());
            data.addItem(parent, row);
            byId.put(row.agencyId(), row);
        }
        agencies.setDataProvider(new TreeDataProvider<>(data));
        agencyPicker.setItems(rows);
        agencyFilter = null;
        agencies.expand(rows.stream().filter(r -> r.parentId() == null).toList());
        refreshMissing();
    }

    private void refreshMissing() {
        var count = tracking.countMissing(period(), agencyFilter);
        missingTitle.setText(agencyFilter == null ? getTranslation("tracking.missing.count", count)
                : getTranslation("tracking.missing.countOf", count, agencyFilterName));
        missing.deselectAll();
        missing.getDataProvider().refreshAll();
    }

    private void showCards(Headline h) {
        cards.removeAll();
        cards.add(card("tracking.card.active", String.valueOf(h.activeProjects()), null),
                card("tracking.card.reported", h.reported() + " / " + h.activeProjects(),
                        getTranslation("tracking.percent", h.reportedPercent().toPlainString())),
                card("tracking.card.missing", String.valueOf(h.missing()), null),
                card("tracking.card.late", String.valueOf(h.late()), null),
                card("tracking.card.behind", String.valueOf(h.behindPlan()), null),
                card("tracking.card.offTarget", String.valueOf(h.offTarget()), null),
                card("tracking.card.money", Baht.format(h.disbursed()),
                        getTranslation("tracking.card.moneyOf", Baht.format(h.budget()), h.disbursedPercent().toPlainString())),
                card("tracking.card.staleChanges", String.valueOf(h.staleChangeRequests()), null));
    }

    private Component card(String labelKey, String figure, String sub) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("tracking-card-label");
        var value = new Span(figure);
        value.addClassName("tracking-card-figure");
        var card = new Div(label, value);
        if (sub != null) {
            var small = new Span(sub);
            small.addClassName("hint");
            card.add(small);
        }
        card.addClassName("tracking-card");
        return card;
    }

    private void agencyColumns() {
        agencies.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        agencies.addHierarchyColumn(AgencyRow::name).setHeader(getTranslation("tracking.agency")).setWidth("16rem").setFlexGrow(3);
        number(agencies.addComponentColumn(r -> projectsLink(r)), "tracking.col.projects");
        number(agencies.addColumn(AgencyRow::reported), "tracking.col.reported");
        number(agencies.addColumn(AgencyRow::missing), "tracking.col.missing").setPartNameGenerator(r -> r.missing() > 0 ? "attention" : null);
        number(agencies.addColumn(AgencyRow::late), "tracking.col.late");
        number(agencies.addColumn(AgencyRow::behindPlan), "tracking.col.behind");
        number(agencies.addColumn(r -> Baht.formatAmount(r.budget())), "tracking.col.budget").setWidth("8.5rem");
        number(agencies.addColumn(r -> Baht.formatAmount(r.disbursed())), "tracking.col.disbursed").setWidth("8.5rem");
        number(agencies.addColumn(r -> r.disbursedPercent().toPlainString() + " %"), "tracking.col.disbursedPercent");
        agencies.setAllRowsVisible(true);
    }

    private Grid.Column<AgencyRow> number(Grid.Column<AgencyRow> column, String key) {
        return column.setHeader(getTranslation(key)).setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
    }

    /** The row's project count opens /projects filtered to the year and that office or unit. */
    private Component projectsLink(AgencyRow row) {
        var filter = row.parentId() == null ? "office=" + row.agencyId() : "unit=" + row.agencyId();
        return new Anchor("projects?fy=" + fiscalYear.getValue() + "&status=ACTIVE&" + filter,
                String.valueOf(row.projects()));
    }

    private void missingColumns() {
        missing.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        missing.addColumn(r -> r.projectCode() + " · " + r.projectName()).setHeader(getTranslation("project.field.name"))
                .setFlexGrow(3);
        missing.addColumn(MissingReport::agencyPath).setHeader(getTranslation("tracking.agency")).setFlexGrow(2);
        missing.addColumn(r -> r.responsibleName() + (r.responsiblePhone() == null ? ""
                        : " · " + getTranslation("tracking.phone", r.responsiblePhone())))
                .setHeader(getTranslation("tracking.responsible")).setFlexGrow(2);
        missing.addColumn(r -> r.lastReportDate() == null ? getTranslation("tracking.never")
                : ThaiDates.formatShort(r.lastReportDate())).setHeader(getTranslation("tracking.lastReport")).setWidth("8rem").setFlexGrow(0);
        missing.addColumn(r -> r.daysOverdue() == 0 ? "–" : getTranslation("due.overdue", r.daysOverdue()))
                .setHeader(getTranslation("tracking.overdue")).setWidth("8rem").setFlexGrow(0);
        missing.addColumn(r -> r.lastReminderAt() == null ? "" : ThaiDates.formatDateTime(r.lastReminderAt()))
                .setHeader(getTranslation("tracking.lastReminder")).setWidth("9rem").setFlexGrow(0);
    }

    private void remindSelected() {
        var codes = missing.getSelectedItems().stream().map(MissingReport::projectCode).toList();
        if (codes.isEmpty()) {
            Notifications.error(getTranslation("tracking.remind.nothingChosen"));
            return;
        }
        Confirmations.ask(getTranslation("tracking.remind"), getTranslation("tracking.remind.confirm", codes.size()),
                getTranslation("tracking.remind"), false, () -> {
                    var sent = new int[1];
                    if (UiActions.attempt(() -> sent[0] = tracking.remind(period(), codes))) {
                        Notifications.success(getTranslation("tracking.remind.sent", sent[0]));
                        refreshMissing();
                    }
                });
    }

    private Anchor exportAgencies() {
        var anchor = new Anchor(XlsxDownload.of("tidtam-tracking-agencies.xlsx", getTranslation("tracking.byAgency"),
                List.of(getTranslation("tracking.agency"), getTranslation("tracking.col.projects"),
                        getTranslation("tracking.col.reported"), getTranslation("tracking.col.missing"),
                        getTranslation("tracking.col.late"), getTranslation("tracking.col.behind"),
                        getTranslation("tracking.col.budget"), getTranslation("tracking.col.disbursed"),
                        getTranslation("tracking.col.disbursedPercent")),
                rows -> tracking.byAgency(period()).forEach(r -> rows.add(indent(r) + r.name(), r.projects(), r.reported(),
                        r.missing(), r.late(), r.behindPlan(), r.budget(), r.disbursed(), r.disbursedPercent()))), "");
        var button = new Button(getTranslation("tracking.export.agencies"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        return anchor;
    }

    private static String indent(AgencyRow row) {
        return switch (row.level()) {
            case OFFICE -> "";
            case DIVISION -> "\u00a0\u00a0";
            default -> "\u00a0\u00a0\u00a0\u00a0";
        };
    }

    private Anchor exportMissing() {
        var anchor = new Anchor(XlsxDownload.of("tidtam-not-reported.xlsx", getTranslation("tracking.missing"),
                List.of(getTranslation("project.field.code"), getTranslation("project.field.name"),
                        getTranslation("tracking.agency"), getTranslation("tracking.responsible"),
                        getTranslation("project.field.phone"), getTranslation("tracking.lastReport"),
                        getTranslation("tracking.overdueDays")),
                rows -> {
                    int page = 0;
                    List<MissingReport> batch;
                    do {
                        batch = tracking.missing(period(), agencyFilter, PageRequest.of(page++, 500));
                        batch.forEach(r -> rows.add(r.projectCode(), r.projectName(), r.agencyPath(), r.responsibleName(),
                                r.responsiblePhone(), r.lastReportDate(), r.daysOverdue()));
                    } while (batch.size() == 500);
                }), "");
        var button = new Button(getTranslation("tracking.export.missing"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tracking");
    }
}
